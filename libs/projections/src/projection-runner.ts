import type Database from 'better-sqlite3';
import type { EventStore, RecordedEvent } from '../../event-store/src';
import type { Projection } from './projection';
import { isCausedByTheEvent, Quarantine } from './quarantine';
import type { Checkpoints } from './read-model-database';
import { SubscriptionRunner } from './subscription-runner';

/** Events applied per transaction at most: large enough for fast replay, small enough to keep the loop responsive. */
const MAX_BATCH = 1000;

/**
 * Applies events to one projection in batches, each batch with its checkpoint in one transaction. An event the
 * projection cannot apply is quarantined in that transaction, so one odd event never stops the read model.
 */
export class ProjectionRunner extends SubscriptionRunner {
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;
  private readonly quarantine: Quarantine;
  /** One event in a savepoint of the batch's transaction: a failure takes back that event's writes only. */
  private readonly applyOne: (event: RecordedEvent) => void;

  constructor(
    readonly projection: Projection,
    store: EventStore,
    private readonly db: Database.Database,
    private readonly checkpoints: Checkpoints,
  ) {
    super(projection.name, 'projection', store, checkpoints.read(projection.name)?.position ?? 0n);
    this.quarantine = new Quarantine(db);
    this.applyOne = db.transaction((event: RecordedEvent) => projection.apply(event, db));
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
      for (const event of batch) if (event.position > stored) this.applyOrQuarantine(event);
      this.checkpoints.write(this.projection.name, last, this.projection.version);
    }).immediate();
  }

  private applyOrQuarantine(event: RecordedEvent): void {
    try {
      this.applyOne(event);
    } catch (error) {
      // The database failing is no fault of the event: the whole batch is tried again.
      if (!isCausedByTheEvent(error)) throw error;
      this.quarantine.record(this.projection.name, event, error);
      this.logger.error(`quarantined ${event.type} at position ${event.position}: ${(error as Error).message}`);
    }
  }

  /** Empties the projection's tables, its quarantine and its checkpoint, in one transaction. */
  reset(): void {
    this.db.transaction(() => {
      this.projection.reset(this.db);
      this.quarantine.clear(this.projection.name);
      this.projection.setUp(this.db);
      this.checkpoints.write(this.projection.name, 0n, this.projection.version);
    })();
    this.buffer = [];
    this.checkpoint = 0n;
  }
}
