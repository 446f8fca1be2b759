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

/** Bounds of each week asked for, per zone: they never change, and every event's lateness check needs them. */
const boundsCache = new Map<string, WeekBounds>();

export function weekBounds(week: string, zone: string): WeekBounds {
  const key = `${zone} ${week}`;
  let bounds = boundsCache.get(key);
  if (!bounds) {
    bounds = computeWeekBounds(week, zone);
    if (boundsCache.size >= CACHE_LIMIT) boundsCache.clear();
    boundsCache.set(key, bounds);
  }
  return bounds;
}

function computeWeekBounds(week: string, zone: string): WeekBounds {
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
  return weekOfDay(localDay(instant, zone));
}

/** The ISO week a local date (YYYY-MM-DD) belongs to: the week of its Thursday. */
export function weekOfDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The local date (YYYY-MM-DD) of an instant in the reporting time zone. */
export function localDay(instant: string, zone: string): string {
  const at = Date.parse(instant);
  return new Date(at + offsetMinutes(at, zone) * 60_000).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
const CACHE_LIMIT = 100_000;
/** UTC offsets per zone and UTC day. Asking Intl for an offset costs microseconds, and every event needs one or more. */
const offsets = new Map<string, Map<number, number | null>>();

function offsetMinutes(at: number, zone: string): number {
  let byDay = offsets.get(zone);
  if (!byDay) offsets.set(zone, (byDay = new Map()));
  const day = Math.floor(at / DAY_MS);
  let offset = byDay.get(day);
  if (offset === undefined) {
    const [start, end] = [day * DAY_MS, (day + 1) * DAY_MS - 1].map((ms) => DateTime.fromMillis(ms, { zone }).offset);
    // A day in which the offset changes (twice a year at most) is marked null and asked instant by instant.
    offset = start === end ? start : null;
    if (byDay.size >= CACHE_LIMIT) byDay.clear();
    byDay.set(day, offset);
  }
  return offset ?? DateTime.fromMillis(at, { zone }).offset;
}
