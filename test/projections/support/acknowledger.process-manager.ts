import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../../libs/event-store/src';
import { deterministicId } from '../../../libs/platform/src/ids';
import { EventProcessManager, type ProcessManager } from '../../../libs/projections/src';

/** Answers every RequestMade with a RequestAcknowledged in a stream of its own, under an id derived from the request. */
@EventProcessManager()
@Injectable()
export class AcknowledgerProcessManager implements ProcessManager {
  readonly name = 'acknowledger';
  handled = 0;
  /** A request it fails on: as a bug would (TypeError), or as an unreachable store would. */
  failOn?: { eventId: string; error: Error };
  failures = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type !== 'RequestMade') return;
    if (event.id === this.failOn?.eventId) {
      this.failures += 1;
      throw this.failOn.error;
    }
    this.handled += 1;
    const acknowledgement = {
      id: deterministicId('acknowledgement', event.id),
      type: 'RequestAcknowledged',
      data: { request: event.id },
      metadata: { ...event.metadata, causationId: event.id },
    };
    await this.store.appendToStream(`acknowledgement-${event.id}`, [acknowledgement], { expectedRevision: 'no_stream' });
  }
}
