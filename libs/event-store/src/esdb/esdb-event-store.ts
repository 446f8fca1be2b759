import {
  BACKWARDS,
  END,
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
import { lastApplicationPosition, readAllAfter } from './esdb-all-reads';
import { EsdbConnection } from './esdb-client';
import { toStoreError } from './esdb-errors';
import { toRecordedEvent } from './esdb-events';
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

/**
 * The event store port on EventStoreDB/KurrentDB through `@eventstore/db-client`, for deployments that outgrow
 * one machine. Streams, revisions and expected revisions map one to one; the port's position is the commit
 * position; the server's own events ($-prefixed) are invisible, as the application writes none.
 */
export class EsdbEventStore implements EventStore {
  private readonly connection: EsdbConnection;
  private readonly timeoutMs: number;
  private readonly subscriptions = new Set<AllSubscription>();
  private closed = false;

  constructor(
    connectionString: string,
    private readonly options: EsdbEventStoreOptions = {},
  ) {
    this.connection = new EsdbConnection(connectionString);
    this.timeoutMs = options.operationTimeoutMs ?? defaultDeadlineOf(connectionString) ?? 10_000;
  }

  async appendToStream(streamId: string, events: NewEvent[], { expectedRevision }: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events);
    const proposed = events.map((event) => jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: event.metadata }));
    let result;
    try {
      result = await this.withTimeout(
        this.connection.run((client) => client.appendToStream(streamId, proposed, { expectedRevision })),
        // Retrying with the same event ids is safe: the server acknowledges them without writing twice.
        `append to ${streamId}; it may or may not have been written`,
      );
    } catch (error) {
      throw toStoreError(error, streamId, expectedRevision);
    }
    if (!result.success) {
      // Only with throwOnAppendFailure=false in the connection string: reported as the default would.
      const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 }).catch(() => []);
      throw new WrongExpectedRevisionError(streamId, expectedRevision, last?.revision ?? 'no_stream');
    }
    // An idempotent repeat may come back without a position: the last event of the batch has it.
    const position = result.position?.commit ?? (await this.positionOf(streamId, result.nextExpectedRevision));
    return { nextExpectedRevision: result.nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const readOptions = {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : START),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    } as const;
    try {
      return await this.connection.run(async (client) => {
        const events: RecordedEvent[] = [];
        for await (const resolved of client.readStream(streamId, readOptions)) events.push(toRecordedEvent(resolved));
        return events;
      });
    } catch (error) {
      throw toStoreError(error, streamId);
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return readAllAfter(this.readAllPage, options.after, options.maxCount ?? Number.POSITIVE_INFINITY);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    this.assertOpen();
    let client = this.connection.client;
    const subscription = resubscribingSubscription({
      open: (after) => {
        client = this.connection.client;
        return client.subscribeToAll({
          fromPosition: after === undefined ? START : { commit: after, prepare: after },
          filter: excludeSystemEvents(),
        });
      },
      onLost: (error) => this.connection.recover(client, error),
      after: options.after,
      policy: this.options.resubscribe ?? { initialDelayMs: 100, maxDelayMs: 5_000 },
      logger: this.options.logger,
    });
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return lastApplicationPosition(this.readAllPage);
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
    await this.connection.close();
  }

  /** One whole page: a read left half-consumed would leave its call open on the server. */
  private readonly readAllPage = async (options: ClientReadAllOptions): Promise<AllStreamResolvedEvent[]> => {
    try {
      return await this.connection.run(async (client) => {
        const page: AllStreamResolvedEvent[] = [];
        for await (const resolved of client.readAll(options)) page.push(resolved);
        return page;
      });
    } catch (error) {
      throw toStoreError(error);
    }
  };

  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new EventStoreUnavailableError(`Event ${revision} of ${streamId} was acknowledged but cannot be read`);
    return event.position;
  }

  private withTimeout<T>(operation: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      const message = `EventStoreDB did not answer within ${this.timeoutMs} ms: ${what}`;
      timer = setTimeout(() => reject(new EventStoreUnavailableError(message)), this.timeoutMs);
    });
    return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('The event store is closed');
  }
}

/** The `defaultDeadline` option of a connection string (its keys are case-insensitive). */
function defaultDeadlineOf(connectionString: string): number | undefined {
  const query = connectionString.split('?')[1];
  if (!query) return undefined;
  for (const [key, value] of new URLSearchParams(query)) {
    if (key.toLowerCase() === 'defaultdeadline' && Number(value) > 0) return Number(value);
  }
  return undefined;
}
