import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../platform/src/http/paging';
import { INCIDENT_CATEGORIES, type IncidentCategory } from '../incident.events';
import { MISSIONS, type Mission } from '../../../shared-kernel/src';
import { IsInstant, IsItemId, IsNotBlank, IsOmittable } from '../../../platform/src/http/field-validators';
import { LocationDto, ValidLocation } from '../../../platform/src/http/location.dto';
import { DetailsForCategory } from './incident-details.dto';

export class ReportIncidentRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'client-chosen id: a retry with the same content answers the same' })
  @IsOmittable() @IsItemId() id?: string;

  @ApiProperty({ enum: INCIDENT_CATEGORIES }) @IsIn(INCIDENT_CATEGORIES) category!: IncidentCategory;
  @ApiProperty({ enum: MISSIONS }) @IsIn(MISSIONS) mission!: Mission;
  @ApiProperty({ example: '2024-07-15T14:30:00+03:00', description: 'not more than 5 minutes in the future' })
  @IsInstant() occurredAt!: string;
  @ApiProperty({ type: LocationDto }) @ValidLocation() location!: LocationDto;
  @ApiProperty({ minLength: 1, maxLength: 4000 }) @IsString() @IsNotBlank() @MaxLength(4000) summary!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) severity!: number;
  @DetailsForCategory() details?: Record<string, unknown>;
}

/** Only the fields to correct; `category` and `details` are corrected together. */
export class AmendIncidentRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000 }) @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;

  @ApiPropertyOptional({ enum: INCIDENT_CATEGORIES, description: 'required when details are corrected' })
  @ValidateIf((body: AmendIncidentRequest) => body.category !== undefined || body.details !== undefined)
  @IsIn(INCIDENT_CATEGORIES, { message: 'category must be one of the incident categories (and is required when details are corrected)' })
  category?: IncidentCategory;

  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
  @ApiPropertyOptional({ example: '2024-07-15T14:30:00+03:00' }) @IsOmittable() @IsInstant() occurredAt?: string;
  @ApiPropertyOptional({ type: LocationDto }) @IsOmittable() @ValidLocation() location?: LocationDto;
  @ApiPropertyOptional({ minLength: 1, maxLength: 4000 }) @IsOmittable() @IsString() @IsNotBlank() @MaxLength(4000) summary?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 }) @IsOmittable() @IsInt() @Min(1) @Max(5) severity?: number;
  @DetailsForCategory() details?: Record<string, unknown>;
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class CloseIncidentRequest {
  @ApiProperty({ minLength: 1, maxLength: 2000 }) @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class IncidentParams {
  @ApiProperty({ format: 'uuid' }) @IsItemId() id!: string;
}

export class IncidentRegisterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INCIDENT_CATEGORIES }) @IsOmittable() @IsIn(INCIDENT_CATEGORIES) category?: IncidentCategory;
  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
  @ApiPropertyOptional({ enum: ['REPORTED', 'CLOSED'] }) @IsOmittable() @IsIn(['REPORTED', 'CLOSED']) status?: 'REPORTED' | 'CLOSED';
  @ApiPropertyOptional({ description: 'occurredAt at or after this instant' }) @IsOmittable() @IsInstant() from?: string;
  @ApiPropertyOptional({ description: 'occurredAt before this instant' }) @IsOmittable() @IsInstant() to?: string;
}
