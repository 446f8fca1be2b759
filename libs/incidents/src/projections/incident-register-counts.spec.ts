import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { RecordedEvent } from '../../../event-store/src';
import { INCIDENT_CATEGORIES, type IncidentEvent, type IncidentFacts } from '../incident.events';
import { MISSIONS } from '../../../shared-kernel/src';
import { RegisterCounter, type CountFilter } from './incident-register-counts';
import { IncidentRegisterProjection } from './incident-register.projection';

const START = Date.UTC(2024, 0, 1);
const instant = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const minutes = fc.integer({ min: 0, max: 60 * 24 * 20 });

const incident = fc.record({
  category: fc.constantFrom(...INCIDENT_CATEGORIES.filter((category) => category !== 'USE_OF_FORCE')),
  mission: fc.constantFrom(...MISSIONS),
  occurredAt: minutes,
  movedTo: fc.option(minutes),
  closed: fc.boolean(),
});

type IncidentSpec = { category: string; mission: string; occurredAt: number; movedTo: number | null; closed: boolean };

const filter = fc.record(
  {
    category: fc.constantFrom(...INCIDENT_CATEGORIES),
    mission: fc.constantFrom(...MISSIONS),
    status: fc.constantFrom('REPORTED', 'CLOSED'),
    from: minutes.map(instant),
    to: minutes.map(instant),
  },
  { requiredKeys: [] },
);

function recorded(position: number, revision: number, event: IncidentEvent): RecordedEvent {
  const metadata = { commandId: 'c', correlationId: 'c', causationId: 'c', userId: 'u', role: 'operations', recordedAt: instant(0), schemaVersion: 1 };
  return { id: `e${position}`, streamId: `incident-${position}`, revision: BigInt(revision), position: BigInt(position), type: event.type, data: event.data, metadata } as RecordedEvent;
}

/** Applies reports, amendments that move an incident in time, and closures, as the runtime would. */
function registerOf(incidents: Array<IncidentSpec>): Database.Database {
  const db = new Database(':memory:');
  const projection = new IncidentRegisterProjection();
  projection.setUp(db);
  let position = 0;
  incidents.forEach((spec, index) => {
    const incidentId = `i${index}`;
    // Details do not matter to the register's counts.
    const facts = { category: spec.category, mission: spec.mission, occurredAt: instant(spec.occurredAt), location: { name: 'x' }, summary: 's', severity: 1, details: {} } as IncidentFacts;
    projection.apply(recorded(++position, 0, { type: 'IncidentReported', data: { incidentId, reportedAt: instant(0), ...facts } as never }), db);
    let revision = 0;
    if (spec.movedTo !== null) {
      const moved = { ...facts, occurredAt: instant(spec.movedTo) } as IncidentFacts;
      const data = { incidentId, amendedAt: instant(0), reason: 'r', changedFields: ['occurredAt' as const], previous: facts, incident: moved };
      projection.apply(recorded(++position, ++revision, { type: 'IncidentAmended', data }), db);
    }
    if (spec.closed) projection.apply(recorded(++position, ++revision, { type: 'IncidentClosed', data: { incidentId, closedAt: instant(0), reason: 'r' } }), db);
  });
  return db;
}

function countedRowByRow(db: Database.Database, filter: CountFilter): number {
  const conditions = Object.entries(filter).map(([name]) => (name === 'from' ? 'occurred_at >= @from' : name === 'to' ? 'occurred_at < @to' : `${name} = @${name}`));
  return db.prepare(`SELECT COUNT(*) FROM incident_register ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`).pluck().get(filter) as number;
}

describe('incident register counts', () => {
  it('equal a row-by-row count for any filter, after reports, moves and closures', () => {
    fc.assert(
      fc.property(fc.array(incident, { maxLength: 60 }), fc.array(filter, { minLength: 1, maxLength: 10 }), (incidents, filters) => {
        const db = registerOf(incidents);
        const counter = new RegisterCounter(db);
        for (const chosen of filters) expect([chosen, counter.count(chosen)]).toEqual([chosen, countedRowByRow(db, chosen)]);
        db.close();
      }),
      { numRuns: 200 },
    );
  });

  it('counts a range that starts and ends on midnight from whole days only', () => {
    const db = registerOf([{ category: 'OTHER', mission: 'NMI', occurredAt: 60 * 24, movedTo: null, closed: false }]);
    expect(new RegisterCounter(db).count({ from: instant(60 * 24), to: instant(60 * 48) })).toBe(1);
    expect(new RegisterCounter(db).count({ from: instant(60 * 24 + 1), to: instant(60 * 48) })).toBe(0);
  });
});
