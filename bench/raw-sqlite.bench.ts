import Database from 'better-sqlite3';
import { join } from 'node:path';
import { perSecond, type BenchSection } from './bench-section';
import { benchEvent, STREAMS } from './workload';

function openRaw(file: string): { db: Database.Database; insert: Database.Statement } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (global_position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
    stream_revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream_id, stream_revision))`);
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  return { db, insert };
}

function insertEvent(insert: Database.Statement, index: number): void {
  const event = benchEvent();
  insert.run(event.id, `incident-${index % STREAMS}`, Math.floor(index / STREAMS), event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
}

/** Plain better-sqlite3 with the same durability: the baseline the store's group commit has to beat. */
export const rawSqliteSection: BenchSection = {
  name: 'raw better-sqlite3 inserts (WAL, synchronous=FULL)',
  async run({ dir, scale, record }) {
    const perEvent = openRaw(join(dir, 'raw-per-event.sqlite'));
    const total = 1_000 * scale;
    let startedAt = process.hrtime.bigint();
    // Autocommit: one transaction, and so one fsync, per event.
    for (let i = 0; i < total; i++) insertEvent(perEvent.insert, i);
    record({ key: 'raw.per-event', label: 'raw, one transaction per event', value: perSecond(total, startedAt), unit: 'events/s', note: `${total} events` });
    perEvent.db.close();

    const batched = openRaw(join(dir, 'raw-batched.sqlite'));
    const batchedTotal = 50_000 * scale;
    const insertHundred = batched.db.transaction((from: number) => {
      for (let i = from; i < from + 100; i++) insertEvent(batched.insert, i);
    });
    startedAt = process.hrtime.bigint();
    for (let from = 0; from < batchedTotal; from += 100) insertHundred(from);
    record({ key: 'raw.batch-100', label: 'raw, 100 events per transaction', value: perSecond(batchedTotal, startedAt), unit: 'events/s', note: `${batchedTotal} events` });
    batched.db.close();
  },
};
