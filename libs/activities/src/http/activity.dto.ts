import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsItemId, IsNotBlank, IsOmittable } from '../../../platform/src/http/field-validators';
import { MISSIONS, type Mission } from '../../../shared-kernel/src';
import { COUNT_BOUNDS } from '../../../platform/src/count-bounds';
import { PageQuery } from '../../../platform/src/http/paging';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../projections/activity-log.projection';

type Rule = (target: object, propertyName: string) => void;

/** A field's documentation and rules, written once: required when logging, omittable when correcting. */
function field(doc: ApiPropertyOptions, rules: () => Rule[]) {
  return (use: 'log' | 'correct' = 'log') =>
    applyDecorators(...(use === 'log' ? [ApiProperty(doc)] : [ApiPropertyOptional(doc), IsOmittable()]), ...(rules() as PropertyDecorator[]));
}

const OccurredAt = field({ example: '2024-03-04T09:30:00+03:00', description: 'not more than 5 minutes in the future' }, () => [IsInstant()]);
const MissionField = field({ enum: MISSIONS }, () => [IsIn(MISSIONS)]);
const ShortText = field({ maxLength: 200 }, () => [IsString(), IsNotBlank(), MaxLength(200)]);
const LongText = field({ maxLength: 1000 }, () => [IsString(), IsNotBlank(), MaxLength(1000)]);
const AdvisersEscorted = field({ minimum: 1, maximum: COUNT_BOUNDS.advisersEscorted }, () => [
  IsInt(), Min(1), Max(COUNT_BOUNDS.advisersEscorted),
]);

class ActivityRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'client-chosen id: a retry with the same content answers the same' })
  @IsOmittable() @IsItemId() id?: string;

  @OccurredAt() occurredAt!: string;
  @MissionField() mission!: Mission;
}

export class LogMovementRequest extends ActivityRequest {
  @ShortText() destination!: string;
  @AdvisersEscorted() advisersEscorted!: number;
}

export class LogAdviserEngagementRequest extends ActivityRequest {
  @ShortText() counterpart!: string;
  @LongText() topic!: string;
}

/** A withdrawal, and what every amendment carries: why, and optionally the revision the client read. */
export class CorrectionRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000 }) @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

/** Only the fields to correct. */
export class AmendMovementRequest extends CorrectionRequest {
  @OccurredAt('correct') occurredAt?: string;
  @MissionField('correct') mission?: Mission;
  @ShortText('correct') destination?: string;
  @AdvisersEscorted('correct') advisersEscorted?: number;
}

/** Only the fields to correct. */
export class AmendAdviserEngagementRequest extends CorrectionRequest {
  @OccurredAt('correct') occurredAt?: string;
  @MissionField('correct') mission?: Mission;
  @ShortText('correct') counterpart?: string;
  @LongText('correct') topic?: string;
}

export class ActivityParams {
  @ApiProperty({ format: 'uuid' }) @IsItemId() id!: string;
}

export class ActivityListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES }) @IsOmittable() @IsIn(ACTIVITY_STATUSES) status?: ActivityStatus;
  @ApiPropertyOptional({ description: 'occurredAt at or after this instant' }) @IsOmittable() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'occurredAt before this instant' }) @IsOmittable() @IsInstant() to?: string;
}
