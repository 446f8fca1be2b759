import {
  EventStoreUnavailableError,
  InvalidAppendError,
  SqliteEventStore,
  StreamNotFoundError,
  type EventStore,
} from '../../libs/event-store/src';
import { tempDir } from '../support/temp-dir';
import { idsOf, newEvent, newEvents, rejectionOf, uniqueStream } from './contract/store-under-test';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('SQLite, on a file', async () => {
  const dir = tempDir('sqlite-contract');
  let store = new SqliteEventStore(dir.file('events.sqlite'));
  return {
    store,
    async reopen() {
      await store.close();
      store = new SqliteEventStore(dir.file('events.sqlite'));
      return store;
    },
    async cleanup() {
      await store.close();
      dir.remove();
    },
  };
});

describe('SqliteEventStore', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = tempDir('sqlite-store');
    store = new SqliteEventStore(dir.file('events.sqlite'));
  });

  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('starts empty, with head position 0', async () => {
    expect(await store.headPosition()).toBe(0n);
    expect(await store.readAll()).toEqual([]);
  });

  it('numbers $all without gaps when 16 writers append at once', async () => {
    const writes = Array.from({ length: 16 }, (_, writer) =>
      (async () => {
        const streamId = `writer-${writer}`;
        for (let revision = 0; revision < 5; revision++) {
          await store.appendToStream(streamId, newEvents(2), { expectedRevision: revision === 0 ? 'no_stream' : BigInt(revision * 2 - 1) });
        }
      })(),
    );
    await Promise.all(writes);
    const all = await store.readAll();
    expect(all.map((event) => event.position)).toEqual(all.map((_, index) => BigInt(index + 1)));
    expect(await store.headPosition()).toBe(160n);
  });

  it('refuses an event id that another stream already holds, writing nothing of the batch', async () => {
    const taken = newEvent();
    await store.appendToStream(uniqueStream(), [taken], { expectedRevision: 'no_stream' });
    const streamId = uniqueStream();
    const error = await rejectionOf(store.appendToStream(streamId, [newEvent(), taken], { expectedRevision: 'no_stream' }));
    expect(error).toBeInstanceOf(InvalidAppendError);
    expect(await rejectionOf(store.readStream(streamId))).toBeInstanceOf(StreamNotFoundError);
  });

  it('commits the appends still queued when it closes, and refuses new ones', async () => {
    const streamId = uniqueStream();
    const batch = newEvents(3);
    const acknowledged = store.appendToStream(streamId, batch, { expectedRevision: 'no_stream' });
    await store.close();
    await expect(acknowledged).resolves.toMatchObject({ nextExpectedRevision: 2n });
    expect(await rejectionOf(store.appendToStream(streamId, [newEvent()], { expectedRevision: 'any' }))).toBeInstanceOf(
      EventStoreUnavailableError,
    );
    store = new SqliteEventStore(dir.file('events.sqlite'));
    expect(idsOf(await store.readStream(streamId))).toEqual(idsOf(batch));
  });

  it('answers reads and subscriptions after close with EventStoreUnavailableError', async () => {
    const subscription = store.subscribeToAll();
    const iteration = (async () => {
      for await (const event of subscription) void event;
    })();
    await store.close();
    await expect(iteration).rejects.toBeInstanceOf(EventStoreUnavailableError);
    for (const read of [() => store.readAll(), () => store.readStream('x'), () => store.headPosition(), () => store.ping()]) {
      await expect(read()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    }
    store = new SqliteEventStore(dir.file('events.sqlite'));
  });

  it('lets a subscription on one connection see what another connection to the file commits', async () => {
    const writer: EventStore = new SqliteEventStore(dir.file('events.sqlite'));
    const event = newEvent();
    const subscription = store.subscribeToAll();
    await writer.appendToStream(uniqueStream(), [event], { expectedRevision: 'no_stream' });
    for await (const received of subscription) {
      expect(received.id).toBe(event.id);
      break;
    }
    await subscription.close();
    await writer.close();
  });
});
