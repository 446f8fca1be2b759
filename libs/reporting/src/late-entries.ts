import type { AdviserEngagementLogged, MovementLogged } from '../../activities/src/activity.events';
import type { CasualtySuspicionReported } from '../../casualty-reviews/src/casualty-review.events';
import type { IncidentAmended, IncidentFacts, IncidentReported, UseOfForceReported } from '../../incidents/src/incident.events';
import type { RecordedEvent } from '../../event-store/src';
import { canonicalJson } from '../../platform/src/ids';
import { incidentContributions } from './projections/contributions';
import { weekOf } from './week/iso-week';
import type { LateEntry, LateEntryKind } from './weekly-overview';

/** An entry an event puts into (or takes out of) a week: should that week be published already, it is late. */
export interface WeekChange {
  week: string;
  entry: LateEntry;
}

/** What an incident shows in the overview of its week: its counts, and for a use of force its list item. */
function incidentFootprint(facts: IncidentFacts, zone: string): string {
  const uof = facts.category === 'USE_OF_FORCE' ? { location: facts.location, basis: facts.details.basis, publicSummary: facts.details.publicSummary } : null;
  return canonicalJson({ occurredAt: facts.occurredAt, counts: incidentContributions(facts, zone), uof });
}

/** The entries of the weekly overview an event changes (SPEC 3.6): reports of all kinds, and incident amendments. */
export function weekChangesOf(event: RecordedEvent, zone: string): WeekChange[] {
  const source = { eventId: event.id, eventType: event.type, recordedAt: event.metadata.recordedAt };
  const added = (kind: LateEntryKind, id: string, occurredAt: string): WeekChange[] => [
    { week: weekOf(occurredAt, zone), entry: { kind, id, change: 'ADDED', occurredAt, ...source } },
  ];
  switch (event.type) {
    case 'IncidentReported':
    case 'UseOfForceReported': {
      const { incidentId, occurredAt } = (event as unknown as IncidentReported | UseOfForceReported).data;
      return added('INCIDENT', incidentId, occurredAt);
    }
    case 'MovementLogged': {
      const { movementId, occurredAt } = (event as unknown as MovementLogged).data;
      return added('MOVEMENT', movementId, occurredAt);
    }
    case 'AdviserEngagementLogged': {
      const { engagementId, occurredAt } = (event as unknown as AdviserEngagementLogged).data;
      return added('ADVISER_ENGAGEMENT', engagementId, occurredAt);
    }
    case 'CasualtySuspicionReported': {
      const { reviewId, occurredAt } = (event as unknown as CasualtySuspicionReported).data;
      return added('CASUALTY_REVIEW', reviewId, occurredAt);
    }
    case 'IncidentAmended':
      return amendmentChanges(event as unknown as IncidentAmended, source, zone);
    default:
      return [];
  }
}

function amendmentChanges(event: IncidentAmended, source: Pick<LateEntry, 'eventId' | 'eventType' | 'recordedAt'>, zone: string): WeekChange[] {
  const { incidentId: id, previous, incident, reason } = event.data;
  const entry = (change: LateEntry['change'], occurredAt: string): LateEntry => ({ kind: 'INCIDENT', id, change, occurredAt, ...source, reason });
  const [before, after] = [weekOf(previous.occurredAt, zone), weekOf(incident.occurredAt, zone)];
  if (before !== after) {
    return [
      { week: before, entry: entry('REMOVED', previous.occurredAt) },
      { week: after, entry: entry('ADDED', incident.occurredAt) },
    ];
  }
  if (incidentFootprint(previous, zone) === incidentFootprint(incident, zone)) return [];
  return [{ week: after, entry: entry('CHANGED', incident.occurredAt) }];
}
