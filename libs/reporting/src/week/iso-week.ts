import { DateTime } from 'luxon';

/*
 * ISO weeks in the reporting time zone (SPEC 3.6): a week runs from local Monday 00:00 to the next local Monday
 * 00:00, so it lasts 167 or 169 hours when daylight saving time starts or ends in it. Pure functions: no clock.
 */

const WEEK_ID = /^(\d{4})-W(\d{2})$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

export interface WeekBounds {
  week: string;
  /** Local Monday 00:00 and the next local Monday 00:00, as instants with the local offset. */
  from: string;
  to: string;
  /** The same two instants in UTC, for comparing with stored UTC times. */
  fromUtc: string;
  toUtc: string;
  /** The week's seven local dates, Monday first. */
  days: string[];
}

/** Whether `week` names a week that exists (2020-W53 does, 2021-W53 does not). */
export function isWeekId(week: unknown): week is string {
  if (typeof week !== 'string') return false;
  const match = WEEK_ID.exec(week);
  if (!match) return false;
  const [year, number] = [Number(match[1]), Number(match[2])];
  return year >= FIRST_YEAR && year <= LAST_YEAR && number >= 1 && number <= DateTime.local(year, 12, 28).weekNumber;
}

export function weekBounds(week: string, zone: string): WeekBounds {
  if (!isWeekId(week)) throw new RangeError(`Not an ISO week: ${week}`);
  const [year, number] = week.split('-W').map(Number);
  const from = DateTime.fromObject({ weekYear: year, weekNumber: number, weekday: 1 }, { zone }).startOf('day');
  const to = from.plus({ weeks: 1 });
  return {
    week,
    from: from.toISO()!,
    to: to.toISO()!,
    fromUtc: from.toUTC().toISO()!,
    toUtc: to.toUTC().toISO()!,
    days: Array.from({ length: 7 }, (_, index) => from.plus({ days: index }).toISODate()!),
  };
}

/** The week an instant falls in, as seen in the reporting time zone. */
export function weekOf(instant: string, zone: string): string {
  return weekOfDate(DateTime.fromISO(instant, { zone }));
}

/** The week a local date (YYYY-MM-DD) belongs to. */
export function weekOfDay(day: string): string {
  return weekOfDate(DateTime.fromISO(day, { zone: 'utc' }));
}

function weekOfDate(date: DateTime): string {
  return `${date.weekYear}-W${String(date.weekNumber).padStart(2, '0')}`;
}

/** The local date (YYYY-MM-DD) of an instant in the reporting time zone. */
export function localDay(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toISODate()!;
}
