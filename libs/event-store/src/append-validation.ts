import { InvalidAppendError } from './event-store.errors';
import type { NewEvent } from './event-store.port';

/**
 * EventStoreDB refuses an append (all its events together) over 1 MiB; both stores share that limit so neither
 * accepts what the other would not.
 */
export const MAX_EVENT_BYTES = 1024 * 1024;
export const MAX_APPEND_BYTES = MAX_EVENT_BYTES;

const STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export interface SerialisedEvent {
  event: NewEvent;
  data: string;
  metadata: string;
}

/** Checks a batch before anything is written and serialises it once for the store to use. */
export function validateAppend(streamId: string, events: NewEvent[]): SerialisedEvent[] {
  if (!STREAM_NAME.test(streamId)) {
    throw new InvalidAppendError(`Invalid stream name "${streamId}": letters, digits, "_.:-", at most 200, not starting with "$"`);
  }
  if (events.length === 0) throw new InvalidAppendError(`Empty batch for stream ${streamId}`);
  const ids = new Set<string>();
  let total = 0;
  return events.map((event) => {
    if (!event.id || ids.has(event.id)) throw new InvalidAppendError(`Missing or repeated event id in batch for ${streamId}`);
    ids.add(event.id);
    // "$" types are EventStoreDB's own: such an event would be hidden from every reader there.
    if (!event.type || event.type.startsWith('$')) {
      throw new InvalidAppendError(`Event without a type, or with a reserved "$" type, in batch for ${streamId}`);
    }
    const data = JSON.stringify(event.data);
    const metadata = JSON.stringify(event.metadata);
    const bytes = Buffer.byteLength(data) + Buffer.byteLength(metadata);
    if (bytes > MAX_EVENT_BYTES) {
      throw new InvalidAppendError(`Event ${event.type} is ${bytes} bytes; the limit is ${MAX_EVENT_BYTES}`);
    }
    total += bytes;
    if (total > MAX_APPEND_BYTES) {
      throw new InvalidAppendError(`The batch for ${streamId} exceeds ${MAX_APPEND_BYTES} bytes; append it in parts`);
    }
    return { event, data, metadata };
  });
}
