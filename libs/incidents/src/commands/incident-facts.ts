import { plainLocation, utcInstant } from '../../../shared-kernel/src';
import type { IncidentCorrections } from '../incident.decider';
import type { IncidentFacts } from '../incident.events';
import type { AmendIncidentRequest, ReportIncidentRequest } from '../http/incident.dto';

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
