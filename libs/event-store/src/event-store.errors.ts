import type { ExpectedRevision } from './event-store.port';

/** Base of every error the store raises on purpose, so callers can tell them from bugs. */
export abstract class EventStoreError extends Error {
  override get name(): string {
    return this.constructor.name;
  }
}

export class WrongExpectedRevisionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or 'no_stream'. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamId} is at ${String(actual)}, expected ${String(expected)}`);
  }
}

export class StreamNotFoundError extends EventStoreError {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} does not exist`);
  }
}

/** The append itself is malformed (empty batch, oversized event, bad stream name): nothing was written. */
export class InvalidAppendError extends EventStoreError {}

/** The store cannot be reached or cannot write right now (server down, disk full, read-only): nothing was written. */
export class EventStoreUnavailableError extends EventStoreError {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
  }
}
