import type Database from 'better-sqlite3';
import { EventStoreError, type RecordedEvent } from '../../event-store/src';

/** An event a projection or process manager could not handle, set aside so it keeps serving everything else. */
export interface QuarantinedEvent {
  position: string;
  eventId: string;
  eventType: string;
  error: string;
}

/*
 * Failures of the databases themselves (the store unavailable, a read model busy or full): the same event may
 * well be handled once they pass, so it is tried again. Anything else a handler throws (a TypeError, a constraint,
 * an integer overflow) comes from the event and would fail the same way forever. SQLite's primary result codes;
 * extended ones share the prefix.
 */
const TRANSIENT_SQLITE_CODES = [
  'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_NOMEM', 'SQLITE_READONLY', 'SQLITE_INTERRUPT', 'SQLITE_IOERR', 'SQLITE_CORRUPT',
  'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_PROTOCOL', 'SQLITE_NOTADB',
];

export function isCausedByTheEvent(error: unknown): boolean {
  if (error instanceof EventStoreError) return false;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return true;
  return !TRANSIENT_SQLITE_CODES.some((transient) => code === transient || code.startsWith(`${transient}_`));
}

export const QUARANTINE_SCHEMA = `CREATE TABLE IF NOT EXISTS quarantined_events (
  projection TEXT NOT NULL, position INTEGER NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, error TEXT NOT NULL,
  PRIMARY KEY (projection, position))`;

/** The quarantined events of every projection, in the read-model database next to their checkpoints. */
export class Quarantine {
  private readonly insert;
  private readonly select;
  private readonly remove;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      'INSERT OR REPLACE INTO quarantined_events (projection, position, event_id, event_type, error) VALUES (?, ?, ?, ?, ?)',
    );
    this.select = db
      .prepare(
        `SELECT CAST(position AS TEXT) AS position, event_id AS eventId, event_type AS eventType, error
         FROM quarantined_events WHERE projection = ? ORDER BY position`,
      )
      .safeIntegers(true);
    this.remove = db.prepare('DELETE FROM quarantined_events WHERE projection = ?');
  }

  record(projection: string, event: RecordedEvent, error: unknown): void {
    this.insert.run(projection, event.position, event.id, event.type, error instanceof Error ? error.message : String(error));
  }

  list(projection: string): QuarantinedEvent[] {
    return this.select.all(projection) as QuarantinedEvent[];
  }

  /** A rebuild tries every event again, those set aside included. */
  clear(projection: string): void {
    this.remove.run(projection);
  }
}
