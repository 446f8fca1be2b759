import type { EventStore, RecordedEvent } from '../../event-store/src';
import type { ProcessManager } from './projection';
import type { Checkpoints } from './read-model-database';
import { SubscriptionRunner } from './subscription-runner';

/**
 * Feeds committed events to a process manager one at a time and moves its checkpoint only after the handler's
 * commands are durable. A crash in between means the event is handled again, which its idempotent commands allow.
 */
export class ProcessManagerRunner extends SubscriptionRunner {
  constructor(
    readonly processManager: ProcessManager,
    store: EventStore,
    private readonly checkpoints: Checkpoints,
  ) {
    super(processManager.name, 'process-manager', store, checkpoints.read(processManager.name)?.position ?? 0n);
  }

  protected async onEvent(event: RecordedEvent): Promise<void> {
    await this.processManager.handle(event);
    this.checkpoints.write(this.name, event.position, 1);
    this.advanceTo(event.position);
  }
}
