/**
 * The loopback server's state: streams and $all in memory, with the rules of EventStoreDB the application
 * relies on (revision checks, idempotent re-append of the same event ids, the append size limit).
 * It outlives the gRPC server so a stop/restart keeps the data, like a real node restarting on its disk.
 */

/** EventStoreDB's default MaxAppendSize. */
export const MAX_APPEND_BYTES = 1024 * 1024;

/**
 * Positions start past 2^53 so any conversion through Number anywhere in the path loses precision and a test
 * notices; real positions are byte offsets in the log, increasing but not contiguous, as here.
 */
export const DEFAULT_FIRST_POSITION = 2n ** 53n + 1n;

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent {
  streamId: string;
  revision: bigint;
  /** Commit and prepare positions are equal for events written by a single append. */
  position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server sends `created`. */
  created: bigint;
}

export type Expected =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'revision'; revision: bigint };

export type AppendOutcome =
  | { kind: 'success'; revision: bigint; position: bigint }
  | { kind: 'wrong_expected_version'; current: bigint | undefined }
  | { kind: 'too_large'; max: number };

export class EventLog {
  private readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly listeners = new Set<() => void>();
  private nextPosition: bigint;

  constructor(firstPosition = DEFAULT_FIRST_POSITION) {
    this.nextPosition = firstPosition;
    // A fresh node writes its default settings before any user event: subscriptions must skip it.
    this.appendSystemEvent('$settings', '$settings');
  }

  append(streamId: string, expected: Expected, events: ProposedEvent[]): AppendOutcome {
    const size = events.reduce((sum, event) => sum + event.data.length + event.customMetadata.length, 0);
    if (size > MAX_APPEND_BYTES) return { kind: 'too_large', max: MAX_APPEND_BYTES };
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length > 0 ? BigInt(stream.length - 1) : undefined;
    const decision = this.decide(stream, current, expected, events);
    if (decision !== 'write') return decision;
    const created = BigInt(Date.now()) * 10_000n;
    for (const event of events) {
      const stored: StoredEvent = { ...event, streamId, revision: BigInt(stream.length), position: this.nextPosition, created };
      this.nextPosition += BigInt(64 + event.type.length + streamId.length + event.data.length + event.customMetadata.length);
      stream.push(stored);
      this.all.push(stored);
    }
    this.streams.set(streamId, stream);
    for (const listener of [...this.listeners]) listener();
    const last = stream[stream.length - 1];
    return { kind: 'success', revision: last.revision, position: last.position };
  }

  /** Writes what a node writes on its own ($-prefixed stream and type), between the application's events. */
  appendSystemEvent(streamId: string, type: string): void {
    const data = new TextEncoder().encode('{}');
    const id = `00000000-0000-4000-8000-${this.all.length.toString(16).padStart(12, '0')}`;
    this.append(streamId, { kind: 'any' }, [{ id, type, contentType: 'application/json', data, customMetadata: new Uint8Array() }]);
  }

  /** EventStoreDB's commit check: a revision mismatch is refused unless the same ids already sit where they would go. */
  private decide(
    stream: StoredEvent[],
    current: bigint | undefined,
    expected: Expected,
    events: ProposedEvent[],
  ): 'write' | AppendOutcome {
    const refuse: AppendOutcome = { kind: 'wrong_expected_version', current };
    switch (expected.kind) {
      case 'any':
        return this.idempotentAnywhere(stream, events) ?? 'write';
      case 'stream_exists':
        if (current === undefined) return refuse;
        return this.idempotentAnywhere(stream, events) ?? 'write';
      case 'no_stream':
      case 'revision': {
        const expectedRevision = expected.kind === 'no_stream' ? -1n : expected.revision;
        const actual = current ?? -1n;
        if (expectedRevision === actual) return 'write';
        if (expectedRevision > actual) return refuse;
        return this.idempotentAt(stream, Number(expectedRevision + 1n), events) ?? refuse;
      }
    }
  }

  private idempotentAnywhere(stream: StoredEvent[], events: ProposedEvent[]): AppendOutcome | undefined {
    const start = stream.findIndex((stored) => stored.id === events[0].id);
    if (start < 0) return undefined;
    // Found but not all in sequence is EventStoreDB's "corrupted idempotency": refused as a wrong version.
    return this.idempotentAt(stream, start, events) ?? { kind: 'wrong_expected_version', current: BigInt(stream.length - 1) };
  }

  private idempotentAt(stream: StoredEvent[], start: number, events: ProposedEvent[]): AppendOutcome | undefined {
    const slice = stream.slice(start, start + events.length);
    if (slice.length !== events.length || slice.some((stored, i) => stored.id !== events[i].id)) return undefined;
    const last = slice[slice.length - 1];
    return { kind: 'success', revision: last.revision, position: last.position };
  }

  /** Events of one stream from a revision (inclusive), in either direction; undefined when the stream does not exist. */
  readStream(streamId: string, from: bigint | 'start' | 'end', backwards: boolean, count: bigint): StoredEvent[] | undefined {
    const stream = this.streams.get(streamId);
    if (!stream) return undefined;
    const last = stream.length - 1;
    if (backwards) {
      const first = from === 'end' ? last : from === 'start' ? 0 : Math.min(Number(from), last);
      return take(stream.slice(0, first + 1).reverse(), count);
    }
    const first = from === 'start' ? 0 : from === 'end' ? stream.length : Number(from);
    return take(stream.slice(first), count);
  }

  /** $all forwards from a position (inclusive, as the server reads) or backwards before it (exclusive). */
  readAll(from: bigint | 'start' | 'end', backwards: boolean, count: bigint): StoredEvent[] {
    if (backwards) {
      const end = from === 'end' ? this.all.length : from === 'start' ? 0 : this.indexAtOrAfter(from);
      return take(this.all.slice(0, end).reverse(), count);
    }
    const start = from === 'start' ? 0 : from === 'end' ? this.all.length : this.indexAtOrAfter(from);
    return take(this.all.slice(start), count);
  }

  /** Index of the first event strictly after the position: where a subscription from it continues. */
  indexAfter(position: bigint): number {
    const index = this.indexAtOrAfter(position);
    return this.all[index]?.position === position ? index + 1 : index;
  }

  eventAt(index: number): StoredEvent | undefined {
    return this.all[index];
  }

  get length(): number {
    return this.all.length;
  }

  /** Calls the listener after every write; returns the unsubscribe. */
  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private indexAtOrAfter(position: bigint): number {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.all[middle].position < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function take(events: StoredEvent[], count: bigint): StoredEvent[] {
  return count >= BigInt(events.length) ? events : events.slice(0, Number(count));
}
