import type { EventStore, NewEvent } from '../../../libs/event-store/src';
import type { StoreUnderTest } from './store-under-test';
import { expectStrictlyIncreasing, idsOf, newEvent, newEvents, readUntil, uniqueStream } from './store-under-test';

/** Catch-up subscriptions to $all: past events, then live ones, and resumption from a checkpoint. */
export function subscriptionContract(subject: () => StoreUnderTest): void {
  const store = (): EventStore => subject().store;

  async function appendAll(target: EventStore, streamId: string, events: NewEvent[], from: bigint | 'no_stream'): Promise<void> {
    await target.appendToStream(streamId, events, { expectedRevision: from });
  }

  it('delivers past events, then live ones, with no gap and no repeat', async () => {
    const before = await store().headPosition();
    const [streamA, streamB] = [uniqueStream('a'), uniqueStream('b')];
    const past = newEvents(3);
    const live = [newEvent(), newEvent(), newEvent()];
    const sentinel = newEvent();
    await appendAll(store(), streamA, past, 'no_stream');
    const expected = [...past, ...live, sentinel];

    const received = await readUntil(
      store().subscribeToAll({ after: before }),
      sentinel.id,
      new Set(idsOf(expected)),
      async (_event, soFar) => {
        // Live writes start only once every past event has arrived, from concurrent writers.
        if (soFar.length !== past.length) return;
        await Promise.all([
          appendAll(store(), streamA, [live[0]], 2n),
          appendAll(store(), streamB, [live[1], live[2]], 'no_stream'),
        ]);
        await appendAll(store(), streamA, [sentinel], 3n);
      },
    );

    expect(idsOf(received.slice(0, 3))).toEqual(idsOf(past));
    expect(new Set(idsOf(received.slice(3, 6)))).toEqual(new Set(idsOf(live)));
    expect(idsOf(received)).toHaveLength(expected.length);
    expectStrictlyIncreasing(received.map((event) => event.position));
  });

  it('starts strictly after the checkpoint it is given', async () => {
    const streamId = uniqueStream();
    const batch = newEvents(4);
    await appendAll(store(), streamId, batch, 'no_stream');
    const stored = await store().readStream(streamId);
    const received = await readUntil(store().subscribeToAll({ after: stored[1].position }), batch[3].id, new Set(idsOf(batch)));
    expect(idsOf(received)).toEqual(idsOf(batch.slice(2)));
  });

  it('pages through a long catch-up without losing or repeating an event', async () => {
    const before = await store().headPosition();
    const streamId = uniqueStream();
    const batches = Array.from({ length: 5 }, () => newEvents(500));
    for (const [index, batch] of batches.entries()) {
      await appendAll(store(), streamId, batch, index === 0 ? 'no_stream' : BigInt(index * 500 - 1));
    }
    const all = batches.flat();
    const received = await readUntil(store().subscribeToAll({ after: before }), all[all.length - 1].id, new Set(idsOf(all)));
    expect(idsOf(received)).toEqual(idsOf(all));
    expect(received.map((event) => event.revision)).toEqual(all.map((_, index) => BigInt(index)));
  });

  it('ends its iteration when closed while waiting for live events', async () => {
    const subscription = store().subscribeToAll({ after: await store().headPosition() });
    const iteration = (async () => {
      for await (const event of subscription) void event;
      return 'ended';
    })();
    await subscription.close();
    await expect(iteration).resolves.toBe('ended');
  });

  it('resumes after a restart from the checkpoint of the last event processed', async () => {
    const before = await store().headPosition();
    const streamId = uniqueStream();
    const first = newEvents(5);
    await appendAll(store(), streamId, first, 'no_stream');
    // Process two events and keep the checkpoint as a consumer would, then stop.
    const processed = await readUntil(store().subscribeToAll({ after: before }), first[1].id, new Set(idsOf(first)));
    const checkpoint = processed[1].position;

    const reopened = await subject().reopen();
    const more = newEvents(2);
    await appendAll(reopened, streamId, more, 4n);
    const expected = [...first.slice(2), ...more];
    const received = await readUntil(reopened.subscribeToAll({ after: checkpoint }), more[1].id, new Set(idsOf([...first, ...more])));
    expect(idsOf(received)).toEqual(idsOf(expected));
  });
}
