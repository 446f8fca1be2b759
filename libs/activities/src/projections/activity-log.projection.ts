import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../event-store/src';
import { ReadModelProjection, type Projection } from '../../../projections/src';
import type { ActivityEvent } from '../activity.events';

/*
 * Table (readable by the reporting context, e.g. counts by week and mission):
 *   activity_log(id PK, kind MOVEMENT|ADVISER_ENGAGEMENT, occurred_at (UTC ISO), mission,
 *     advisers_escorted (0 for engagements), destination, counterpart, topic, logged_at, logged_by)
 *   indexed on (kind, occurred_at) and (kind, mission, occurred_at).
 */

export const ACTIVITY_KINDS = { MovementLogged: 'MOVEMENT', AdviserEngagementLogged: 'ADVISER_ENGAGEMENT' } as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[keyof typeof ACTIVITY_KINDS];

/** One row per movement and adviser engagement. */
@ReadModelProjection()
@Injectable()
export class ActivityLogProjection implements Projection {
  readonly name = 'activity-log';
  readonly version = 1;
  private insert?: Database.Statement;

  setUp(db: Database.Database): void {
    db.exec(`
      CREATE TABLE IF NOT EXISTS activity_log (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, occurred_at TEXT NOT NULL, mission TEXT NOT NULL,
        advisers_escorted INTEGER NOT NULL, destination TEXT, counterpart TEXT, topic TEXT,
        logged_at TEXT NOT NULL, logged_by TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS activity_log_kind ON activity_log (kind, occurred_at DESC, id DESC);
      CREATE INDEX IF NOT EXISTS activity_log_mission ON activity_log (kind, mission, occurred_at DESC, id DESC);
    `);
    this.insert = undefined;
  }

  reset(db: Database.Database): void {
    db.exec('DROP TABLE IF EXISTS activity_log');
  }

  apply(recorded: RecordedEvent, db: Database.Database): void {
    if (!(recorded.type in ACTIVITY_KINDS)) return;
    this.insert ??= db.prepare(
      `INSERT OR REPLACE INTO activity_log (id, kind, occurred_at, mission, advisers_escorted, destination, counterpart, topic, logged_at, logged_by)
       VALUES (@id, @kind, @occurredAt, @mission, @advisersEscorted, @destination, @counterpart, @topic, @loggedAt, @loggedBy)`,
    );
    const event = recorded as unknown as ActivityEvent;
    const common = { kind: ACTIVITY_KINDS[event.type], occurredAt: event.data.occurredAt, mission: event.data.mission, loggedAt: event.data.loggedAt, loggedBy: recorded.metadata.userId };
    if (event.type === 'MovementLogged') {
      const { movementId, destination, advisersEscorted } = event.data;
      this.insert.run({ ...common, id: movementId, advisersEscorted, destination, counterpart: null, topic: null });
    } else {
      const { engagementId, counterpart, topic } = event.data;
      this.insert.run({ ...common, id: engagementId, advisersEscorted: 0, destination: null, counterpart, topic });
    }
  }
}
