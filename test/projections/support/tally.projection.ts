import { Inject, Injectable, Optional } from '@nestjs/common';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../libs/event-store/src';
import { ReadModelProjection, type Projection } from '../../../libs/projections/src';

/** The version the tally projection runs at (1 unless a test provides another). */
export const TALLY_VERSION = Symbol('TALLY_VERSION');

export interface TallyRow {
  streamId: string;
  events: number;
  lastRevision: number;
}

/**
 * A read model small enough to reason about: how many events each stream has. Counting (not upserting) makes an
 * event applied twice, or a batch half-applied, show in the numbers.
 */
@ReadModelProjection()
@Injectable()
export class TallyProjection implements Projection {
  readonly name = 'tally';
  /** An event id whose apply throws, to stand for a full disk mid-batch (or, with failAs 'bug', for an odd event). */
  failOn?: string;
  failAs: 'full disk' | 'bug' = 'full disk';
  private announceFailure?: () => void;
  private upsert?: Database.Statement;

  constructor(@Optional() @Inject(TALLY_VERSION) readonly version: number = 1) {}

  /** Resolves when apply next throws for `failOn`. */
  nextFailure(): Promise<void> {
    return new Promise((resolve) => (this.announceFailure = resolve));
  }

  /** Prepares its statement here, as the register's projections do: the table must already have this version's shape. */
  setUp(db: Database.Database): void {
    db.exec('CREATE TABLE IF NOT EXISTS tally (stream_id TEXT PRIMARY KEY, events INTEGER NOT NULL, last_revision INTEGER NOT NULL)');
    this.upsert = db.prepare(
      `INSERT INTO tally (stream_id, events, last_revision) VALUES (?, 1, ?)
       ON CONFLICT (stream_id) DO UPDATE SET events = events + 1, last_revision = excluded.last_revision`,
    );
  }

  reset(db: Database.Database): void {
    db.exec('DROP TABLE IF EXISTS tally');
  }

  apply(event: RecordedEvent): void {
    if (event.id === this.failOn) {
      this.announceFailure?.();
      if (this.failAs === 'bug') throw new TypeError(`tally cannot read ${event.id}`);
      throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    }
    this.upsert!.run(event.streamId, event.revision);
  }

  static rows(db: Database.Database): TallyRow[] {
    return db
      .prepare('SELECT stream_id AS streamId, events, last_revision AS lastRevision FROM tally ORDER BY stream_id')
      .all() as TallyRow[];
  }
}
