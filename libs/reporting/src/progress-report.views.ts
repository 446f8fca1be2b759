import type { IncidentCategory } from '../../incidents/src/incident.events';
import type { Mission } from '../../shared-kernel/src';

/** The shape of SPEC 4 "Progress report". Type-only, so the web pages import the same definitions. */

export interface MissionProgress {
  incidents: { total: number; byCategory: Record<IncidentCategory, number> };
  useOfForce: number;
  heatIllnessCasualties: number;
  movements: number;
  advisersEscorted: number;
  adviserEngagements: number;
  /** `reported` by when the suspicion occurred; assessments and investigations by when they were done. */
  casualtyReviews: { reported: number; credible: number; notCredible: number; investigationsOpened: number; investigationsConcluded: number };
}

export interface ProgressReport {
  from: string;
  to: string;
  timeZone: string;
  byMission: Record<Mission, MissionProgress>;
  /** Sent in the range; days count calendar days from the trigger to the date on the letter (null when none was sent). */
  notifications: { sent: number; medianDaysToSend: number | null; sentOnTimeShare: number | null };
}
