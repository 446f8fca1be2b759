import { StreamNotFoundError, type EventStore, type RecordedEvent } from '../../../libs/event-store/src';
import { expectStrictlyIncreasing, idsOf, newEvent, newEvents, rejectionOf, uniqueStream } from './store-under-test';

/** Reading one stream, reading $all, and the head position. */
export function readContract(store: () => EventStore): void {
  describe('reading a stream', () => {
    let streamId: string;
    let ids: string[];

    beforeEach(async () => {
      streamId = uniqueStream();
      const batch = newEvents(6);
      ids = idsOf(batch);
      await store().appendToStream(streamId, batch.slice(0, 4), { expectedRevision: 'no_stream' });
      await store().appendToStream(streamId, batch.slice(4), { expectedRevision: 3n });
    });

    const revisions = (events: RecordedEvent[]) => events.map((event) => event.revision);

    it('reads forwards from the start by default', async () => {
      const events = await store().readStream(streamId);
      expect(idsOf(events)).toEqual(ids);
      expect(revisions(events)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
      expect(events.every((event) => event.streamId === streamId)).toBe(true);
    });

    it('reads forwards from a revision, inclusive, up to maxCount', async () => {
      expect(revisions(await store().readStream(streamId, { fromRevision: 2n }))).toEqual([2n, 3n, 4n, 5n]);
      expect(revisions(await store().readStream(streamId, { fromRevision: 2n, maxCount: 3 }))).toEqual([2n, 3n, 4n]);
      expect(revisions(await store().readStream(streamId, { maxCount: 2 }))).toEqual([0n, 1n]);
    });

    it('reads backwards from the end by default', async () => {
      const events = await store().readStream(streamId, { direction: 'backwards' });
      expect(idsOf(events)).toEqual([...ids].reverse());
    });

    it('reads backwards from a revision, inclusive, up to maxCount', async () => {
      expect(revisions(await store().readStream(streamId, { direction: 'backwards', fromRevision: 3n }))).toEqual([3n, 2n, 1n, 0n]);
      expect(revisions(await store().readStream(streamId, { direction: 'backwards', fromRevision: 3n, maxCount: 2 }))).toEqual([3n, 2n]);
      expect(revisions(await store().readStream(streamId, { direction: 'backwards', maxCount: 1 }))).toEqual([5n]);
    });

    it('reads nothing past the end of an existing stream', async () => {
      expect(await store().readStream(streamId, { fromRevision: 6n })).toEqual([]);
    });

    it('throws StreamNotFoundError for a stream without events, in either direction', async () => {
      const missing = uniqueStream('missing');
      for (const direction of ['forwards', 'backwards'] as const) {
        const error = await rejectionOf(store().readStream(missing, { direction }));
        expect(error).toBeInstanceOf(StreamNotFoundError);
        expect(error).toMatchObject({ streamId: missing });
      }
    });
  });

  describe('$all', () => {
    it('holds every event once, in the order the appends were acknowledged, with increasing positions', async () => {
      const before = await store().headPosition();
      const [a, b, c] = [uniqueStream('a'), uniqueStream('b'), uniqueStream('c')];
      const appended: string[] = [];
      for (const [streamId, count, expectedRevision] of [[a, 2, 'no_stream'], [b, 1, 'no_stream'], [a, 1, 1n], [c, 3, 'any'], [b, 2, 0n]] as const) {
        const batch = newEvents(count);
        await store().appendToStream(streamId, batch, { expectedRevision });
        appended.push(...idsOf(batch));
      }
      const mine = new Set(appended);
      const all = (await store().readAll({ after: before })).filter((event) => mine.has(event.id));
      expect(idsOf(all)).toEqual(appended);
      expectStrictlyIncreasing(all.map((event) => event.position));
      expect(all[4]).toMatchObject({ streamId: c, revision: 0n });
    });

    it('reads strictly after a position, up to maxCount', async () => {
      const before = await store().headPosition();
      const streamId = uniqueStream();
      const batch = newEvents(5);
      await store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' });
      const stored = await store().readStream(streamId);
      const after = (await store().readAll({ after: stored[1].position })).filter((event) => event.streamId === streamId);
      expect(idsOf(after)).toEqual(idsOf(batch.slice(2)));
      const page = await store().readAll({ after: before, maxCount: 2 });
      expect(page).toHaveLength(2);
      expect(page[0].position).toBeGreaterThan(before);
    });

    it('reports a head position at or past every acknowledged event, and nothing of them after it', async () => {
      const streamId = uniqueStream();
      const first = await store().appendToStream(streamId, [newEvent()], { expectedRevision: 'no_stream' });
      const second = await store().appendToStream(streamId, [newEvent()], { expectedRevision: 0n });
      const head = await store().headPosition();
      expect(second.position).toBeGreaterThan(first.position);
      expect(head).toBeGreaterThanOrEqual(second.position);
      const later = await store().readAll({ after: head });
      expect(later.filter((event) => event.streamId === streamId)).toEqual([]);
    });
  });
}
