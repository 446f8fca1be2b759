/**
 * The event store port: the semantics of EventStoreDB, implemented by the embedded SQLite store and by the
 * EventStoreDB/KurrentDB adapter. Revisions and positions are bigint so no store can lose precision.
 */

/** Where a stream must stand for an append to go through. */
export type ExpectedRevision = 'no_stream' | 'any' | 'stream_exists' | bigint;

export const NO_STREAM = 'no_stream' as const;
export const ANY = 'any' as const;
export const STREAM_EXISTS = 'stream_exists' as const;

export interface EventMetadata {
  commandId: string;
  correlationId: string;
  causationId: string;
  userId: string;
  role: string;
  recordedAt: string;
  schemaVersion: number;
  /** Hash of the command that produced the event, so a retried command can be told from a conflicting one. */
  requestHash?: string;
}

export interface NewEvent<Type extends string = string, Data = Record<string, unknown>> {
  /** UUID; appending the same ids again at the same place is acknowledged without writing (as in EventStoreDB). */
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

/** Where and when an event was recorded: what the store adds to the event's type and data. */
export interface RecordedEventEnvelope {
  id: string;
  streamId: string;
  revision: bigint;
  /** Position in the global order ($all): strictly increasing, not necessarily contiguous. */
  position: bigint;
  metadata: EventMetadata;
}

/**
 * A stored event. Untyped as the store reads it; `RecordedEvent<IncidentEvent>` once a consumer has checked its
 * type, so a switch over `type` narrows `data` (a union distributes over the envelope).
 */
export type RecordedEvent<Event extends { type: string; data: unknown } = { type: string; data: Record<string, unknown> }> = Event &
  RecordedEventEnvelope;

export interface AppendResult {
  /** Revision of the last event written: the expected revision for the next append. */
  nextExpectedRevision: bigint;
  /** Global position of the last event written. */
  position: bigint;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to start at the beginning. */
  after?: bigint;
  maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Exclusive checkpoint: the position of the last event already processed. Omit to start at the beginning. */
  after?: bigint;
}

/**
 * A catch-up subscription: past events from the checkpoint, then live ones, with no gap and no repeat.
 * Iterate it with `for await`; `close()` ends the iteration.
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  appendToStream(streamId: string, events: NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /** Throws StreamNotFoundError when the stream has no events. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Position of the last event in $all (0n when empty): what read-your-writes waits for. */
  headPosition(): Promise<bigint>;
  /** Cheap liveness check for the health endpoint. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Nest injection token for the configured store. */
export const EVENT_STORE = Symbol('EVENT_STORE');
