const WEEK = /^(\d{4})-W(\d{2})$/;

/** The ISO week (`2024-W05`) that contains a calendar day (taken in UTC). */
export function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the week's Thursday decides its year
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function isIsoWeek(text: string): boolean {
  return WEEK.test(text);
}

/** The Monday (UTC) that starts an ISO week. */
export function mondayOf(week: string): Date {
  const [, year, number] = WEEK.exec(week)!;
  const january4 = new Date(Date.UTC(Number(year), 0, 4));
  const monday = new Date(january4);
  monday.setUTCDate(january4.getUTCDate() - ((january4.getUTCDay() || 7) - 1) + (Number(number) - 1) * 7);
  return monday;
}

export function shiftWeek(week: string, weeks: number): string {
  const monday = mondayOf(week);
  monday.setUTCDate(monday.getUTCDate() + weeks * 7);
  return isoWeekOf(monday);
}

/** The last week that has ended: the default a manager publishes. */
export function lastCompletedWeek(now = new Date()): string {
  return isoWeekOf(new Date(now.getTime() - 7 * 86_400_000));
}

/** "09 Nov 2026 – 15 Nov 2026": the week's calendar days, the same in every time zone. */
export function weekSpan(week: string): string {
  const monday = mondayOf(week);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const day = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `${day.format(monday)} – ${day.format(sunday)}`;
}
