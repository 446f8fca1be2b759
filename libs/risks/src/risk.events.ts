import type { DomainEvent } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';
import { INCIDENT_CATEGORIES } from '../../incidents/src/incident.events';
import type { Mission } from '../../shared-kernel/src';

/*
 * Events of stream `risk-<uuid>` (SPEC 3.4). Instants are UTC ISO-8601; `reviewBy` and `dueBy` are dates YYYY-MM-DD.
 * Score and level are derived from likelihood × impact (see risk-level.ts), never stored.
 */

/** The incident categories, so incidents of the same category materialise a risk, plus risks no incident reports. */
export const RISK_CATEGORIES = [...INCIDENT_CATEGORIES, 'CIVILIAN_CASUALTIES', 'MEDICAL', 'INFRASTRUCTURE', 'OPERATIONAL_READINESS'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** Likelihood and impact 1–5, with the residual pair (after mitigation) when it has been judged. */
export type Assessment = {
  likelihood: number;
  impact: number;
  residualLikelihood?: number;
  residualImpact?: number;
};

export type RiskDescription = {
  category: RiskCategory;
  title: string;
  description: string;
  mission: Mission;
  owner: string;
};

export type RiskIdentified = DomainEvent<'RiskIdentified', { riskId: string; identifiedAt: string; reviewBy: string } & RiskDescription & Assessment>;
export type RiskReassessed = DomainEvent<
  'RiskReassessed',
  { riskId: string; assessedAt: string; reviewBy: string; rationale?: string; previous: Assessment & { reviewBy: string } } & Assessment
>;
export type MitigationAdded = DomainEvent<
  'MitigationAdded',
  { riskId: string; mitigationId: string; description: string; owner: string; dueBy: string; addedAt: string }
>;
export type MitigationCompleted = DomainEvent<'MitigationCompleted', { riskId: string; mitigationId: string; completedAt: string }>;
export type RiskClosed = DomainEvent<'RiskClosed', { riskId: string; closedAt: string; reason: string }>;

export type RiskEvent = RiskIdentified | RiskReassessed | MitigationAdded | MitigationCompleted | RiskClosed;

export const RISK_EVENTS = new EventTypes<RiskEvent>({
  RiskIdentified: true,
  RiskReassessed: true,
  MitigationAdded: true,
  MitigationCompleted: true,
  RiskClosed: true,
});

export const riskStreamId = (riskId: string) => `risk-${riskId}`;
