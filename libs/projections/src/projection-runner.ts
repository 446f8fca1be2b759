import type Database from 'better-sqlite3';
import type { EventStore, RecordedEvent } from '../../event-store/src';
import type { Projection } from './projection';
import type { Checkpoints } from './read-model-database';
import { SubscriptionRunner } from './subscription-runner';

/** Events applied per transaction at most: large enough for fast replay, small enough to keep the loop responsive. */
const MAX_BATCH = 1000;

/** Applies events to one projection in batches, each batch with its checkpoint in one transaction. */
export class ProjectionRunner extends SubscriptionRunner {
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;

  constructor(
    readonly projection: Projection,
    store: EventStore,
    private readonly db: Database.Database,
    private readonly checkpoints: Checkpoints,
  ) {
    super(projection.name, 'projection', store, checkpoints.read(projection.name)?.position ?? 0n);
  }

  protected onEvent(event: RecordedEvent): void {
    this.buffer.push(event);
    if (this.buffer.length >= MAX_BATCH) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Runs once the subscription waits for I/O: everything that arrived until then shares one transaction.
      setImmediate(() => this.flush());
    }
  }

  protected override flush(): void {
    this.flushScheduled = false;
    const batch = this.buffer;
    if (batch.length === 0) return;
    this.buffer = [];
    const last = batch[batch.length - 1].position;
    try {
      this.applyBatch(batch);
      this.advanceTo(last);
    } catch (error) {
      // The transaction kept nothing of the batch; the run starts again from the checkpoint.
      this.fail(error);
    }
  }

  /**
   * Applies the events past the stored checkpoint, read inside the same (immediate) transaction: another process
   * sharing this read-model file may have applied some of them already, and none may count twice.
   */
  applyBatch(batch: RecordedEvent[]): void {
    this.db.transaction(() => {
      const stored = this.checkpoints.read(this.projection.name)?.position ?? 0n;
      const last = batch[batch.length - 1].position;
      if (last <= stored) return;
      for (const event of batch) if (event.position > stored) this.projection.apply(event, this.db);
      this.checkpoints.write(this.projection.name, last, this.projection.version);
    }).immediate();
  }

  /** Empties the projection's tables and its checkpoint, in one transaction. */
  reset(): void {
    this.db.transaction(() => {
      this.projection.reset(this.db);
      this.projection.setUp(this.db);
      this.checkpoints.write(this.projection.name, 0n, this.projection.version);
    })();
    this.buffer = [];
    this.checkpoint = 0n;
  }
}
