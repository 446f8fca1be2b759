import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsNotBlank, IsOmittable } from '../../../incidents/src/http/field-validators';
import { MISSIONS, type Mission } from '../../../incidents/src/mission';
import { COUNT_BOUNDS } from '../../../platform/src/count-bounds';
import { PageQuery } from '../../../platform/src/http/paging';

class ActivityRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'client-chosen id: a retry with the same content answers the same' })
  @IsOmittable() @IsUUID() id?: string;

  @ApiProperty({ example: '2024-03-04T09:30:00+03:00', description: 'not more than 5 minutes in the future' })
  @IsInstant() occurredAt!: string;

  @ApiProperty({ enum: MISSIONS }) @IsIn(MISSIONS) mission!: Mission;
}

export class LogMovementRequest extends ActivityRequest {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @MaxLength(200) destination!: string;
  @ApiProperty({ minimum: 1, maximum: COUNT_BOUNDS.advisersEscorted })
  @IsInt() @Min(1) @Max(COUNT_BOUNDS.advisersEscorted) advisersEscorted!: number;
}

export class LogAdviserEngagementRequest extends ActivityRequest {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @MaxLength(200) counterpart!: string;
  @ApiProperty({ maxLength: 1000 }) @IsString() @IsNotBlank() @MaxLength(1000) topic!: string;
}

export class ActivityListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
  @ApiPropertyOptional({ description: 'occurredAt at or after this instant' }) @IsOmittable() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'occurredAt before this instant' }) @IsOmittable() @IsInstant() to?: string;
}
