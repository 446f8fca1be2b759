import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision } from '../../../libs/event-store/src';
import { idsOf, newEvent, newEvents, rejectionOf, uniqueStream } from './store-under-test';

/** Expected revisions, atomic batches and idempotent appends. */
export function appendContract(store: () => EventStore): void {
  async function streamAt(revision: bigint | 'no_stream'): Promise<string> {
    const streamId = uniqueStream();
    if (revision !== 'no_stream') {
      await store().appendToStream(streamId, newEvents(Number(revision) + 1), { expectedRevision: 'no_stream' });
    }
    return streamId;
  }

  async function expectRefused(streamId: string, expected: ExpectedRevision, actual: bigint | 'no_stream'): Promise<void> {
    const before = await store().readStream(streamId).catch(() => []);
    const error = await rejectionOf(store().appendToStream(streamId, [newEvent()], { expectedRevision: expected }));
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId, expected, actual });
    const after = await store().readStream(streamId).catch(() => []);
    expect(idsOf(after)).toEqual(idsOf(before));
  }

  describe('expected revision', () => {
    const accepted: Array<[string, bigint | 'no_stream', ExpectedRevision, bigint]> = [
      ['no_stream on a new stream', 'no_stream', 'no_stream', 0n],
      ['any on a new stream', 'no_stream', 'any', 0n],
      ['any on an existing stream', 2n, 'any', 3n],
      ['stream_exists on an existing stream', 0n, 'stream_exists', 1n],
      ['the exact current revision', 4n, 4n, 5n],
    ];
    it.each(accepted)('accepts %s', async (_case, current, expectedRevision, next) => {
      const streamId = await streamAt(current);
      const result = await store().appendToStream(streamId, [newEvent()], { expectedRevision });
      expect(result.nextExpectedRevision).toBe(next);
      const last = (await store().readStream(streamId, { direction: 'backwards', maxCount: 1 }))[0];
      expect(last).toMatchObject({ revision: next, position: result.position });
    });

    const refused: Array<[string, bigint | 'no_stream', ExpectedRevision]> = [
      ['no_stream on an existing stream', 1n, 'no_stream'],
      ['stream_exists on a new stream', 'no_stream', 'stream_exists'],
      ['an exact revision on a new stream', 'no_stream', 0n],
      ['an exact revision behind the stream', 3n, 2n],
      ['an exact revision ahead of the stream', 1n, 5n],
    ];
    it.each(refused)('refuses %s, naming the actual revision and writing nothing', async (_case, current, expected) => {
      const streamId = await streamAt(current);
      await expectRefused(streamId, expected, current);
    });

    it('lets exactly one of several concurrent writers with the same expected revision through', async () => {
      const streamId = await streamAt(0n);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => store().appendToStream(streamId, [newEvent()], { expectedRevision: 0n })),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
        expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(outcome.reason).toMatchObject({ actual: 1n });
      }
      expect(await store().readStream(streamId)).toHaveLength(2);
    });
  });

  describe('batches', () => {
    it('gives a batch consecutive revisions and increasing positions, reporting the last', async () => {
      const streamId = uniqueStream();
      const batch = newEvents(5);
      const result = await store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' });
      const stored = await store().readStream(streamId);
      expect(idsOf(stored)).toEqual(idsOf(batch));
      expect(stored.map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      stored.slice(1).forEach((event, index) => expect(event.position).toBeGreaterThan(stored[index].position));
      expect(result).toEqual({ nextExpectedRevision: 4n, position: stored[4].position });
    });

    it('keeps the data, metadata, type and id of every event as given', async () => {
      const streamId = uniqueStream();
      const event = newEvent({ title: 'Vehicle-borne IED near Erbil — “checkpoint 3”', casualties: [{ count: 2 }], flag: null });
      await store().appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
      const [stored] = await store().readStream(streamId);
      expect(stored).toMatchObject({ id: event.id, streamId, type: event.type, data: event.data, metadata: event.metadata });
    });

    it('writes nothing of a refused batch, and the stream stays where it was', async () => {
      const streamId = await streamAt(1n);
      const error = await rejectionOf(store().appendToStream(streamId, newEvents(3), { expectedRevision: 0n }));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect((await store().readStream(streamId)).map((event) => event.revision)).toEqual([0n, 1n]);
    });

    it('settles concurrent appends to different streams each on its own merits', async () => {
      const [good, stale, other] = [await streamAt(0n), await streamAt(2n), uniqueStream()];
      const outcomes = await Promise.allSettled([
        store().appendToStream(good, newEvents(2), { expectedRevision: 0n }),
        store().appendToStream(stale, newEvents(2), { expectedRevision: 1n }),
        store().appendToStream(other, newEvents(3), { expectedRevision: 'no_stream' }),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await store().readStream(good)).toHaveLength(3);
      expect(await store().readStream(stale)).toHaveLength(3);
      expect(await store().readStream(other)).toHaveLength(3);
    });
  });

  describe('idempotence', () => {
    it.each<ExpectedRevision>(['no_stream', 'any'])(
      'acknowledges the same event ids appended again with %s without writing them twice',
      async (expectedRevision) => {
        const streamId = uniqueStream();
        const batch = newEvents(2);
        const first = await store().appendToStream(streamId, batch, { expectedRevision });
        const again = await store().appendToStream(streamId, batch, { expectedRevision });
        expect(again).toEqual(first);
        expect(idsOf(await store().readStream(streamId))).toEqual(idsOf(batch));
      },
    );

    it('acknowledges a repeated append after later events without writing it twice', async () => {
      const streamId = uniqueStream();
      const batch = newEvents(2);
      const first = await store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' });
      await store().appendToStream(streamId, [newEvent()], { expectedRevision: 1n });
      expect(await store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' })).toEqual(first);
      expect(await store().readStream(streamId)).toHaveLength(3);
    });
  });
}
