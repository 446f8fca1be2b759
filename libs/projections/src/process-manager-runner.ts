import type Database from 'better-sqlite3';
import type { EventStore, RecordedEvent } from '../../event-store/src';
import type { ProcessManager } from './projection';
import { isCausedByTheEvent, Quarantine } from './quarantine';
import type { Checkpoints } from './read-model-database';
import { SubscriptionRunner } from './subscription-runner';

/**
 * A reaction's commands may meet a passing conflict (another instance writing the same stream), so an event is
 * quarantined only once it has failed this many times in a row, each after the runner's backoff.
 */
const ATTEMPTS_BEFORE_QUARANTINE = 3;

/**
 * Feeds committed events to a process manager one at a time and moves its checkpoint only after the handler's
 * commands are durable. A crash in between means the event is handled again, which its idempotent commands allow.
 * An event the handler can never handle is quarantined, so it does not hold up every reaction after it.
 */
export class ProcessManagerRunner extends SubscriptionRunner {
  private readonly quarantine: Quarantine;
  private failed?: { position: bigint; attempts: number };

  constructor(
    readonly processManager: ProcessManager,
    store: EventStore,
    private readonly db: Database.Database,
    private readonly checkpoints: Checkpoints,
  ) {
    super(processManager.name, 'process-manager', store, checkpoints.read(processManager.name)?.position ?? 0n);
    this.quarantine = new Quarantine(db);
  }

  protected async onEvent(event: RecordedEvent): Promise<void> {
    try {
      await this.processManager.handle(event);
      this.checkpoints.write(this.name, event.position, 1);
    } catch (error) {
      // The store being unavailable is no fault of the event: the run starts again from the checkpoint.
      if (!isCausedByTheEvent(error)) throw error;
      const attempts = this.failed?.position === event.position ? this.failed.attempts + 1 : 1;
      this.failed = { position: event.position, attempts };
      if (attempts < ATTEMPTS_BEFORE_QUARANTINE) throw error;
      this.db.transaction(() => {
        this.quarantine.record(this.name, event, error);
        this.checkpoints.write(this.name, event.position, 1);
      })();
      this.logger.error(`quarantined ${event.type} at position ${event.position}: ${(error as Error).message}`);
    }
    this.advanceTo(event.position);
  }
}
