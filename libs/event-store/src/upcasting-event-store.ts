import type { AllSubscription, EventStore, ReadAllOptions, ReadStreamOptions, RecordedEvent } from './event-store.port';
import type { EventSchemas } from './upcasting';

/** Wraps any store so that every reader, whatever the engine, sees events in their current schema version. */
export class UpcastingEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly schemas: EventSchemas,
  ) {}

  appendToStream: EventStore['appendToStream'] = (streamId, events, options) =>
    this.inner.appendToStream(streamId, events, options);

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(streamId, options)).map((event) => this.schemas.upcast(event));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.schemas.upcast(event));
  }

  subscribeToAll: EventStore['subscribeToAll'] = (options) => {
    const subscription = this.inner.subscribeToAll(options);
    const schemas = this.schemas;
    async function* upcasted(): AsyncGenerator<RecordedEvent> {
      for await (const event of subscription) yield schemas.upcast(event);
    }
    const iterator = upcasted();
    const result: AllSubscription = {
      [Symbol.asyncIterator]: () => iterator,
      close: () => subscription.close(),
    };
    return result;
  };

  /** The events exactly as stored, for backups: an export must not rewrite old events into the current shape. */
  get storedEvents(): EventStore {
    return this.inner;
  }

  headPosition = () => this.inner.headPosition();
  ping = () => this.inner.ping();
  close = () => this.inner.close();
}

/** The store beneath any upcasting, for reading events exactly as they were written. */
export function withoutUpcasting(store: EventStore): EventStore {
  return store instanceof UpcastingEventStore ? store.storedEvents : store;
}
