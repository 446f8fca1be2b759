import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate, IsInstant, IsItemId, IsNotBlank, IsOmittable } from '../../../platform/src/http/field-validators';
import { MISSIONS, type Mission } from '../../../shared-kernel/src';
import { PageQuery } from '../../../platform/src/http/paging';
import { RISK_LEVELS, type RiskLevel } from '../risk-level';
import { RISK_CATEGORIES, type RiskCategory } from '../risk.events';

const residualGiven = (body: AssessmentRequest) => body.residualLikelihood !== undefined || body.residualImpact !== undefined;

/** Likelihood and impact 1–5; the residual pair is optional but comes as a pair. */
class AssessmentRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) likelihood!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) impact!: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'with residualImpact' })
  @ValidateIf(residualGiven) @IsInt() @Min(1) @Max(5) residualLikelihood?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'with residualLikelihood' })
  @ValidateIf(residualGiven) @IsInt() @Min(1) @Max(5) residualImpact?: number;
}

export class IdentifyRiskRequest extends AssessmentRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'client-chosen id: a retry with the same content answers the same' })
  @IsOmittable() @IsItemId() id?: string;
  @ApiProperty({ enum: RISK_CATEGORIES }) @IsIn(RISK_CATEGORIES) category!: RiskCategory;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @MaxLength(200) title!: string;
  @ApiProperty({ maxLength: 4000 }) @IsString() @IsNotBlank() @MaxLength(4000) description!: string;
  @ApiProperty({ enum: MISSIONS }) @IsIn(MISSIONS) mission!: Mission;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @MaxLength(200) owner!: string;
  @ApiProperty({ example: '2024-09-01' }) @IsCalendarDate() reviewBy!: string;
}

/** A new judgement: leaving out the residual pair means it is no longer judged; reviewBy stays when left out. */
export class ReassessRiskRequest extends AssessmentRequest {
  @ApiPropertyOptional({ example: '2024-09-01' }) @IsOmittable() @IsCalendarDate() reviewBy?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOmittable() @IsString() @IsNotBlank() @MaxLength(2000) rationale?: string;
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class AddMitigationRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'client-chosen mitigation id' }) @IsOmittable() @IsItemId() id?: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotBlank() @MaxLength(2000) description!: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @MaxLength(200) owner!: string;
  @ApiProperty({ example: '2024-07-15' }) @IsCalendarDate() dueBy!: string;
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class CompleteMitigationRequest {
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class CloseRiskRequest {
  @ApiProperty({ maxLength: 2000 }) @IsString() @IsNotBlank() @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class RiskParams {
  @ApiProperty({ format: 'uuid' }) @IsItemId() id!: string;
}

export class MitigationParams extends RiskParams {
  @ApiProperty({ format: 'uuid' }) @IsItemId() mid!: string;
}

export class RiskRegisterQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['OPEN', 'CLOSED'] }) @IsOmittable() @IsIn(['OPEN', 'CLOSED']) status?: 'OPEN' | 'CLOSED';
  @ApiPropertyOptional({ enum: RISK_CATEGORIES }) @IsOmittable() @IsIn(RISK_CATEGORIES) category?: RiskCategory;
  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
  @ApiPropertyOptional({ enum: RISK_LEVELS }) @IsOmittable() @IsIn(RISK_LEVELS) level?: RiskLevel;
  @ApiPropertyOptional({ description: 'count materialisations in the 28 days up to this instant (default: now)' })
  @IsOmittable() @IsInstant() asOf?: string;
}

export class HeatmapQuery {
  @ApiPropertyOptional({ enum: MISSIONS }) @IsOmittable() @IsIn(MISSIONS) mission?: Mission;
}
