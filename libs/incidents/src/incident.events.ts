import type { DomainEvent } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';
import type { Location, Mission } from '../../shared-kernel/src';

/*
 * Events of stream `incident-<uuid>` (SPEC 3.1). All times are ISO-8601 instants normalised to UTC
 * (`Date#toISOString()`), so they compare and sort as strings.
 *
 * Design: every incident is reported by exactly ONE event, the first of its stream:
 *   - `UseOfForceReported` when the category is USE_OF_FORCE (instead of IncidentReported),
 *   - `IncidentReported` for every other category.
 * Both carry the same `IncidentFacts` shape, so a consumer that wants all incidents handles both types
 * (`INCIDENT_EVENTS.has` and a switch), and a consumer that only cares about use of force (CIVCAS reviews, the weekly
 * overview's use-of-force list) subscribes to `UseOfForceReported` alone.
 *
 * `IncidentAmended` carries the full facts before (`previous`) and after (`incident`) plus `changedFields`,
 * so a read model can upsert from `incident` and tell from `previous.occurredAt` that an incident moved weeks.
 * An amendment may change any fact, including the category (into or out of USE_OF_FORCE): consumers that
 * react to use of force should also look at `incident.category`/`incident.details` of amendments.
 * `IncidentClosed` ends the lifecycle (REPORTED → CLOSED); nothing is appended after it.
 */

export const INCIDENT_CATEGORIES = [
  'INDIRECT_FIRE',
  'ARMED_DRONE',
  'DIRECT_FIRE',
  'CIVIL_UNREST',
  'HEAT_ILLNESS',
  'CYBER_ESPIONAGE',
  'USE_OF_FORCE',
  'OTHER',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const MUNITIONS = ['ROCKET', 'MORTAR', 'UNKNOWN'] as const;
export const HEAT_ILLNESS_SEVERITIES = ['HEAT_EXHAUSTION', 'HEAT_STROKE'] as const;
export const USE_OF_FORCE_BASES = ['SELF_DEFENCE', 'DEFENCE_OF_ESCORTED_PERSONNEL', 'OTHER'] as const;
export const ESCALATIONS = ['WARNING', 'WARNING_SHOTS', 'AIMED_FIRE'] as const;

export type IndirectFireDetails = { munition: (typeof MUNITIONS)[number]; rounds: number; intercepted: number };
export type ArmedDroneDetails = { drones: number; intercepted: number };
export type CivilUnrestDetails = { crowdEstimate: number; violent: boolean };
export type HeatIllnessDetails = {
  casualties: number;
  severity: (typeof HEAT_ILLNESS_SEVERITIES)[number];
  wbgtCelsius?: number;
  acclimatised: boolean;
};
export type UseOfForceDetails = {
  basis: (typeof USE_OF_FORCE_BASES)[number];
  escalation: (typeof ESCALATIONS)[number];
  roundsFired: number;
  casualtiesObserved: boolean;
  /** Fit for publication in the weekly overview's public edition. */
  publicSummary: string;
};
/** DIRECT_FIRE, CYBER_ESPIONAGE and OTHER. */
export type NotesDetails = { notes?: string };

/** The category with the details that belong to it. */
export type CategorisedDetails =
  | { category: 'INDIRECT_FIRE'; details: IndirectFireDetails }
  | { category: 'ARMED_DRONE'; details: ArmedDroneDetails }
  | { category: 'CIVIL_UNREST'; details: CivilUnrestDetails }
  | { category: 'HEAT_ILLNESS'; details: HeatIllnessDetails }
  | { category: 'USE_OF_FORCE'; details: UseOfForceDetails }
  | { category: 'DIRECT_FIRE' | 'CYBER_ESPIONAGE' | 'OTHER'; details: NotesDetails };

export type IncidentCommonFacts = {
  mission: Mission;
  occurredAt: string;
  location: Location;
  /** 1–4000 characters. */
  summary: string;
  /** 1 (minor) – 5 (grave). */
  severity: number;
};

/** Everything an incident report states; amendments replace some of it. */
export type IncidentFacts = IncidentCommonFacts & CategorisedDetails;
export type UseOfForceFacts = IncidentCommonFacts & { category: 'USE_OF_FORCE'; details: UseOfForceDetails };
export type IncidentField = 'category' | 'mission' | 'occurredAt' | 'location' | 'summary' | 'severity' | 'details';

type Reported = { incidentId: string; reportedAt: string };

export type IncidentReported = DomainEvent<'IncidentReported', Reported & Exclude<IncidentFacts, { category: 'USE_OF_FORCE' }>>;
export type UseOfForceReported = DomainEvent<'UseOfForceReported', Reported & UseOfForceFacts>;
export type IncidentAmended = DomainEvent<
  'IncidentAmended',
  {
    incidentId: string;
    amendedAt: string;
    reason: string;
    changedFields: IncidentField[];
    previous: IncidentFacts;
    incident: IncidentFacts;
  }
>;
export type IncidentClosed = DomainEvent<'IncidentClosed', { incidentId: string; closedAt: string; reason: string }>;

export type IncidentEvent = IncidentReported | UseOfForceReported | IncidentAmended | IncidentClosed;

export const INCIDENT_EVENTS = new EventTypes<IncidentEvent>({
  IncidentReported: true,
  UseOfForceReported: true,
  IncidentAmended: true,
  IncidentClosed: true,
});

export function incidentStreamId(incidentId: string): string {
  return `incident-${incidentId}`;
}

/** Whether a use of force needs a CIVCAS review (SPEC 3.1): basis OTHER or casualties observed. */
export function useOfForceNeedsReview(facts: IncidentFacts): boolean {
  return facts.category === 'USE_OF_FORCE' && (facts.details.basis === 'OTHER' || facts.details.casualtiesObserved);
}
