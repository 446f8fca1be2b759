import type { Location } from '../mission';
import type { IncidentCorrections } from '../incident.decider';
import type { IncidentFacts } from '../incident.events';
import type { AmendIncidentRequest, ReportIncidentRequest } from '../http/incident.dto';

/** Plain data for events: DTO instances and absent optionals left behind, instants in UTC. */
export function plainLocation(location: { name: string; lat?: number; lon?: number }): Location {
  return location.lat === undefined || location.lon === undefined ? { name: location.name } : { name: location.name, lat: location.lat, lon: location.lon };
}

export function utcInstant(instant: string): string {
  return new Date(instant).toISOString();
}

function plainDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details ?? {}).filter(([, value]) => value !== undefined));
}

/** The facts of a validated report (the DTO has checked that details fit the category). */
export function reportedFacts(body: ReportIncidentRequest): IncidentFacts {
  return {
    category: body.category,
    mission: body.mission,
    occurredAt: utcInstant(body.occurredAt),
    location: plainLocation(body.location),
    summary: body.summary,
    severity: body.severity,
    details: plainDetails(body.details),
  } as IncidentFacts;
}

/** The corrections of a validated amendment: only the fields it names. */
export function corrections(body: AmendIncidentRequest): IncidentCorrections {
  const categorised = body.category === undefined ? {} : { category: body.category, details: plainDetails(body.details) };
  return {
    ...(body.mission !== undefined && { mission: body.mission }),
    ...(body.occurredAt !== undefined && { occurredAt: utcInstant(body.occurredAt) }),
    ...(body.location !== undefined && { location: plainLocation(body.location) }),
    ...(body.summary !== undefined && { summary: body.summary }),
    ...(body.severity !== undefined && { severity: body.severity }),
    ...categorised,
  } as IncidentCorrections;
}
