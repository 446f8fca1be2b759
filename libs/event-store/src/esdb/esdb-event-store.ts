import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  START,
  type AllStreamResolvedEvent,
  type JSONType,
  type ReadAllOptions as ClientReadAllOptions,
} from '@eventstore/db-client';
import { validateAppend } from '../append-validation';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../event-store.errors';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port';
import { toStoreError } from './esdb-errors';
import { isSystemEvent, toRecordedEvent } from './esdb-events';
import { resubscribingSubscription, type ResubscribePolicy, type SubscriptionLogger } from './esdb-subscription';

export interface EsdbEventStoreOptions {
  /**
   * How long an append or a ping may go unanswered before it fails as unavailable. Batch appends run on a
   * long-lived stream the client gives no deadline, so the store keeps its own. Defaults to the connection
   * string's `defaultDeadline`, else 10 s.
   */
  operationTimeoutMs?: number;
  resubscribe?: ResubscribePolicy;
  logger?: SubscriptionLogger;
}

/** Events read per request when paging through $all. */
const PAGE_SIZE = 500;
/** Events read per request when looking back from the end for the last application event. */
const HEAD_PAGE_SIZE = 32;

/**
 * The event store port on EventStoreDB/KurrentDB through `@eventstore/db-client`: for deployments that outgrow
 * one machine. Streams, revisions and expected revisions map one to one; the port's position is the commit
 * position; system events are invisible, as the application has none.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly timeoutMs: number;
  private readonly resubscribe: ResubscribePolicy;
  private readonly subscriptions = new Set<AllSubscription>();
  private closed = false;

  constructor(
    connectionString: string,
    private readonly options: EsdbEventStoreOptions = {},
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.timeoutMs = options.operationTimeoutMs ?? defaultDeadlineOf(connectionString) ?? 10_000;
    this.resubscribe = options.resubscribe ?? { initialDelayMs: 100, maxDelayMs: 5_000 };
  }

  async appendToStream(streamId: string, events: NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events);
    const proposed = events.map((event) =>
      jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: event.metadata }),
    );
    let result;
    try {
      result = await this.withTimeout(
        this.client.appendToStream(streamId, proposed, { expectedRevision }),
        // The append may still land: retrying with the same event ids is safe, as the server recognises them.
        `append to ${streamId}; it may or may not have been written`,
      );
    } catch (error) {
      throw toStoreError(error, streamId, expectedRevision);
    }
    if (!result.success) {
      // Only with throwOnAppendFailure=false in the connection string: report it like the default does.
      throw new WrongExpectedRevisionError(streamId, expectedRevision, (await this.currentRevision(streamId)) ?? 'no_stream');
    }
    // An idempotent repeat may come back without a position: the last event of the batch has it.
    const position = result.position?.commit ?? (await this.positionOf(streamId, result.nextExpectedRevision));
    return { nextExpectedRevision: result.nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : START),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read) events.push(toRecordedEvent(resolved));
    } catch (error) {
      throw toStoreError(error, streamId);
    }
    return events;
  }

  /** Pages forwards through $all from the position, skipping system events, until maxCount events or the end. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    const events: RecordedEvent[] = [];
    let cursor = options.after;
    while (events.length < limit) {
      // The server reads from a position inclusively: one more than needed covers the event at the cursor.
      const pageSize = Math.min(PAGE_SIZE, limit - events.length + 1);
      const page = await this.readAllPage({
        direction: FORWARDS,
        fromPosition: cursor === undefined ? START : { commit: cursor, prepare: cursor },
        maxCount: pageSize,
      });
      for (const resolved of page) {
        const position = resolved.event?.position.commit;
        if (position === undefined || (cursor !== undefined && position <= cursor)) continue;
        cursor = position;
        if (!isSystemEvent(resolved.event!) && events.length < limit) events.push(toRecordedEvent(resolved));
      }
      if (page.length < pageSize) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    const subscription = resubscribingSubscription(
      (after) =>
        this.client.subscribeToAll({
          fromPosition: after === undefined ? START : { commit: after, prepare: after },
          filter: excludeSystemEvents(),
        }),
      options.after,
      this.resubscribe,
      this.options.logger,
    );
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  /** Looks back from the end of $all, a page at a time, for the last event that is not the server's own. */
  async headPosition(): Promise<bigint> {
    this.assertOpen();
    let cursor: bigint | undefined;
    for (;;) {
      const page = await this.readAllPage({
        direction: BACKWARDS,
        fromPosition: cursor === undefined ? END : { commit: cursor, prepare: cursor },
        maxCount: HEAD_PAGE_SIZE,
      });
      for (const resolved of page) {
        const event = resolved.event;
        if (!event || (cursor !== undefined && event.position.commit >= cursor)) continue;
        if (!isSystemEvent(event)) return event.position.commit;
        cursor = event.position.commit;
      }
      if (page.length < HEAD_PAGE_SIZE) return 0n;
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.withTimeout(this.readAllPage({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }), 'ping');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    this.subscriptions.clear();
    await this.client.dispose();
  }

  /** Reads one whole page: leaving a read half-consumed would leave its call open on the server. */
  private async readAllPage(options: ClientReadAllOptions): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll(options)) page.push(resolved);
    } catch (error) {
      throw toStoreError(error);
    }
    return page;
  }

  private async currentRevision(streamId: string): Promise<bigint | undefined> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 }).catch(() => []);
    return last?.revision;
  }

  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new EventStoreUnavailableError(`Event ${revision} of ${streamId} was acknowledged but cannot be read`);
    return event.position;
  }

  private withTimeout<T>(operation: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new EventStoreUnavailableError(`EventStoreDB did not answer within ${this.timeoutMs} ms: ${what}`)),
        this.timeoutMs,
      );
    });
    return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
  }
}

/** The `defaultDeadline` option of a connection string (keys are case-insensitive there). */
function defaultDeadlineOf(connectionString: string): number | undefined {
  const query = connectionString.split('?')[1];
  if (!query) return undefined;
  for (const [key, value] of new URLSearchParams(query)) {
    if (key.toLowerCase() === 'defaultdeadline' && Number(value) > 0) return Number(value);
  }
  return undefined;
}
