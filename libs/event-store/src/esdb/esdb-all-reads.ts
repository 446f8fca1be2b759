import { BACKWARDS, END, FORWARDS, START, type AllStreamResolvedEvent, type ReadAllOptions } from '@eventstore/db-client';
import type { RecordedEvent } from '../event-store.port';
import { isSystemEvent, toRecordedEvent } from './esdb-events';

/** Reads one whole page of $all (a read left half-consumed would leave its call open on the server). */
export type ReadAllPage = (options: ReadAllOptions) => Promise<AllStreamResolvedEvent[]>;

/** Events read per request when paging forwards through $all. */
const PAGE_SIZE = 500;
/** Events read per request when looking back from the end for the last application event. */
const HEAD_PAGE_SIZE = 32;

const at = (position: bigint) => ({ commit: position, prepare: position });

/**
 * The application's events strictly after a position, up to maxCount, skipping the server's own. The server
 * reads from a position inclusively, so every page starts at the last position seen and drops what is not past it.
 */
export async function readAllAfter(readPage: ReadAllPage, after: bigint | undefined, maxCount: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let cursor = after;
  while (events.length < maxCount) {
    // One more than still needed covers the event at the cursor.
    const pageSize = Math.min(PAGE_SIZE, maxCount - events.length + 1);
    const page = await readPage({ direction: FORWARDS, fromPosition: cursor === undefined ? START : at(cursor), maxCount: pageSize });
    for (const resolved of page) {
      const event = resolved.event;
      if (!event || (cursor !== undefined && event.position.commit <= cursor)) continue;
      cursor = event.position.commit;
      if (!isSystemEvent(event) && events.length < maxCount) events.push(toRecordedEvent(resolved));
    }
    if (page.length < pageSize) break;
  }
  return events;
}

/** Position of the last application event in $all, looking back from the end a page at a time; 0n when none. */
export async function lastApplicationPosition(readPage: ReadAllPage): Promise<bigint> {
  let cursor: bigint | undefined;
  for (;;) {
    const page = await readPage({ direction: BACKWARDS, fromPosition: cursor === undefined ? END : at(cursor), maxCount: HEAD_PAGE_SIZE });
    for (const resolved of page) {
      const event = resolved.event;
      if (!event || (cursor !== undefined && event.position.commit >= cursor)) continue;
      if (!isSystemEvent(event)) return event.position.commit;
      cursor = event.position.commit;
    }
    if (page.length < HEAD_PAGE_SIZE) return 0n;
  }
}
