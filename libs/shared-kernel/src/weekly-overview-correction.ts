import type { DomainEvent } from '../../platform/src/decider';

/**
 * A published weekly overview that a late entry has made wrong (SPEC 3.6). Reporting records it and notifications
 * reacts by requiring a notification to parliament; it lives here so that neither context imports the other for it.
 */
export type WeeklyOverviewCorrectionRequired = DomainEvent<
  'WeeklyOverviewCorrectionRequired',
  { week: string; publishedRevision: number; detectedAt: string }
>;
