import { registerDecorator, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

/*
 * Field checks shared by the incident, risk and activity DTOs (and welcome in other contexts): each one names
 * what it expects in its message, so a 400 tells the client how to fix the field.
 */

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
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

/** An ISO-8601 instant with an explicit offset (Z or ±hh:mm), e.g. 2024-07-15T14:30:00+03:00. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid && plausibleYear(parsed.toUTC().year);
}

export const IsInstant = (options?: ValidationOptions) =>
  check('isInstant', '$property must be an ISO-8601 instant with offset, e.g. 2024-07-15T14:30:00+03:00', isInstant, options);

/** A calendar date YYYY-MM-DD that exists. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid && plausibleYear(parsed.year);
}

export const IsCalendarDate = (options?: ValidationOptions) =>
  check('isCalendarDate', '$property must be a date YYYY-MM-DD', isCalendarDate, options);

/** A string with at least one visible character. */
export const IsNotBlank = (options?: ValidationOptions) =>
  check('isNotBlank', '$property must not be blank', (value) => typeof value === 'string' && value.trim().length > 0, options);

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
