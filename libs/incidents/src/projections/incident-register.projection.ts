import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../event-store/src';
import { ReadModelProjection, type Projection } from '../../../projections/src';
import { DAILY_TABLE, DailyCounts } from './incident-register-counts';
import { assertNever } from '../../../platform/src/decider';
import { INCIDENT_EVENTS, type IncidentFacts } from '../incident.events';

/*
 * Tables (readable by other contexts):
 *   incident_register(id PK, category, mission, status REPORTED|CLOSED, occurred_at (UTC ISO), location_name,
 *     facts_json (IncidentFacts), reported_at, closed_at, revision)
 *   incident_history(incident_id, revision, type, at, user_id, role, reason, changes_json) PK(incident_id, revision)
 *     changes_json: the reported facts for a report, {field: {from, to}} for an amendment, null for a closure.
 *   incident_register_daily: counts per category, mission, status and UTC day (see incident-register-counts.ts).
 */

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  return {
    report: db.prepare(
      `INSERT OR REPLACE INTO incident_register (id, category, mission, status, occurred_at, location_name, facts_json, reported_at, revision)
       VALUES (@id, @category, @mission, 'REPORTED', @occurredAt, @locationName, @facts, @at, @revision)`,
    ),
    amend: db.prepare(
      `UPDATE incident_register SET category = @category, mission = @mission, occurred_at = @occurredAt,
       location_name = @locationName, facts_json = @facts, revision = @revision WHERE id = @id`,
    ),
    close: db.prepare(`UPDATE incident_register SET status = 'CLOSED', closed_at = @at, revision = @revision WHERE id = @id`),
    current: db.prepare('SELECT category, mission, status, occurred_at AS occurredAt FROM incident_register WHERE id = ?'),
    daily: new DailyCounts(db),
    history: db.prepare(
      `INSERT OR REPLACE INTO incident_history (incident_id, revision, type, at, user_id, role, reason, changes_json)
       VALUES (@id, @revision, @type, @at, @userId, @role, @reason, @changes)`,
    ),
  };
}

function factColumns(facts: IncidentFacts) {
  return { category: facts.category, mission: facts.mission, occurredAt: facts.occurredAt, locationName: facts.location.name, facts: JSON.stringify(facts) };
}

/** The incident register (newest first, filtered) and each incident's history. */
@ReadModelProjection()
@Injectable()
export class IncidentRegisterProjection implements Projection {
  readonly name = 'incident-register';
  readonly version = 3;
  private statements?: Statements;

  setUp(db: Database.Database): void {
    db.exec(`
      CREATE TABLE IF NOT EXISTS incident_register (
        id TEXT PRIMARY KEY, category TEXT NOT NULL, mission TEXT NOT NULL, status TEXT NOT NULL,
        occurred_at TEXT NOT NULL, location_name TEXT NOT NULL, facts_json TEXT NOT NULL,
        reported_at TEXT NOT NULL, closed_at TEXT, revision INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS incident_register_occurred ON incident_register (occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_category ON incident_register (category, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_mission ON incident_register (mission, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_category_mission ON incident_register (category, mission, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_category_status ON incident_register (category, status, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_mission_status ON incident_register (mission, status, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_all ON incident_register (category, mission, status, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS incident_register_status ON incident_register (status, occurred_at DESC, id DESC);
      CREATE TABLE IF NOT EXISTS incident_history (
        incident_id TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
        user_id TEXT NOT NULL, role TEXT NOT NULL, reason TEXT, changes_json TEXT,
        PRIMARY KEY (incident_id, revision));
    `);
    db.exec(DAILY_TABLE);
    this.statements = prepare(db);
  }

  reset(db: Database.Database): void {
    db.exec('DROP TABLE IF EXISTS incident_register; DROP TABLE IF EXISTS incident_history; DROP TABLE IF EXISTS incident_register_daily;');
    this.statements = undefined;
  }

  apply(recorded: RecordedEvent, db: Database.Database): void {
    if (!INCIDENT_EVENTS.has(recorded)) return;
    const statements = (this.statements ??= prepare(db));
    const revision = Number(recorded.revision);
    const who = { id: recorded.data.incidentId, revision, type: recorded.type, at: recorded.metadata.recordedAt, userId: recorded.metadata.userId, role: recorded.metadata.role };
    switch (recorded.type) {
      case 'IncidentReported':
      case 'UseOfForceReported': {
        const { incidentId: _id, reportedAt, ...facts } = recorded.data;
        statements.report.run({ id: recorded.data.incidentId, ...factColumns(facts), at: reportedAt, revision });
        statements.daily.move(undefined, { ...facts, status: 'REPORTED' });
        return void statements.history.run({ ...who, reason: null, changes: JSON.stringify(facts) });
      }
      case 'IncidentAmended': {
        const { incident, previous, changedFields, reason } = recorded.data;
        statements.amend.run({ id: recorded.data.incidentId, ...factColumns(incident), revision });
        statements.daily.move({ ...previous, status: 'REPORTED' }, { ...incident, status: 'REPORTED' });
        const changes = Object.fromEntries(changedFields.map((field) => [field, { from: previous[field], to: incident[field] }]));
        return void statements.history.run({ ...who, reason, changes: JSON.stringify(changes) });
      }
      case 'IncidentClosed': {
        const current = statements.current.get(recorded.data.incidentId) as { category: string; mission: string; status: string; occurredAt: string };
        statements.close.run({ id: recorded.data.incidentId, at: recorded.data.closedAt, revision });
        statements.daily.move(current, { ...current, status: 'CLOSED' });
        return void statements.history.run({ ...who, reason: recorded.data.reason, changes: null });
      }
      default:
        return assertNever(recorded);
    }
  }

}
