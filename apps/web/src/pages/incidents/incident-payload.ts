import { useOfForceNeedsReview, type IncidentCategory, type IncidentFacts } from '../../api/types';
import { detailsPayload } from './category-details';

export const EMPTY_INCIDENT: Record<string, string> = {
  category: '',
  mission: '',
  occurredAt: '',
  severity: '',
  'location.name': '',
  'location.lat': '',
  'location.lon': '',
  summary: '',
};

/** `datetime-local` text (the user's own clock) → an ISO instant; unreadable text goes as typed so the server names it. */
export function instantFromLocal(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** An ISO instant → `datetime-local` text in the user's own clock. */
export function localFromInstant(iso: string): string {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function numberOrText(raw: string): number | string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  return Number.isFinite(Number(text)) ? Number(text) : text;
}

/** The body of POST /incidents (and of an amendment), from the form's values. Blanks are left out. */
export function incidentPayload(values: Record<string, string>): Record<string, unknown> {
  const location: Record<string, unknown> = { name: values['location.name'].trim() };
  const lat = numberOrText(values['location.lat']);
  const lon = numberOrText(values['location.lon']);
  if (lat !== undefined) location.lat = lat;
  if (lon !== undefined) location.lon = lon;
  const body: Record<string, unknown> = {
    category: values.category || undefined,
    mission: values.mission || undefined,
    occurredAt: instantFromLocal(values.occurredAt),
    location,
    summary: values.summary.trim() || undefined,
    severity: numberOrText(values.severity),
  };
  if (values.category) body.details = detailsPayload(values.category as IncidentCategory, values);
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** Whether this report will open a CIVCAS review (SPEC 3.1), by the domain's own rule, so the form can say so before sending. */
export function opensCasualtyReview(values: Record<string, string>): boolean {
  return values.category === 'USE_OF_FORCE' && useOfForceNeedsReview(incidentPayload(values) as unknown as IncidentFacts);
}
