import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsItemId, IsNotBlank, IsOmittable } from '../../../platform/src/http/field-validators';
import { LocationDto, ValidLocation } from '../../../platform/src/http/location.dto';
import { MISSIONS, type Mission } from '../../../shared-kernel/src';
import { COUNT_BOUNDS } from '../../../platform/src/count-bounds';
import { PageQuery } from '../../../platform/src/http/paging';
import {
  ASSESSMENT_OUTCOMES,
  CASUALTY_SOURCES,
  REVIEW_STATUSES,
  type AssessmentOutcome,
  type CasualtySource,
  type ReviewStatus,
} from '../casualty-review.events';

const MAX_CASUALTIES = COUNT_BOUNDS.civilians;

export class ReportCasualtySuspicionRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'client-chosen id: a retry with the same content answers the same' })
  @IsOmittable() @IsItemId() id?: string;

  @ApiProperty({ enum: CASUALTY_SOURCES }) @IsIn(CASUALTY_SOURCES) source!: CasualtySource;
  @ApiProperty({ minLength: 1, maxLength: 4000 }) @IsString() @IsNotBlank() @MaxLength(4000) description!: string;
  @ApiProperty({ example: '2024-08-01T19:20:00+03:00', description: 'not more than 5 minutes in the future' })
  @IsInstant() occurredAt!: string;
  @ApiProperty({ enum: MISSIONS }) @IsIn(MISSIONS) mission!: Mission;
  @ApiProperty({ type: LocationDto }) @ValidLocation() location!: LocationDto;
  @ApiProperty({ minimum: 0, maximum: MAX_CASUALTIES }) @IsInt() @Min(0) @Max(MAX_CASUALTIES) estimatedKilled!: number;
  @ApiProperty({ minimum: 0, maximum: MAX_CASUALTIES }) @IsInt() @Min(0) @Max(MAX_CASUALTIES) estimatedInjured!: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'the incident this suspicion concerns' })
  @IsOmittable() @IsItemId() incidentId?: string;
}

class RevisionCheck {
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class AssessCasualtyRequest extends RevisionCheck {
  @ApiProperty({ enum: ASSESSMENT_OUTCOMES }) @IsIn(ASSESSMENT_OUTCOMES) outcome!: AssessmentOutcome;
  @ApiProperty({ minLength: 20, maxLength: 4000 }) @IsString() @MaxLength(4000) rationale!: string;
}

export class OpenInvestigationRequest extends RevisionCheck {
  @ApiProperty({ maxLength: 200, example: 'Koninklijke Marechaussee' }) @IsString() @IsNotBlank() @MaxLength(200) authority!: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOmittable() @IsString() @IsNotBlank() @MaxLength(200) reference?: string;
}

export class ConcludeInvestigationRequest extends RevisionCheck {
  @ApiProperty({ maxLength: 8000 }) @IsString() @IsNotBlank() @MaxLength(8000) findings!: string;
  @ApiProperty({ minimum: 0, maximum: MAX_CASUALTIES }) @IsInt() @Min(0) @Max(MAX_CASUALTIES) confirmedKilled!: number;
  @ApiProperty({ minimum: 0, maximum: MAX_CASUALTIES }) @IsInt() @Min(0) @Max(MAX_CASUALTIES) confirmedInjured!: number;
}

export class ReopenCasualtyReviewRequest extends RevisionCheck {
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotBlank() @MaxLength(4000) newInformation!: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
}

export class CasualtyReviewParams {
  @ApiProperty({ format: 'uuid' }) @IsItemId() id!: string;
}

export class CasualtyReviewQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES }) @IsOmittable() @IsIn(REVIEW_STATUSES) status?: ReviewStatus;
  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOmittable() @IsItemId() incidentId?: string;
}
