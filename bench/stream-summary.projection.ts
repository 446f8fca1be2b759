import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../libs/event-store/src';
import { ReadModelProjection, type Projection } from '../libs/projections/src';

/** A read model of typical weight for replay: one upsert per event, keyed by stream. */
@ReadModelProjection()
@Injectable()
export class StreamSummaryProjection implements Projection {
  readonly name = 'bench-stream-summary';
  readonly version = 1;
  private upsert?: Database.Statement;

  setUp(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS bench_stream_summary (
      stream_id TEXT PRIMARY KEY, events INTEGER NOT NULL, last_type TEXT NOT NULL, last_location TEXT NOT NULL)`);
    this.upsert = db.prepare(`INSERT INTO bench_stream_summary (stream_id, events, last_type, last_location) VALUES (?, 1, ?, ?)
      ON CONFLICT (stream_id) DO UPDATE SET events = events + 1, last_type = excluded.last_type, last_location = excluded.last_location`);
  }

  reset(db: Database.Database): void {
    this.upsert = undefined;
    db.exec('DROP TABLE IF EXISTS bench_stream_summary');
  }

  apply(event: RecordedEvent): void {
    this.upsert?.run(event.streamId, event.type, String(event.data.location));
  }
}
