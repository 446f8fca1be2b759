import type { RecordedEvent } from '../../event-store/src';
import type { IncidentFacts } from '../../incidents/src/incident.events';
import { weekChangesOf } from './late-entries';

const zone = 'Europe/Amsterdam';
const metadata = { commandId: 'c', correlationId: 'c', causationId: 'c', userId: 'operations-user', role: 'operations', recordedAt: '2024-02-07T09:00:00.000Z', schemaVersion: 1 };
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({ id: 'e-1', streamId: 's', revision: 0n, position: 10n, type, data, metadata });

const drone: IncidentFacts = {
  category: 'ARMED_DRONE',
  mission: 'NMI',
  occurredAt: '2024-02-04T20:30:00.000Z', // Sunday 21:30 in Amsterdam: 2024-W05
  location: { name: 'Camp Union III' },
  summary: 'One drone shot down',
  severity: 2,
  details: { drones: 1, intercepted: 1 },
};
const amended = (previous: IncidentFacts, incident: IncidentFacts) =>
  recorded('IncidentAmended', { incidentId: 'i-1', amendedAt: metadata.recordedAt, reason: 'Debrief', changedFields: [], previous, incident });

describe('which weeks an event changes', () => {
  it('adds a reported incident, movement, engagement or CIVCAS suspicion to the week of its occurredAt', () => {
    expect(weekChangesOf(recorded('IncidentReported', { incidentId: 'i-1', ...drone }), zone)).toEqual([
      {
        week: '2024-W05',
        entry: { kind: 'INCIDENT', id: 'i-1', change: 'ADDED', occurredAt: drone.occurredAt, eventId: 'e-1', eventType: 'IncidentReported', recordedAt: metadata.recordedAt },
      },
    ]);
    expect(weekChangesOf(recorded('MovementLogged', { movementId: 'm-1', occurredAt: '2024-02-05T01:30:00+03:00' }), zone)[0]).toMatchObject({ week: '2024-W05', entry: { kind: 'MOVEMENT' } });
    expect(weekChangesOf(recorded('AdviserEngagementLogged', { engagementId: 'a-1', occurredAt: '2024-02-05T02:30:00+03:00' }), zone)[0]).toMatchObject({ week: '2024-W06' });
    expect(weekChangesOf(recorded('CasualtySuspicionReported', { reviewId: 'r-1', occurredAt: drone.occurredAt }), zone)[0]).toMatchObject({ entry: { kind: 'CASUALTY_REVIEW' } });
  });

  it('moves a corrected movement between weeks, changes its week when its counts change, and takes a withdrawn one out', () => {
    const movement = { occurredAt: '2024-02-04T20:30:00.000Z', mission: 'NMI', destination: 'Baghdad', advisersEscorted: 2 };
    const amendedTo = (corrected: Record<string, unknown>) =>
      weekChangesOf(recorded('MovementAmended', { movementId: 'm-1', reason: 'Debrief', previous: movement, movement: { ...movement, ...corrected } }), zone)
        .map(({ week, entry }) => [week, entry.kind, entry.change, entry.reason]);
    expect(amendedTo({ occurredAt: '2024-02-04T23:30:00.000Z' })).toEqual([
      ['2024-W05', 'MOVEMENT', 'REMOVED', 'Debrief'],
      ['2024-W06', 'MOVEMENT', 'ADDED', 'Debrief'],
    ]);
    expect(amendedTo({ advisersEscorted: 3 })).toEqual([['2024-W05', 'MOVEMENT', 'CHANGED', 'Debrief']]);
    // Another day of the same week, or another destination: the week's counts stay as they were.
    expect(amendedTo({ occurredAt: '2024-02-01T08:00:00.000Z', destination: 'Erbil' })).toEqual([]);
    const withdrawn = recorded('AdviserEngagementWithdrawn', { engagementId: 'a-1', reason: 'Did not happen', engagement: { occurredAt: movement.occurredAt, mission: 'NMI', counterpart: 'J7', topic: 'Drills' } });
    expect(weekChangesOf(withdrawn, zone)).toEqual([
      { week: '2024-W05', entry: expect.objectContaining({ kind: 'ADVISER_ENGAGEMENT', id: 'a-1', change: 'REMOVED', reason: 'Did not happen', occurredAt: movement.occurredAt }) },
    ]);
  });

  it('takes an incident amended into another week out of the old week and into the new one', () => {
    const changes = weekChangesOf(amended(drone, { ...drone, occurredAt: '2024-02-04T23:30:00.000Z' }), zone);
    expect(changes.map(({ week, entry }) => [week, entry.change, entry.reason])).toEqual([
      ['2024-W05', 'REMOVED', 'Debrief'],
      ['2024-W06', 'ADDED', 'Debrief'],
    ]);
  });

  it('changes the week when an amendment changes what the overview shows, and not otherwise', () => {
    expect(weekChangesOf(amended(drone, { ...drone, mission: 'OIR' }), zone)[0]).toMatchObject({ week: '2024-W05', entry: { change: 'CHANGED' } });
    expect(weekChangesOf(amended(drone, { ...drone, summary: 'Typo fixed', severity: 3 }), zone)).toEqual([]);
    expect(weekChangesOf(amended(drone, { ...drone, occurredAt: '2024-02-04T20:45:00.000Z' }), zone)).toHaveLength(1);
    const uof: IncidentFacts = {
      ...drone,
      category: 'USE_OF_FORCE',
      details: { basis: 'SELF_DEFENCE', escalation: 'WARNING', roundsFired: 0, casualtiesObserved: false, publicSummary: 'Warning given' },
    };
    expect(weekChangesOf(amended(uof, { ...uof, details: { ...uof.details, publicSummary: 'Warning given to a driver' } }), zone)).toHaveLength(1);
  });

  it('ignores closures and everything else', () => {
    expect(weekChangesOf(recorded('IncidentClosed', { incidentId: 'i-1', closedAt: metadata.recordedAt, reason: 'done' }), zone)).toEqual([]);
    expect(weekChangesOf(recorded('RiskIdentified', {}), zone)).toEqual([]);
  });
});

describe('the week an entry falls in, at the end of the week', () => {
  const weekOfReport = (occurredAt: string) => weekChangesOf(recorded('IncidentReported', { incidentId: 'i-1', ...drone, occurredAt }), zone)[0].week;

  it.each([
    ['a winter week (Monday 00:00 CET)', '2024-W05', '2024-02-04T23:00:00.000Z', '2024-W06'],
    ['the week summer time starts in (Monday 00:00 CEST)', '2024-W13', '2024-03-31T22:00:00.000Z', '2024-W14'],
    ['the week summer time ends in (Monday 00:00 CET)', '2024-W43', '2024-10-27T23:00:00.000Z', '2024-W44'],
  ])('puts a report of the last millisecond of %s in that week, and one of its end in the next', (_name, week, end, next) => {
    const at = (offsetMs: number) => new Date(Date.parse(end) + offsetMs).toISOString();
    expect([weekOfReport(at(-1)), weekOfReport(at(0)), weekOfReport(at(1))]).toEqual([week, next, next]);
  });

  it('moves an incident amended by one millisecond across the end of its week out of that week and into the next', () => {
    const changes = weekChangesOf(amended({ ...drone, occurredAt: '2024-02-04T22:59:59.999Z' }, { ...drone, occurredAt: '2024-02-04T23:00:00.000Z' }), zone);
    expect(changes.map(({ week, entry }) => [week, entry.change])).toEqual([
      ['2024-W05', 'REMOVED'],
      ['2024-W06', 'ADDED'],
    ]);
  });
});
