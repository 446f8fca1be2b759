import type { RecordedEvent } from '../event-store.port';
import { formatEventLine, MalformedEventLineError, parseEventLine, type EventLine } from './event-line';
import { EventLineSequence } from './event-line-sequence';

const recorded: RecordedEvent = {
  id: '0b7c1a52-3c1e-4c2f-9a43-5e0f6b1d2a11',
  streamId: 'incident-42',
  revision: 3n,
  position: 9_007_199_254_740_993n,
  type: 'IncidentReported',
  data: { title: 'Indirect fire, Erbil', wounded: 0 },
  metadata: {
    commandId: 'c1', correlationId: 'c2', causationId: 'c3', userId: 'u1', role: 'adviser',
    recordedAt: '2024-02-11T06:30:00.000Z', schemaVersion: 2,
  },
};

function lineWith(change: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(formatEventLine(recorded)), ...change });
}

function reasonFor(text: string): string {
  try {
    parseEventLine(text, 7);
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedEventLineError);
    expect((error as MalformedEventLineError).message).toMatch(/^Line 7: /);
    return (error as MalformedEventLineError).reason;
  }
  throw new Error('The line was accepted');
}

describe('event lines', () => {
  it('round-trips an event, keeping positions beyond 2^53 exact', () => {
    const line = parseEventLine(formatEventLine(recorded), 1);
    expect(line).toEqual({
      streamId: recorded.streamId,
      revision: 3n,
      position: 9_007_199_254_740_993n,
      event: { id: recorded.id, type: recorded.type, data: recorded.data, metadata: recorded.metadata },
    });
  });

  it.each([
    ['not JSON', '{"streamId": ', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['a missing field', JSON.stringify({ streamId: 'x' }), /missing revision, position, id, type, data, metadata/],
    ['an unknown field', lineWith({ extra: 1 }), /unknown field\(s\) extra/],
    ['a negative revision', lineWith({ revision: '-1' }), /revision is not a non-negative integer/],
    ['a fractional position', lineWith({ position: 1.5 }), /position is not a non-negative integer/],
    ['an id that is no UUID', lineWith({ id: 'evt-1' }), /id is not a UUID/],
    ['an empty type', lineWith({ type: '' }), /type is not a non-empty string/],
    ['data that is a string', lineWith({ data: 'x' }), /data is not a JSON object/],
    ['metadata without a user', lineWith({ metadata: { ...recorded.metadata, userId: undefined } }), /metadata.userId/],
    ['metadata with schema version 0', lineWith({ metadata: { ...recorded.metadata, schemaVersion: 0 } }), /schemaVersion/],
    ['an invalid stream name', lineWith({ streamId: 'incident 42' }), /Invalid stream name/],
    ['an event over 1 MiB', lineWith({ data: { note: 'x'.repeat(1024 * 1024) } }), /the limit is/],
  ])('refuses %s, naming the line', (_case, text, reason) => {
    expect(reasonFor(text)).toMatch(reason);
  });
});

describe('EventLineSequence', () => {
  const line = (streamId: string, revision: bigint, position: bigint, id: string = crypto.randomUUID()): EventLine => ({
    streamId, revision, position, event: { ...recorded, id },
  });

  it('accepts streams interleaved in $all order, counting them', () => {
    const sequence = new EventLineSequence();
    [line('a', 0n, 1n), line('b', 0n, 2n), line('a', 1n, 5n)].forEach((each, index) => sequence.check(each, index + 1));
    expect(sequence.count).toBe(3);
  });

  it.each([
    ['a stream that does not start at revision 0', [line('a', 1n, 1n)], /a revision 1 where 0 comes next/],
    ['a gap in revisions', [line('a', 0n, 1n), line('a', 2n, 2n)], /a revision 2 where 1 comes next/],
    ['a position that goes back', [line('a', 0n, 4n), line('b', 0n, 4n)], /position 4 does not come after 4/],
    ['an event id twice', [line('a', 0n, 1n, recorded.id), line('b', 0n, 2n, recorded.id)], /event id \S+ appears twice/],
  ])('refuses %s at the line where it shows', (_case, lines, reason) => {
    const sequence = new EventLineSequence();
    const last = lines.length;
    lines.slice(0, -1).forEach((each, index) => sequence.check(each, index + 1));
    expect(() => sequence.check(lines[last - 1], last)).toThrow(new RegExp(`^Line ${last}: ${reason.source}`));
  });
});
