import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../event-store/src';
import { EventHistoryTable, ReadModelProjection, type Projection } from '../../../projections/src';
import { assertNever } from '../../../platform/src/decider';
import { ACTIVITY_EVENTS, type AdviserEngagement, type Movement } from '../activity.events';

/*
 * Table (readable by the reporting context, e.g. counts by week and mission):
 *   activity_log(id PK, kind MOVEMENT|ADVISER_ENGAGEMENT, status LOGGED|WITHDRAWN, revision, occurred_at (UTC ISO),
 *     mission, advisers_escorted (0 for engagements), destination, counterpart, topic, logged_at, logged_by)
 *   indexed on (kind, occurred_at) and (kind, mission, occurred_at); activity_history holds every event.
 */

export const ACTIVITY_KINDS = ['MOVEMENT', 'ADVISER_ENGAGEMENT'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_STATUSES = ['LOGGED', 'WITHDRAWN'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_HISTORY = new EventHistoryTable('activity_history');

/** The columns an activity's facts fill: what does not apply to its kind stays empty. */
function columns(facts: Movement | AdviserEngagement) {
  const movement = 'destination' in facts ? facts : undefined;
  const engagement = 'counterpart' in facts ? facts : undefined;
  return {
    occurredAt: facts.occurredAt,
    mission: facts.mission,
    advisersEscorted: movement?.advisersEscorted ?? 0,
    destination: movement?.destination ?? null,
    counterpart: engagement?.counterpart ?? null,
    topic: engagement?.topic ?? null,
  };
}

/** One row per movement and adviser engagement, as it stands after its corrections, and its history. */
@ReadModelProjection()
@Injectable()
export class ActivityLogProjection implements Projection {
  readonly name = 'activity-log';
  /** 2: status, revision and history, for corrections and withdrawals. */
  readonly version = 2;
  private statements?: ReturnType<typeof prepare>;

  setUp(db: Database.Database): void {
    db.exec(`
      CREATE TABLE IF NOT EXISTS activity_log (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, revision INTEGER NOT NULL, occurred_at TEXT NOT NULL,
        mission TEXT NOT NULL, advisers_escorted INTEGER NOT NULL, destination TEXT, counterpart TEXT, topic TEXT,
        logged_at TEXT NOT NULL, logged_by TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS activity_log_kind ON activity_log (kind, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS activity_log_mission ON activity_log (kind, mission, occurred_at DESC, id DESC);
      ${ACTIVITY_HISTORY.createSql}
    `);
    this.statements = undefined;
  }

  reset(db: Database.Database): void {
    db.exec(`DROP TABLE IF EXISTS activity_log; ${ACTIVITY_HISTORY.dropSql}`);
  }

  apply(event: RecordedEvent, db: Database.Database): void {
    if (!ACTIVITY_EVENTS.has(event)) return;
    const sql = (this.statements ??= prepare(db));
    const revision = Number(event.revision);
    const [id, kind]: [string, ActivityKind] =
      'movementId' in event.data ? [event.data.movementId, 'MOVEMENT'] : [event.data.engagementId, 'ADVISER_ENGAGEMENT'];
    switch (event.type) {
      case 'MovementLogged':
      case 'AdviserEngagementLogged': {
        const { loggedAt } = event.data;
        sql.logged.run({ ...columns(event.data), id, kind, revision, loggedAt, loggedBy: event.metadata.userId });
        break;
      }
      case 'MovementAmended':
        sql.amended.run({ ...columns(event.data.movement), id, revision });
        break;
      case 'AdviserEngagementAmended':
        sql.amended.run({ ...columns(event.data.engagement), id, revision });
        break;
      case 'MovementWithdrawn':
      case 'AdviserEngagementWithdrawn':
        sql.withdrawn.run({ id, revision });
        break;
      default:
        assertNever(event);
    }
    sql.history(id, event, event.data);
  }
}

function prepare(db: Database.Database) {
  return {
    logged: db.prepare(
      `INSERT OR REPLACE INTO activity_log (id, kind, status, revision, occurred_at, mission, advisers_escorted, destination, counterpart, topic,
         logged_at, logged_by)
       VALUES (@id, @kind, 'LOGGED', @revision, @occurredAt, @mission, @advisersEscorted, @destination, @counterpart, @topic, @loggedAt, @loggedBy)`,
    ),
    amended: db.prepare(
      `UPDATE activity_log SET revision = @revision, occurred_at = @occurredAt, mission = @mission, advisers_escorted = @advisersEscorted,
         destination = @destination, counterpart = @counterpart, topic = @topic WHERE id = @id`,
    ),
    withdrawn: db.prepare(`UPDATE activity_log SET status = 'WITHDRAWN', revision = @revision WHERE id = @id`),
    history: ACTIVITY_HISTORY.writer(db),
  };
}
