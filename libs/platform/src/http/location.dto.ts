import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsNotBlank } from './field-validators';

/** A named place, optionally with WGS84 coordinates (both or neither): incidents, CIVCAS reviews. */
export class LocationDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @IsNotBlank() @MaxLength(200) name!: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90, description: 'with lon' })
  @ValidateIf((location: LocationDto) => location.lat !== undefined || location.lon !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) lat?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, description: 'with lat' })
  @ValidateIf((location: LocationDto) => location.lat !== undefined || location.lon !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) lon?: number;
}

/** A location field: an object with a name, checked field by field. */
export function ValidLocation(): PropertyDecorator {
  return (target, key) => {
    IsObject()(target, key);
    ValidateNested()(target, key);
    Type(() => LocationDto)(target, key);
  };
}
