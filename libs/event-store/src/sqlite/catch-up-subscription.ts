import type { AllSubscription, RecordedEvent } from '../event-store.port';

export interface CatchUpSource {
  /** Exclusive checkpoint to start after. */
  after: bigint;
  /** Up to one page of events strictly after the given position, in $all order. */
  readPage(after: bigint): RecordedEvent[] | Promise<RecordedEvent[]>;
  /** Resolves when more events may be there (or the signal aborts). */
  waitForMore(signal: AbortSignal): Promise<void>;
}

/**
 * Catch-up by paging from the last delivered position: past and live events come through the same read,
 * so there is no hand-over between the two where an event could be missed or repeated.
 */
export function catchUpSubscription(source: CatchUpSource): AllSubscription {
  const stop = new AbortController();
  async function* events(): AsyncGenerator<RecordedEvent> {
    let position = source.after;
    while (!stop.signal.aborted) {
      const page = await source.readPage(position);
      if (page.length === 0) {
        await source.waitForMore(stop.signal);
        continue;
      }
      for (const event of page) {
        if (stop.signal.aborted) return;
        position = event.position;
        yield event;
      }
      // Let I/O in between pages: a long catch-up must not starve the HTTP server.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      stop.abort();
      await iterator.return(undefined);
    },
  };
}
