import { InvalidAppendError, MAX_EVENT_BYTES, StreamNotFoundError } from '../../libs/event-store/src';
import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { idsOf, newEvent, newEvents, readUntil, rejectionOf, uniqueStream } from '../event-store/contract/store-under-test';
import { startLoopbackEsdb, type LoopbackEsdb } from './loopback';

/** What the contract cannot see: the server's own events in $all, positions past 2^53, the server's append limit. */
describe.each([true, false])('EsdbEventStore specifics (BatchAppend advertised: %s)', (batchAppend) => {
  let server: LoopbackEsdb;
  let store: EsdbEventStore;

  beforeEach(async () => {
    server = await startLoopbackEsdb({ batchAppend });
    store = new EsdbEventStore(server.connectionString);
  });

  afterEach(async () => {
    await store.close();
    await server.stop();
  });

  const systemEvents = (count: number) => {
    for (let i = 0; i < count; i++) server.log.appendSystemEvent(`$stats-127.0.0.1:2113`, '$statsCollected');
  };

  it('reports head position 0 when $all holds only the server own events', async () => {
    systemEvents(3);
    expect(await store.headPosition()).toBe(0n);
    expect(await store.readAll()).toEqual([]);
  });

  it('keeps the server own events out of $all, the head position and the subscription', async () => {
    const streamId = uniqueStream();
    const [first, second] = [newEvents(2), newEvents(2)];
    systemEvents(5);
    await store.appendToStream(streamId, first, { expectedRevision: 'no_stream' });
    systemEvents(5);
    const { position } = await store.appendToStream(streamId, second, { expectedRevision: 1n });
    // More than one page of them after the last application event.
    systemEvents(70);

    expect(await store.headPosition()).toBe(position);
    expect(idsOf(await store.readAll())).toEqual(idsOf([...first, ...second]));
    const received = await readUntil(store.subscribeToAll(), second[1].id, new Set(idsOf([...first, ...second])));
    expect(idsOf(received)).toEqual(idsOf([...first, ...second]));
  });

  it('pages through $all across the server own events, honouring maxCount', async () => {
    const streamId = uniqueStream();
    // Past one page of 500, with the server's events in between.
    const batches = Array.from({ length: 3 }, () => newEvents(200));
    for (const [index, batch] of batches.entries()) {
      await store.appendToStream(streamId, batch, { expectedRevision: index === 0 ? 'no_stream' : BigInt(index * 200 - 1) });
      systemEvents(150);
    }
    const all = batches.flat();
    expect(idsOf(await store.readAll())).toEqual(idsOf(all));
    const page = await store.readAll({ after: (await store.readStream(streamId))[99].position, maxCount: 450 });
    expect(idsOf(page)).toEqual(idsOf(all.slice(100, 550)));
  });

  it('carries positions past 2^53 exactly, as bigint from the wire to the caller', async () => {
    const streamId = uniqueStream();
    const { position } = await store.appendToStream(streamId, newEvents(3), { expectedRevision: 'no_stream' });
    const stored = await store.readStream(streamId);
    // The loopback starts past 2^53, where a trip through Number would change these values.
    expect(stored.some((event) => BigInt(Number(event.position)) !== event.position)).toBe(true);
    expect(stored[2].position).toBe(position);
    expect((await store.readAll({ after: stored[0].position })).map((event) => event.position)).toEqual(
      stored.slice(1).map((event) => event.position),
    );
    expect(await store.headPosition()).toBe(position);
  });

  it('refuses a batch over the server 1 MiB append limit even when each event is under it, writing nothing', async () => {
    const streamId = uniqueStream();
    const half = 'x'.repeat(Math.ceil(MAX_EVENT_BYTES * 0.6));
    const error = await rejectionOf(
      store.appendToStream(streamId, [newEvent({ note: half }), newEvent({ note: half })], { expectedRevision: 'no_stream' }),
    );
    expect(error).toBeInstanceOf(InvalidAppendError);
    expect(await rejectionOf(store.readStream(streamId))).toBeInstanceOf(StreamNotFoundError);
  });
});
