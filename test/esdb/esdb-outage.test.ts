import { EventStoreUnavailableError, type AllSubscription, type RecordedEvent } from '../../libs/event-store/src';
import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { idsOf, newEvents, rejectionOf, uniqueStream } from '../event-store/contract/store-under-test';
import { startLoopbackEsdb, type LoopbackEsdb } from './loopback';

/** Takes the next `count` events from a running subscription, leaving it open. */
async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  while (events.length < count) {
    const next = await iterator.next();
    if (next.done) throw new Error(`The subscription ended after ${events.length} of ${count} events`);
    events.push(next.value);
  }
  return events;
}

describe.each([
  ['single node', (server: LoopbackEsdb) => server.connectionString],
  // Few, quick rediscovery rounds: each call while the server is down waits for them to give up.
  ['gossip seeds', (server: LoopbackEsdb) => `${server.gossipConnectionString}&maxDiscoverAttempts=3&discoveryInterval=20`],
])('EsdbEventStore when the server goes away and comes back (%s)', (_name, connectionStringOf) => {
  let server: LoopbackEsdb;
  let store: EsdbEventStore;
  let subscription: AllSubscription | undefined;
  const warnings: string[] = [];

  beforeEach(async () => {
    server = await startLoopbackEsdb();
    warnings.length = 0;
    store = new EsdbEventStore(connectionStringOf(server), {
      resubscribe: { initialDelayMs: 20, maxDelayMs: 200 },
      logger: { warn: (message) => warnings.push(message) },
    });
  });

  afterEach(async () => {
    await subscription?.close();
    await store.close();
    await server.stop();
  });

  it('resumes the subscription after the last event it delivered, with no gap and no repeat', async () => {
    const streamId = uniqueStream();
    const written = newEvents(5);
    await store.appendToStream(streamId, written, { expectedRevision: 'no_stream' });
    subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    // Two delivered; the client may already hold the other three in its buffer when the server goes.
    const received = await take(iterator, 2);

    await server.stop();
    await server.restart();
    const later = newEvents(2);
    await store.appendToStream(streamId, later, { expectedRevision: 4n });
    received.push(...(await take(iterator, 5)));

    expect(idsOf(received)).toEqual(idsOf([...written, ...later]));
    expect(warnings.some((warning) => warning.includes('resubscribing after'))).toBe(true);
  });

  it('fails appends and pings as unavailable while the server is down, writing nothing, and recovers after', async () => {
    const streamId = uniqueStream();
    const first = newEvents(2);
    await store.appendToStream(streamId, first, { expectedRevision: 'no_stream' });
    subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    const received = await take(iterator, 2);

    await server.stop();
    const refused = newEvents(2);
    expect(await rejectionOf(store.appendToStream(streamId, refused, { expectedRevision: 1n }))).toBeInstanceOf(
      EventStoreUnavailableError,
    );
    expect(await rejectionOf(store.ping())).toBeInstanceOf(EventStoreUnavailableError);
    expect(await rejectionOf(store.readStream(streamId))).toBeInstanceOf(EventStoreUnavailableError);

    await server.restart();
    await store.ping();
    // Appending at revision 1 succeeds only if nothing of the refused batch reached the stream.
    const retried = newEvents(2);
    await store.appendToStream(streamId, retried, { expectedRevision: 1n });
    received.push(...(await take(iterator, 2)));

    expect(idsOf(await store.readStream(streamId))).toEqual(idsOf([...first, ...retried]));
    expect(idsOf(received)).toEqual(idsOf([...first, ...retried]));
  });
});
