import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  ESCALATIONS,
  HEAT_ILLNESS_SEVERITIES,
  INCIDENT_CATEGORIES,
  MUNITIONS,
  USE_OF_FORCE_BASES,
  type IncidentCategory,
} from '../incident.events';
import { COUNT_BOUNDS } from '../../../platform/src/count-bounds';
import { IsAtMost, IsNotBlank, IsOmittable } from '../../../platform/src/http/field-validators';

const { rounds: MAX_ROUNDS, drones: MAX_DRONES } = COUNT_BOUNDS;

export class IndirectFireDetailsDto {
  @ApiProperty({ enum: MUNITIONS }) @IsIn(MUNITIONS) munition!: (typeof MUNITIONS)[number];
  @ApiProperty({ minimum: 1, maximum: MAX_ROUNDS }) @IsInt() @Min(1) @Max(MAX_ROUNDS) rounds!: number;
  @ApiProperty({ minimum: 0, maximum: MAX_ROUNDS, description: 'at most rounds' })
  @IsInt() @Min(0) @Max(MAX_ROUNDS) @IsAtMost('rounds') intercepted!: number;
}

export class ArmedDroneDetailsDto {
  @ApiProperty({ minimum: 1, maximum: MAX_DRONES }) @IsInt() @Min(1) @Max(MAX_DRONES) drones!: number;
  @ApiProperty({ minimum: 0, maximum: MAX_DRONES, description: 'at most drones' })
  @IsInt() @Min(0) @Max(MAX_DRONES) @IsAtMost('drones') intercepted!: number;
}

export class CivilUnrestDetailsDto {
  @ApiProperty({ minimum: 0, maximum: COUNT_BOUNDS.crowdEstimate })
  @IsInt() @Min(0) @Max(COUNT_BOUNDS.crowdEstimate) crowdEstimate!: number;
  @ApiProperty() @IsBoolean() violent!: boolean;
}

export class HeatIllnessDetailsDto {
  @ApiProperty({ minimum: 1, maximum: COUNT_BOUNDS.heatIllnessCasualties })
  @IsInt() @Min(1) @Max(COUNT_BOUNDS.heatIllnessCasualties) casualties!: number;
  @ApiProperty({ enum: HEAT_ILLNESS_SEVERITIES }) @IsIn(HEAT_ILLNESS_SEVERITIES) severity!: (typeof HEAT_ILLNESS_SEVERITIES)[number];
  @ApiPropertyOptional({ minimum: 10, maximum: 45, description: 'wet-bulb globe temperature' })
  @IsOmittable() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(10) @Max(45) wbgtCelsius?: number;
  @ApiProperty() @IsBoolean() acclimatised!: boolean;
}

export class UseOfForceDetailsDto {
  @ApiProperty({ enum: USE_OF_FORCE_BASES }) @IsIn(USE_OF_FORCE_BASES) basis!: (typeof USE_OF_FORCE_BASES)[number];
  @ApiProperty({ enum: ESCALATIONS }) @IsIn(ESCALATIONS) escalation!: (typeof ESCALATIONS)[number];
  @ApiProperty({ minimum: 0, maximum: MAX_ROUNDS }) @IsInt() @Min(0) @Max(MAX_ROUNDS) roundsFired!: number;
  @ApiProperty() @IsBoolean() casualtiesObserved!: boolean;
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'fit for publication' })
  @IsString() @IsNotBlank() @MaxLength(1000) publicSummary!: string;
}

export class NotesDetailsDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOmittable() @IsString() @MaxLength(4000) notes?: string;
}

const DETAILS_CLASSES: Record<IncidentCategory, new () => object> = {
  INDIRECT_FIRE: IndirectFireDetailsDto,
  ARMED_DRONE: ArmedDroneDetailsDto,
  CIVIL_UNREST: CivilUnrestDetailsDto,
  HEAT_ILLNESS: HeatIllnessDetailsDto,
  USE_OF_FORCE: UseOfForceDetailsDto,
  DIRECT_FIRE: NotesDetailsDto,
  CYBER_ESPIONAGE: NotesDetailsDto,
  OTHER: NotesDetailsDto,
};

function knownCategory(value: unknown): value is IncidentCategory {
  return typeof value === 'string' && (INCIDENT_CATEGORIES as readonly string[]).includes(value);
}

/** Categories whose details carry required fields; the others may leave details out. */
export function detailsRequired(category: IncidentCategory): boolean {
  return DETAILS_CLASSES[category] !== NotesDetailsDto;
}

/** The details schemas `oneOf` refers to. @ApiExtraModels on a property is never read: the controller carries it. */
export const DETAILS_MODELS = [...new Set(Object.values(DETAILS_CLASSES))];
export const ApiDetailsModels = () => ApiExtraModels(...DETAILS_MODELS);

/**
 * `details` validated against the class of the sibling `category`, so errors are named `details.rounds`.
 * Skipped while the category itself is wrong or absent: that error is the one worth reading.
 */
export function DetailsForCategory(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({
      description: 'validated per category (SPEC 3.1); optional only for DIRECT_FIRE, CYBER_ESPIONAGE and OTHER',
      oneOf: DETAILS_MODELS.map((model) => ({ $ref: getSchemaPath(model) })),
    }),
    ValidateIf((body: { category?: unknown; details?: unknown }) => knownCategory(body.category) && (body.details !== undefined || detailsRequired(body.category))),
    IsObject(),
    ValidateNested(),
    Type((options) => {
      const category = options?.object?.category;
      return knownCategory(category) ? DETAILS_CLASSES[category] : NotesDetailsDto;
    }),
  );
}
