import type { HistoryEntry } from '../../projections/src/history-entry';
import type {
  CasualtyAssessed,
  CasualtyInvestigationConcluded,
  CasualtyInvestigationOpened,
  CasualtyReviewClosed,
  CasualtyReviewEvent,
  CasualtyReviewReopened,
  CasualtySuspicionReported,
  ReviewStatus,
} from './casualty-review.events';

/*
 * What the API shows of CIVCAS reviews (SPEC 4). Type-only, so the web pages import the same definitions.
 */

type Recorded<E extends CasualtyReviewEvent> = Omit<E['data'], 'reviewId'>;

/** The report and the latest step of each kind, as the events recorded them; null where a reopening cleared it. */
export type CasualtyCase = Omit<Recorded<CasualtySuspicionReported>, 'incidentId'> & {
  assessment?: Recorded<CasualtyAssessed> | null;
  investigation?: Recorded<CasualtyInvestigationOpened> | null;
  conclusion?: Recorded<CasualtyInvestigationConcluded> | null;
  closure?: Recorded<CasualtyReviewClosed> | null;
  reopening?: Recorded<CasualtyReviewReopened>;
};

export type CasualtyReviewItem = CasualtyCase & {
  id: string;
  status: ReviewStatus;
  revision: number;
  incidentId: string | null;
  reportedAt: string;
  closedAt: string | null;
  /** Whole days from the report to now, or to the closure of a closed case. */
  ageDays: number;
};

export type CasualtyReviewDetail = CasualtyReviewItem & { history: HistoryEntry[] };
