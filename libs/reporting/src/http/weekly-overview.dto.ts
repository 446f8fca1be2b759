import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Min, registerDecorator, type ValidationArguments } from 'class-validator';
import { IsCalendarDate, isCalendarDate, IsOmittable } from '../../../platform/src/http/field-validators';
import { isWeekId } from '../week/iso-week';

function check(name: string, message: string, validate: (value: unknown, args: ValidationArguments) => boolean): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({ name, target: target.constructor, propertyName: propertyName as string, options: { message }, validator: { validate } });
}

/** An ISO week that exists, like 2024-W05. */
const IsIsoWeek = () => check('isIsoWeek', '$property must be an ISO week that exists, like 2024-W05', isWeekId);

/** A date no earlier than a sibling date; silent when the sibling is itself invalid. */
const IsNotBefore = (sibling: string) =>
  check('isNotBefore', `$property must not lie before ${sibling}`, (value, args) => {
    const start = (args.object as Record<string, unknown>)[sibling];
    return !isCalendarDate(start) || !isCalendarDate(value) || value >= start;
  });

export class WeekParams {
  @ApiProperty({ example: '2024-W05' }) @IsIsoWeek() week!: string;
}

export class WeeklyOverviewQuery {
  @ApiPropertyOptional({ enum: ['internal', 'public'], default: 'internal' })
  @IsOmittable() @IsIn(['internal', 'public']) edition: 'internal' | 'public' = 'internal';

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOmittable() @IsIn(['json', 'csv']) format: 'json' | 'csv' = 'json';
}

export class PublicationRequest {
  @ApiPropertyOptional({ minimum: 0, description: 'revision of the weekly-overview stream last read' })
  @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class ProgressReportQuery {
  @ApiProperty({ example: '2024-01-01', description: 'first day, in the reporting time zone' }) @IsCalendarDate() from!: string;
  @ApiProperty({ example: '2024-12-31', description: 'last day (inclusive)' }) @IsCalendarDate() @IsNotBefore('from') to!: string;
}
