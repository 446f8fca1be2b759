/** Shapes of the register's API (SPEC section 4), as far as the pages rely on them. */
export const ROLES = ['operations', 'legal', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const MISSIONS = ['NMI', 'OIR', 'EUAM', 'MOPA'] as const;
export type Mission = (typeof MISSIONS)[number];

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

export const RISK_CATEGORIES = [...INCIDENT_CATEGORIES, 'CIVILIAN_CASUALTIES', 'MEDICAL', 'INFRASTRUCTURE', 'OPERATIONAL_READINESS'] as const;

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

export interface Location {
  name: string;
  lat?: number;
  lon?: number;
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

export const CASUALTY_SOURCES = ['OWN_FORCES', 'LOCAL_AUTHORITIES', 'NGO', 'MEDIA', 'PUBLIC', 'OTHER'] as const;
export const REVIEW_STATUSES = ['REPORTED', 'ASSESSED', 'INVESTIGATION_OPENED', 'INVESTIGATION_CONCLUDED', 'CLOSED'] as const;
export const ASSESSMENT_OUTCOMES = ['CREDIBLE', 'NOT_CREDIBLE', 'INSUFFICIENT_INFORMATION'] as const;

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

export const NOTIFICATION_STATUSES = ['REQUIRED', 'DRAFTED', 'APPROVED', 'SENT'] as const;

export interface ParliamentaryNotification {
  id: string;
  kind: 'CIVCAS_INVESTIGATION_OPENED' | 'CIVCAS_INVESTIGATION_CONCLUDED' | 'WEEKLY_OVERVIEW_CORRECTION';
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

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

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

export interface UseOfForceEntry {
  incidentId: string;
  occurredAt: string;
  mission: Mission;
  location: Location;
  basis: string;
  publicSummary: string;
}

export interface LateEntry {
  kind: string;
  id: string;
  change: 'ADDED' | 'REMOVED' | 'CHANGED';
  occurredAt: string;
  recordedAt: string;
  reason?: string;
}

export interface WeeklyOverview {
  week: string;
  from: string;
  to: string;
  timeZone: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CORRECTION_REQUIRED';
  revision: number;
  publishedAt?: string;
  incidents: { total: number; byCategory: Record<string, number>; byMission: Record<string, number> };
  useOfForce: UseOfForceEntry[];
  casualtyReviews: { reported: number; byStatus: Record<string, number>; assessed?: number; investigationsOpened?: number; investigationsConcluded?: number };
  notifications: { dueInWeek: number; sentInWeek: number; overdueAtEndOfWeek: number };
  activities: { movements: number; advisersEscorted: number; adviserEngagements: number };
  heatIllnessCasualties: number;
  lateEntries: LateEntry[];
}

export interface PublicWeeklyOverview {
  week: string;
  from: string;
  to: string;
  status: WeeklyOverview['status'];
  revision: number;
  incidents: WeeklyOverview['incidents'];
  useOfForce: Array<{ occurredAt: string; mission: Mission; publicSummary: string }>;
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
