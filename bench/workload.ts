import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../libs/event-store/src';

/** Every append goes to one of this many streams. */
export const STREAMS = 10_000;
/** Bytes of each event's data as JSON, metadata apart. */
export const DATA_BYTES = 200;

const template = { incidentId: '', location: 'Erbil Air Base, north gate', reportedBy: 'adviser-de-vries', summary: '' };
const padding = DATA_BYTES - JSON.stringify({ ...template, incidentId: randomUUID() }).length;

/** A realistic event: a report of about 200 bytes of data with the full metadata of a command. */
export function benchEvent(): NewEvent {
  const id = randomUUID();
  return {
    id,
    type: 'IncidentReported',
    data: { ...template, incidentId: id, summary: 'x'.repeat(padding) },
    metadata: {
      commandId: id,
      correlationId: id,
      causationId: id,
      userId: 'adviser-de-vries',
      role: 'operations',
      recordedAt: '2024-03-01T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

/**
 * Runs `writers` concurrent loops that append one event per command until `total` are written. Each writer owns
 * its own slice of the streams and appends with the exact revision it last saw, as a command handler does.
 */
export async function appendConcurrently(
  append: (streamId: string, event: NewEvent, expected: bigint | 'no_stream') => Promise<unknown>,
  writers: number,
  total: number,
): Promise<void> {
  const perWriter = Math.ceil(total / writers);
  const streamsPerWriter = Math.floor(STREAMS / writers);
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const revisions = new Map<number, bigint>();
      for (let i = 0; i < perWriter; i++) {
        const stream = writer + writers * (i % streamsPerWriter);
        const revision = revisions.get(stream);
        await append(`incident-${stream}`, benchEvent(), revision ?? 'no_stream');
        revisions.set(stream, (revision ?? -1n) + 1n);
      }
    }),
  );
}
