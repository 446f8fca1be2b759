import Database from 'better-sqlite3';
import { join } from 'node:path';
import { perSecond, type BenchSection } from './bench-section';
import { benchEvent, STREAMS } from './workload';

function openRaw(file: string): { db: Database.Database; insert: Database.Statement } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS events (global_position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
    stream_revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, UNIQUE (stream_id, stream_revision))`);
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  return { db, insert };
}

function insertEvent(insert: Database.Statement, index: number): void {
  const event = benchEvent();
  insert.run(event.id, `incident-${index % STREAMS}`, Math.floor(index / STREAMS), event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
}

/** Plain better-sqlite3 with the store's durability, autocommit: one transaction, and so one fsync, per event. */
export function rawOneTransactionPerEvent(file: string, total: number): number {
  const { db, insert } = openRaw(file);
  const startedAt = process.hrtime.bigint();
  for (let i = 0; i < total; i++) insertEvent(insert, i);
  const rate = perSecond(total, startedAt);
  db.close();
  return rate;
}

/** For orientation: what batching alone buys, 100 events per transaction. */
export const rawBatchedSection: BenchSection = {
  name: 'raw better-sqlite3, 100 events per transaction (WAL, synchronous=FULL), for orientation',
  async run({ dir, scale, record }) {
    const { db, insert } = openRaw(join(dir, 'raw-batched.sqlite'));
    const total = 50_000 * scale;
    const insertHundred = db.transaction((from: number) => {
      for (let i = from; i < from + 100; i++) insertEvent(insert, i);
    });
    const startedAt = process.hrtime.bigint();
    for (let from = 0; from < total; from += 100) insertHundred(from);
    record({ key: 'raw.batch-100', label: 'raw, 100 events per transaction', value: perSecond(total, startedAt), unit: 'events/s', note: `${total} events` });
    db.close();
  },
};
