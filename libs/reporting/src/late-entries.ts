import { ACTIVITY_EVENTS, type ActivityEvent, type AdviserEngagement, type Movement } from '../../activities/src/activity.events';
import { CASUALTY_REVIEW_EVENTS } from '../../casualty-reviews/src/casualty-review.events';
import { INCIDENT_EVENTS, type IncidentAmended, type IncidentFacts } from '../../incidents/src/incident.events';
import type { RecordedEvent } from '../../event-store/src';
import { assertNever } from '../../platform/src/decider';
import { canonicalJson } from '../../platform/src/ids';
import { engagementContributions, incidentContributions, movementContributions } from './projections/contributions';
import { weekOf } from './week/iso-week';
import type { LateEntry, LateEntryKind } from './weekly-overview';

/** An entry an event puts into (or takes out of) a week: should that week be published already, it is late. */
export interface WeekChange {
  week: string;
  entry: LateEntry;
}

type Source = Pick<LateEntry, 'eventId' | 'eventType' | 'recordedAt'>;

/** What an incident shows in the overview of its week: its counts, and for a use of force its list item. */
function incidentFootprint(facts: IncidentFacts, zone: string): string {
  const uof = facts.category === 'USE_OF_FORCE' ? { location: facts.location, basis: facts.details.basis, publicSummary: facts.details.publicSummary } : null;
  return canonicalJson({ occurredAt: facts.occurredAt, counts: incidentContributions(facts, zone), uof });
}

/** An activity shows in its week's overview only as counts (per mission), whatever day of the week it falls on. */
function activityFootprint(facts: Movement | AdviserEngagement, zone: string): string {
  const contributions = 'destination' in facts ? movementContributions(facts, zone) : engagementContributions(facts, zone);
  return canonicalJson(contributions.map(({ day: _day, ...counted }) => counted));
}

/** The entry in the week its occurredAt falls in. */
function entryAt(occurredAt: string, entry: Omit<LateEntry, 'occurredAt'>, zone: string): WeekChange[] {
  return [{ week: weekOf(occurredAt, zone), entry: { ...entry, occurredAt } }];
}

/** The events that put an entry into a week's overview, correct it or take it out. */
const WEEK_ENTRY_EVENTS = INCIDENT_EVENTS.with(ACTIVITY_EVENTS).with(CASUALTY_REVIEW_EVENTS);

/** The entries of the weekly overview an event changes (SPEC 3.6): reports of all kinds, corrections, withdrawals. */
export function weekChangesOf(event: RecordedEvent, zone: string): WeekChange[] {
  if (!WEEK_ENTRY_EVENTS.has(event)) return [];
  const source = { eventId: event.id, eventType: event.type, recordedAt: event.metadata.recordedAt };
  const added = (kind: LateEntryKind, id: string, occurredAt: string) => entryAt(occurredAt, { kind, id, change: 'ADDED', ...source }, zone);
  switch (event.type) {
    case 'IncidentReported':
    case 'UseOfForceReported':
      return added('INCIDENT', event.data.incidentId, event.data.occurredAt);
    case 'MovementLogged':
    case 'AdviserEngagementLogged':
    case 'MovementAmended':
    case 'AdviserEngagementAmended':
    case 'MovementWithdrawn':
    case 'AdviserEngagementWithdrawn':
      return activityChanges(event, source, zone);
    case 'CasualtySuspicionReported':
      return added('CASUALTY_REVIEW', event.data.reviewId, event.data.occurredAt);
    case 'IncidentAmended':
      return amendmentChanges(event, source, zone);
    // The overview lists an incident or a review by its report: closing it, or the steps of a review, move no entry.
    case 'IncidentClosed':
    case 'CasualtyAssessed':
    case 'CasualtyInvestigationOpened':
    case 'CasualtyInvestigationConcluded':
    case 'CasualtyReviewClosed':
    case 'CasualtyReviewReopened':
      return [];
    default:
      return assertNever(event);
  }
}

function amendmentChanges(event: IncidentAmended, source: Source, zone: string): WeekChange[] {
  const { incidentId: id, previous, incident, reason } = event.data;
  const footprints = [incidentFootprint(previous, zone), incidentFootprint(incident, zone)] as const;
  return correctionChanges({ kind: 'INCIDENT', id, reason, ...source }, previous.occurredAt, incident.occurredAt, footprints, zone);
}

function activityChanges(event: ActivityEvent, source: Source, zone: string): WeekChange[] {
  const [kind, id]: [LateEntryKind, string] =
    'movementId' in event.data ? ['MOVEMENT', event.data.movementId] : ['ADVISER_ENGAGEMENT', event.data.engagementId];
  switch (event.type) {
    case 'MovementLogged':
    case 'AdviserEngagementLogged':
      return entryAt(event.data.occurredAt, { kind, id, change: 'ADDED', ...source }, zone);
    case 'MovementWithdrawn':
      return entryAt(event.data.movement.occurredAt, { kind, id, change: 'REMOVED', ...source, reason: event.data.reason }, zone);
    case 'AdviserEngagementWithdrawn':
      return entryAt(event.data.engagement.occurredAt, { kind, id, change: 'REMOVED', ...source, reason: event.data.reason }, zone);
    case 'MovementAmended':
    case 'AdviserEngagementAmended': {
      const { previous, reason } = event.data;
      const next = event.type === 'MovementAmended' ? event.data.movement : event.data.engagement;
      const footprints = [activityFootprint(previous, zone), activityFootprint(next, zone)] as const;
      return correctionChanges({ kind, id, reason, ...source }, previous.occurredAt, next.occurredAt, footprints, zone);
    }
    default:
      return assertNever(event);
  }
}

/** A correction moves an entry from one week to another, or changes what its week shows, or neither. */
function correctionChanges(
  entry: Omit<LateEntry, 'change' | 'occurredAt'>,
  before: string,
  after: string,
  [footprintBefore, footprintAfter]: readonly [string, string],
  zone: string,
): WeekChange[] {
  const [weekBefore, weekAfter] = [weekOf(before, zone), weekOf(after, zone)];
  if (weekBefore !== weekAfter) {
    return [
      { week: weekBefore, entry: { ...entry, change: 'REMOVED', occurredAt: before } },
      { week: weekAfter, entry: { ...entry, change: 'ADDED', occurredAt: after } },
    ];
  }
  if (footprintBefore === footprintAfter) return [];
  return [{ week: weekAfter, entry: { ...entry, change: 'CHANGED', occurredAt: after } }];
}
