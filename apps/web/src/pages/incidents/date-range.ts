/** A `date` input's day (the user's own calendar) → the instant that day starts. */
export function startOfDay(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return new Date(`${date}T00:00`).toISOString();
}

/** The instant after an inclusive `to` day ends: the API's `to` is exclusive. */
export function endOfDay(date: string): string | undefined {
  const start = startOfDay(date);
  if (!start) return undefined;
  const next = new Date(`${date}T00:00`);
  next.setDate(next.getDate() + 1);
  return next.toISOString();
}
