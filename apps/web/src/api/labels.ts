/** Turns API codes into words for people: `DEFENCE_OF_ESCORTED_PERSONNEL` → "Defence of escorted personnel". */
export function humanize(code: string | undefined | null): string {
  if (!code) return '';
  if (code === 'MOPA') return 'MoPA';
  if (/^(NMI|OIR|EUAM|CIVCAS)$/.test(code)) return code;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric' });

export function formatDateTime(iso: string | undefined | null): string {
  return iso ? dateTime.format(new Date(iso)) : '';
}

const calendarDay = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** An instant as the user's local date; a bare calendar date (2024-08-05) as that same date anywhere. */
export function formatDate(iso: string | undefined | null): string {
  if (!iso) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? calendarDay.format(new Date(`${iso}T00:00:00Z`)) : dateOnly.format(new Date(iso));
}

/** Whole days from now until `iso` (negative when past). */
export function daysUntil(iso: string, now = Date.now()): number {
  return Math.floor((new Date(iso).getTime() - now) / 86_400_000);
}

/** Whole days since `iso` (0 in the first day). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.floor((now - new Date(iso).getTime()) / 86_400_000);
}
