import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsUUID, registerDecorator, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';
import { canonicalId } from '../ids';
import { hasVisibleText } from '../visible-text';

/*
 * Field checks the DTOs of every context share: each one names what it expects in its message, so a 400 tells
 * the client how to fix the field.
 */

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
/** No zone lies further from UTC than Kiribati's +14:00: a larger offset is a typo, not a place. */
const MAX_OFFSET_MINUTES = 14 * 60;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(name: string, message: string, test: (value: unknown, args: ValidationArguments) => boolean, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: test },
    });
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 9999;
}

function realOffset(hours: string | undefined, minutes: string | undefined): boolean {
  if (hours === undefined || minutes === undefined) return true; // Z
  return Number(minutes) < 60 && Number(hours) * 60 + Number(minutes) <= MAX_OFFSET_MINUTES;
}

/**
 * An ISO-8601 instant with an explicit offset (Z or ±hh:mm, at most ±14:00), e.g. 2024-07-15T14:30:00+03:00.
 * The one rule for every instant field and filter. Luxon alone would take +25:00, which Date (read by every
 * handler and query) cannot parse, so the value must satisfy both.
 */
export function isInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match || !realOffset(match[4], match[5]) || Number.isNaN(Date.parse(match[0]))) return false;
  const parsed = DateTime.fromISO(match[0], { setZone: true });
  return parsed.isValid && plausibleYear(parsed.toUTC().year);
}

export const IsInstant = (options?: ValidationOptions) =>
  check('isInstant', '$property must be an ISO-8601 instant with an offset of at most ±14:00, e.g. 2024-07-15T14:30:00+03:00', isInstant, options);

/** A calendar date YYYY-MM-DD that exists. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid && plausibleYear(parsed.year);
}

export const IsCalendarDate = (options?: ValidationOptions) =>
  check('isCalendarDate', '$property must be a date YYYY-MM-DD', isCalendarDate, options);

/** A string with at least one visible character: whitespace, control and invisible format characters do not count. */
export const IsNotBlank = (options?: ValidationOptions) =>
  check('isNotBlank', '$property must not be blank', (value) => typeof value === 'string' && hasVisibleText(value), options);

/** A number no larger than a sibling field (intercepted ≤ rounds); silent when the sibling is itself invalid. */
export const IsAtMost = (sibling: string, options?: ValidationOptions) =>
  check(
    'isAtMost',
    `$property must not exceed ${sibling}`,
    (value, args) => {
      const limit = (args.object as Record<string, unknown>)[sibling];
      return typeof value !== 'number' || typeof limit !== 'number' || value <= limit;
    },
    options,
  );

/**
 * An optional field: it may be left out, but `null` is checked like any other value (and so refused), unlike
 * class-validator's IsOptional, which would let null through to the domain.
 */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** The id of an item, in a body or a path: a UUID in any letter case, passed on lower-case (one item per id). */
export const IsItemId = () => applyDecorators(Transform(({ value }: { value: unknown }) => canonicalId(value)), IsUUID());
