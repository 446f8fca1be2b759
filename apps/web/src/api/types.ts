/** Shapes of the register's API (SPEC section 4), as far as the pages rely on them. */
export const ROLES = ['operations', 'legal', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// The domain's own lists and shapes, from modules that import nothing but types: one definition for both sides.
export { MISSIONS, type Location, type Mission } from '../../../../libs/incidents/src/mission';
export { INCIDENT_CATEGORIES, useOfForceNeedsReview, type IncidentCategory, type IncidentFacts } from '../../../../libs/incidents/src/incident.events';
export { ASSESSMENT_OUTCOMES, CASUALTY_SOURCES, REVIEW_STATUSES } from '../../../../libs/casualty-reviews/src/casualty-review.events';
export { NOTIFICATION_STATUSES, type NotificationKind } from '../../../../libs/notifications/src/notification.events';
export { RISK_CATEGORIES } from '../../../../libs/risks/src/risk.events';
export { riskLevel, type RiskLevel } from '../../../../libs/risks/src/risk-level';
export type { LateEntry, PublicWeeklyOverview, UseOfForceItem, WeeklyOverview } from '../../../../libs/reporting/src/weekly-overview';

import type { IncidentCategory } from '../../../../libs/incidents/src/incident.events';
import type { Location, Mission } from '../../../../libs/incidents/src/mission';
import type { NotificationKind } from '../../../../libs/notifications/src/notification.events';
import type { RiskLevel } from '../../../../libs/risks/src/risk-level';
import { ASSESSMENT_OUTCOMES, REVIEW_STATUSES } from '../../../../libs/casualty-reviews/src/casualty-review.events';
import { NOTIFICATION_STATUSES } from '../../../../libs/notifications/src/notification.events';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CommandResult {
  id: string;
  revision: number | string;
  position: number | string;
}

export interface IssuedToken {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  role: Role;
}

export interface Incident {
  id: string;
  status: 'REPORTED' | 'CLOSED';
  revision: number;
  category: IncidentCategory;
  mission: Mission;
  occurredAt: string;
  location: Location;
  summary: string;
  severity: number;
  details: Record<string, unknown>;
  reportedAt: string;
  closedAt: string | null;
}

export interface HistoryEntry {
  revision: number;
  type: string;
  at: string;
  userId: string;
  role: string;
  reason: string | null;
  changes: Record<string, unknown> | null;
}

export type IncidentDetail = Incident & { history: HistoryEntry[] };


export interface CasualtyReview {
  id: string;
  status: (typeof REVIEW_STATUSES)[number];
  revision: number;
  incidentId: string | null;
  reportedAt: string;
  closedAt: string | null;
  ageDays: number;
  source: string;
  description: string;
  occurredAt: string;
  mission: Mission;
  location: Location;
  estimatedKilled: number;
  estimatedInjured: number;
  automatic?: boolean;
  assessment?: { outcome: (typeof ASSESSMENT_OUTCOMES)[number]; rationale: string; assessedAt: string } | null;
  investigation?: { investigation: number; authority: string; reference?: string; openedAt: string } | null;
  conclusion?: { findings: string; confirmedKilled: number; confirmedInjured: number; concludedAt: string } | null;
  closure?: { closedAt: string; reason: string } | null;
}

export interface RecordedStep {
  revision: number;
  type: string;
  at: string;
  userId: string;
  role: string;
  data: Record<string, unknown>;
}

export type CasualtyReviewDetail = CasualtyReview & { history: RecordedStep[] };


export interface ParliamentaryNotification {
  id: string;
  kind: NotificationKind;
  status: (typeof NOTIFICATION_STATUSES)[number];
  revision: number;
  triggerId: string;
  episode: number;
  triggeredAt: string;
  dueAt: string;
  overdue: boolean;
  text: string | null;
  draftedAt: string | null;
  approvedAt: string | null;
  paperReference: string | null;
  sentOn: string | null;
}

export type ParliamentaryNotificationDetail = ParliamentaryNotification & { history: RecordedStep[] };

export interface Risk {
  id: string;
  status: 'OPEN' | 'CLOSED';
  revision: number;
  category: string;
  mission: Mission;
  title: string;
  description: string;
  owner: string;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  residual: { likelihood: number; impact: number; score: number; level: RiskLevel } | null;
  reviewBy: string;
  identifiedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  openMitigations: number;
  materialisations: number;
}

export interface Mitigation {
  id: string;
  description: string;
  owner: string;
  dueBy: string;
  addedAt: string;
  completedAt: string | null;
}

export type RiskDetail = Risk & { mitigations: Mitigation[]; history: RecordedStep[] };

/** counts[likelihood - 1][impact - 1]: open risks per cell. */
export interface RiskHeatmap {
  mission: Mission | null;
  total: number;
  counts: number[][];
}

export interface MissionProgress {
  incidents: { total: number; byCategory: Record<string, number> };
  useOfForce: number;
  movements: number;
  advisersEscorted: number;
  adviserEngagements: number;
  casualtyReviews: { reported: number; credible: number; notCredible: number; investigationsOpened: number; investigationsConcluded: number };
}

export interface ProgressReport {
  from: string;
  to: string;
  byMission: Record<string, MissionProgress>;
  notifications: { sent: number; medianDaysToSend: number | null; sentOnTimeShare: number | null };
}
