/*
 * Shapes of the register's API (SPEC section 4), from the server's own leaf modules (lists, types and pure
 * functions, nothing of Node or Nest): one definition for both sides, so a change to an answer is a type error in
 * the page that reads it.
 */
export { ROLES, type Role } from '../../../../libs/platform/src/role';
export type { Page } from '../../../../libs/platform/src/http/page';
export type { CommandResult } from '../../../../libs/platform/src/command-context';
export type { HistoryEntry } from '../../../../libs/projections/src/history-entry';
export type { AccountItem, IssuedToken } from '../../../../libs/auth/src/auth.views';

export { MISSIONS, type Location, type Mission } from '../../../../libs/shared-kernel/src/mission';
export { INCIDENT_CATEGORIES, useOfForceNeedsReview, type IncidentCategory, type IncidentFacts } from '../../../../libs/incidents/src/incident.events';
export type { IncidentDetail, IncidentHistoryEntry, IncidentItem } from '../../../../libs/incidents/src/incident.views';

export { ASSESSMENT_OUTCOMES, CASUALTY_SOURCES, REVIEW_STATUSES } from '../../../../libs/casualty-reviews/src/casualty-review.events';
export type { CasualtyReviewDetail, CasualtyReviewItem } from '../../../../libs/casualty-reviews/src/casualty-review.views';

export { NOTIFICATION_STATUSES, type NotificationKind } from '../../../../libs/notifications/src/notification.events';
export type { NotificationDetail, NotificationItem } from '../../../../libs/notifications/src/notification.views';

export { RISK_CATEGORIES } from '../../../../libs/risks/src/risk.events';
export { riskLevel, type RiskLevel } from '../../../../libs/risks/src/risk-level';
export type { Mitigation, RiskDetail, RiskHeatmap, RiskItem } from '../../../../libs/risks/src/risk.views';

export type { LateEntry, PublicWeeklyOverview, UseOfForceItem, WeeklyOverview } from '../../../../libs/reporting/src/weekly-overview';
export type { MissionProgress, ProgressReport } from '../../../../libs/reporting/src/progress-report.views';
