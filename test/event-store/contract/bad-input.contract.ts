import { InvalidAppendError, MAX_EVENT_BYTES, StreamNotFoundError, type EventStore } from '../../../libs/event-store/src';
import { idsOf, newEvent, newEvents, rejectionOf, uniqueStream } from './store-under-test';

/** Malformed appends get a typed error and write nothing. */
export function badInputContract(store: () => EventStore): void {
  async function expectNothingOf(streamId: string): Promise<void> {
    expect(await rejectionOf(store().readStream(streamId))).toBeInstanceOf(StreamNotFoundError);
  }

  it('refuses an event over 1 MiB', async () => {
    const streamId = uniqueStream();
    const huge = newEvent({ note: 'x'.repeat(MAX_EVENT_BYTES) });
    expect(await rejectionOf(store().appendToStream(streamId, [huge], { expectedRevision: 'any' }))).toBeInstanceOf(InvalidAppendError);
    await expectNothingOf(streamId);
  });

  it('refuses a whole batch when one of its events is over 1 MiB', async () => {
    const streamId = uniqueStream();
    const batch = [...newEvents(2), newEvent({ note: 'x'.repeat(MAX_EVENT_BYTES) })];
    expect(await rejectionOf(store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' }))).toBeInstanceOf(
      InvalidAppendError,
    );
    await expectNothingOf(streamId);
  });

  it('refuses a batch over 1 MiB in all even when each event is under it', async () => {
    const streamId = uniqueStream();
    const batch = [newEvent({ note: 'x'.repeat(MAX_EVENT_BYTES * 0.6) }), newEvent({ note: 'x'.repeat(MAX_EVENT_BYTES * 0.6) })];
    expect(await rejectionOf(store().appendToStream(streamId, batch, { expectedRevision: 'no_stream' }))).toBeInstanceOf(
      InvalidAppendError,
    );
    await expectNothingOf(streamId);
  });

  it('refuses an event type reserved for the store ("$")', async () => {
    const streamId = uniqueStream();
    const reserved = { ...newEvent(), type: '$metadata' };
    expect(await rejectionOf(store().appendToStream(streamId, [reserved], { expectedRevision: 'any' }))).toBeInstanceOf(InvalidAppendError);
    await expectNothingOf(streamId);
  });

  it('refuses an empty batch', async () => {
    const streamId = uniqueStream();
    expect(await rejectionOf(store().appendToStream(streamId, [], { expectedRevision: 'any' }))).toBeInstanceOf(InvalidAppendError);
    await expectNothingOf(streamId);
  });

  it('refuses a batch that repeats an event id', async () => {
    const streamId = uniqueStream();
    const event = newEvent();
    expect(await rejectionOf(store().appendToStream(streamId, [event, event], { expectedRevision: 'any' }))).toBeInstanceOf(
      InvalidAppendError,
    );
    await expectNothingOf(streamId);
  });

  it.each([
    ['empty', ''],
    ['a system stream', '$all'],
    ['with a space', 'incident 42'],
    ['with a slash', 'incident/42'],
    ['over 200 characters', `incident-${'x'.repeat(200)}`],
  ])('refuses a stream name that is %s, writing nothing', async (_case, streamId) => {
    const before = await store().headPosition();
    const batch = newEvents(1);
    expect(await rejectionOf(store().appendToStream(streamId, batch, { expectedRevision: 'any' }))).toBeInstanceOf(
      InvalidAppendError,
    );
    const ids = new Set(idsOf(batch));
    expect((await store().readAll({ after: before })).filter((event) => ids.has(event.id))).toEqual([]);
  });
}
