import { ErrorType } from '@eventstore/db-client';
import {
  EventStoreError,
  EventStoreUnavailableError,
  InvalidAppendError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';

/** The client's errors carry a `type`; gRPC errors that never became one carry a numeric `code`. */
interface ClientError {
  type?: string;
  code?: unknown;
  message?: string;
  actualVersion?: bigint | 'no_stream';
  maxAppendSize?: number;
}

/** Conditions that pass on their own: the server is down, restarting, electing a leader or too slow to answer. */
const TRANSIENT_TYPES = new Set<string>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.NOT_LEADER,
]);

/** gRPC status codes for the same conditions when the client passes them through unconverted. */
const TRANSIENT_GRPC_CODES = new Set<unknown>([1 /* CANCELLED */, 4 /* DEADLINE_EXCEEDED */, 10 /* ABORTED */, 14 /* UNAVAILABLE */]);

export function isTransient(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  const { type, code, message } = (error ?? {}) as ClientError;
  if (type !== undefined) return TRANSIENT_TYPES.has(type);
  if (TRANSIENT_GRPC_CODES.has(code)) return true;
  // Gossip discovery gives up with a plain Error when no seed answers.
  return typeof message === 'string' && message.startsWith('Failed to discover');
}

/** Translates what the client throws into the port's errors; anything unrecognised passes through as it is. */
export function toStoreError(error: unknown, streamId = '$all', expected: ExpectedRevision = 'any'): unknown {
  if (error instanceof EventStoreError) return error;
  const clientError = (error ?? {}) as ClientError;
  switch (clientError.type) {
    case ErrorType.WRONG_EXPECTED_VERSION:
      return new WrongExpectedRevisionError(streamId, expected, clientError.actualVersion ?? 'no_stream');
    case ErrorType.STREAM_NOT_FOUND:
      return new StreamNotFoundError(streamId);
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
      return new InvalidAppendError(`The append to ${streamId} exceeds the server's limit of ${clientError.maxAppendSize} bytes`);
  }
  if (isTransient(error)) {
    return new EventStoreUnavailableError(`EventStoreDB is unavailable: ${clientError.message ?? String(error)}`, error);
  }
  return error;
}
