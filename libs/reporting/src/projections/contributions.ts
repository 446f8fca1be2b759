import type { AdviserEngagement, Movement } from '../../../activities/src/activity.events';
import type { CasualtySuspicion } from '../../../casualty-reviews/src/casualty-review.events';
import type { IncidentFacts } from '../../../incidents/src/incident.events';
import type { Mission } from '../../../shared-kernel/src';
import { boundedCount, COUNT_BOUNDS } from '../../../platform/src/count-bounds';
import { localDay } from '../week/iso-week';

/*
 * What each fact adds to the per-day counters the weekly overview and the progress report sum up. Days are local
 * dates in the reporting time zone, so a week is exactly its seven days and a DST change needs no special case.
 * A stored count adds at most its bound (events accepted before the bounds may hold 1e308), so no sum overflows.
 */

export const METRICS = [
  'incidents',
  'heatIllnessCasualties',
  'movements',
  'advisersEscorted',
  'adviserEngagements',
  'casualtyReviewsReported',
  'casualtyReviewsAssessed',
  'investigationsOpened',
  'investigationsConcluded',
] as const;
export type Metric = (typeof METRICS)[number];

export interface Contribution {
  day: string;
  mission: Mission;
  metric: Metric;
  /** The category for incidents, the outcome for assessments, '' otherwise. */
  key: string;
  n: number;
}

export function incidentContributions(facts: IncidentFacts, zone: string): Contribution[] {
  const at = { day: localDay(facts.occurredAt, zone), mission: facts.mission };
  const counted: Contribution[] = [{ ...at, metric: 'incidents', key: facts.category, n: 1 }];
  if (facts.category === 'HEAT_ILLNESS') {
    const casualties = boundedCount(facts.details.casualties, COUNT_BOUNDS.heatIllnessCasualties);
    counted.push({ ...at, metric: 'heatIllnessCasualties', key: '', n: casualties });
  }
  return counted;
}

export function movementContributions(movement: Movement, zone: string): Contribution[] {
  const at = { day: localDay(movement.occurredAt, zone), mission: movement.mission, key: '' };
  return [
    { ...at, metric: 'movements', n: 1 },
    { ...at, metric: 'advisersEscorted', n: boundedCount(movement.advisersEscorted, COUNT_BOUNDS.advisersEscorted) },
  ];
}

export function engagementContributions(engagement: AdviserEngagement, zone: string): Contribution[] {
  return [{ day: localDay(engagement.occurredAt, zone), mission: engagement.mission, metric: 'adviserEngagements', key: '', n: 1 }];
}

export function reviewReportContributions(suspicion: Pick<CasualtySuspicion, 'occurredAt' | 'mission'>, zone: string): Contribution[] {
  return [{ day: localDay(suspicion.occurredAt, zone), mission: suspicion.mission, metric: 'casualtyReviewsReported', key: '', n: 1 }];
}

/** An assessment, or an investigation opened or concluded: counted on the day it was done. */
export function reviewActionContribution(metric: Metric, at: string, mission: Mission, zone: string, key = ''): Contribution {
  return { day: localDay(at, zone), mission, metric, key, n: 1 };
}
