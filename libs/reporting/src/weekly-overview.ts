import type { ReviewStatus } from '../../casualty-reviews/src/casualty-review.events';
import type { IncidentCategory, UseOfForceDetails } from '../../incidents/src/incident.events';
import type { Location, Mission } from '../../shared-kernel/src';

/** The shape of SPEC 4 "Weekly overview" (plus a few counts the legal staff asked for). */

export type WeeklyOverviewStatus = 'DRAFT' | 'PUBLISHED' | 'CORRECTION_REQUIRED';

export interface UseOfForceItem {
  incidentId: string;
  occurredAt: string;
  mission: Mission;
  location: Location;
  basis: UseOfForceDetails['basis'];
  publicSummary: string;
}

/** What a week held: frozen as it stands by a publication. */
export interface WeeklyOverviewContent {
  week: string;
  from: string;
  to: string;
  timeZone: string;
  incidents: { total: number; byCategory: Record<IncidentCategory, number>; byMission: Record<Mission, number> };
  useOfForce: UseOfForceItem[];
  /** `reported` and `byStatus` count reviews whose occurredAt lies in the week; the rest count actions taken in it. */
  casualtyReviews: {
    reported: number;
    byStatus: Record<ReviewStatus, number>;
    assessed: number;
    investigationsOpened: number;
    investigationsConcluded: number;
  };
  notifications: { dueInWeek: number; sentInWeek: number; overdueAtEndOfWeek: number };
  activities: { movements: number; advisersEscorted: number; adviserEngagements: number };
  heatIllnessCasualties: number;
}

export const LATE_ENTRY_KINDS = ['INCIDENT', 'MOVEMENT', 'ADVISER_ENGAGEMENT', 'CASUALTY_REVIEW'] as const;
export type LateEntryKind = (typeof LATE_ENTRY_KINDS)[number];

/** A change to a week that was already published: a late report, or an amendment moving an entry in, out or within. */
export interface LateEntry {
  kind: LateEntryKind;
  id: string;
  change: 'ADDED' | 'REMOVED' | 'CHANGED';
  /** When the entry occurred (for REMOVED: where it stood before, inside the week). */
  occurredAt: string;
  /** The event that changed the week, and when it was recorded. */
  eventId: string;
  eventType: string;
  recordedAt: string;
  reason?: string;
}

export interface WeeklyOverview extends WeeklyOverviewContent {
  status: WeeklyOverviewStatus;
  /** The last published revision (0 while never published). */
  revision: number;
  publishedAt?: string;
  lateEntries: LateEntry[];
}

/** What the public may see (SPEC 3.6): counts by category and mission, and each use of force in brief. */
export interface PublicWeeklyOverview {
  week: string;
  from: string;
  to: string;
  status: WeeklyOverviewStatus;
  revision: number;
  incidents: WeeklyOverviewContent['incidents'];
  useOfForce: Array<Pick<UseOfForceItem, 'occurredAt' | 'mission' | 'publicSummary'>>;
}

export function publicEdition(overview: WeeklyOverview): PublicWeeklyOverview {
  return {
    week: overview.week,
    from: overview.from,
    to: overview.to,
    status: overview.status,
    revision: overview.revision,
    incidents: overview.incidents,
    useOfForce: overview.useOfForce.map(({ occurredAt, mission, publicSummary }) => ({ occurredAt, mission, publicSummary })),
  };
}
