import type { EventStore, RecordedEvent } from './event-store.port';

/** Every event after `after` (from the start when omitted) in $all order, `pageSize` at a time, until a read comes back empty. */
export async function* readAllPages(store: EventStore, { after, pageSize }: { after?: bigint; pageSize: number }): AsyncGenerator<RecordedEvent[]> {
  for (let position = after; ; ) {
    const page = await store.readAll({ after: position, maxCount: pageSize });
    if (page.length === 0) return;
    yield page;
    position = page[page.length - 1].position;
  }
}
