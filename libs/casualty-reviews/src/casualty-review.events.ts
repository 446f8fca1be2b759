import type { DomainEvent } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';
import type { Location, Mission } from '../../shared-kernel/src';

/*
 * Events of stream `casualty-review-<uuid>` (SPEC 3.2). Times are ISO-8601 instants in UTC (`toISOString()`).
 * A conclusion is recorded as CasualtyInvestigationConcluded followed by CasualtyReviewClosed, and an assessment
 * NOT_CREDIBLE as CasualtyAssessed followed by CasualtyReviewClosed, so every state of the lifecycle is a fact.
 */

export const CASUALTY_SOURCES = ['OWN_FORCES', 'LOCAL_AUTHORITIES', 'NGO', 'MEDIA', 'PUBLIC', 'OTHER'] as const;
export type CasualtySource = (typeof CASUALTY_SOURCES)[number];

export const ASSESSMENT_OUTCOMES = ['CREDIBLE', 'NOT_CREDIBLE', 'INSUFFICIENT_INFORMATION'] as const;
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number];

export const REVIEW_STATUSES = ['REPORTED', 'ASSESSED', 'INVESTIGATION_OPENED', 'INVESTIGATION_CONCLUDED', 'CLOSED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What a report of suspected civilian casualties states. */
export type CasualtySuspicion = {
  source: CasualtySource;
  description: string;
  occurredAt: string;
  mission: Mission;
  location: Location;
  estimatedKilled: number;
  estimatedInjured: number;
  /** The incident this suspicion concerns, when known. */
  incidentId?: string;
};

export type CasualtySuspicionReported = DomainEvent<
  'CasualtySuspicionReported',
  CasualtySuspicion & {
    reviewId: string;
    reportedAt: string;
    /** True when a use of force opened the review, not a person. */
    automatic: boolean;
  }
>;
export type CasualtyAssessed = DomainEvent<
  'CasualtyAssessed',
  { reviewId: string; outcome: AssessmentOutcome; rationale: string; assessedAt: string }
>;
export type CasualtyInvestigationOpened = DomainEvent<
  'CasualtyInvestigationOpened',
  /** `investigation` counts from 1; a reopened case can lead to a second investigation, with its own notification. */
  { reviewId: string; investigation: number; authority: string; reference?: string; openedAt: string; incidentId?: string }
>;
export type CasualtyInvestigationConcluded = DomainEvent<
  'CasualtyInvestigationConcluded',
  {
    reviewId: string;
    investigation: number;
    findings: string;
    confirmedKilled: number;
    confirmedInjured: number;
    concludedAt: string;
    incidentId?: string;
  }
>;
export type CasualtyReviewClosed = DomainEvent<
  'CasualtyReviewClosed',
  { reviewId: string; closedAt: string; reason: 'NOT_CREDIBLE' | 'INVESTIGATION_CONCLUDED' }
>;
export type CasualtyReviewReopened = DomainEvent<
  'CasualtyReviewReopened',
  { reviewId: string; newInformation: string; reason: string; reopenedAt: string }
>;

export type CasualtyReviewEvent =
  | CasualtySuspicionReported
  | CasualtyAssessed
  | CasualtyInvestigationOpened
  | CasualtyInvestigationConcluded
  | CasualtyReviewClosed
  | CasualtyReviewReopened;

export const CASUALTY_REVIEW_EVENTS = new EventTypes<CasualtyReviewEvent>({
  CasualtySuspicionReported: true,
  CasualtyAssessed: true,
  CasualtyInvestigationOpened: true,
  CasualtyInvestigationConcluded: true,
  CasualtyReviewClosed: true,
  CasualtyReviewReopened: true,
});

export function casualtyReviewStreamId(reviewId: string): string {
  return `casualty-review-${reviewId}`;
}
