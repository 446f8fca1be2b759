import { validateAppend } from '../append-validation';
import { EventStoreError, InvalidAppendError } from '../event-store.errors';
import type { EventMetadata, NewEvent, RecordedEvent } from '../event-store.port';

/** One event of a backup: a line of NDJSON. Revision and position are decimal strings, as they may exceed 2^53. */
export interface EventLine {
  streamId: string;
  revision: bigint;
  position: bigint;
  event: NewEvent;
}

/** A backup line that cannot be restored; the import refuses the whole file. */
export class MalformedEventLineError extends EventStoreError {
  constructor(
    readonly lineNumber: number,
    readonly reason: string,
  ) {
    super(`Line ${lineNumber}: ${reason}`);
  }
}

const FIELDS = ['streamId', 'revision', 'position', 'id', 'type', 'data', 'metadata'];
const METADATA_STRINGS = ['commandId', 'correlationId', 'causationId', 'userId', 'role', 'recordedAt'] as const;
// EventStoreDB only takes UUIDs as event ids, so a backup must hold nothing else to restore on either store.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^(0|[1-9][0-9]*)$/;

export function formatEventLine(event: RecordedEvent): string {
  const { streamId, revision, position, id, type, data, metadata } = event;
  return JSON.stringify({ streamId, revision: revision.toString(), position: position.toString(), id, type, data, metadata });
}

export function parseEventLine(text: string, lineNumber: number): EventLine {
  function fail(reason: string): never {
    throw new MalformedEventLineError(lineNumber, reason);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) return fail('not a JSON object');
  const missing = FIELDS.filter((field) => !(field in value));
  if (missing.length > 0) fail(`missing ${missing.join(', ')}`);
  const unknown = Object.keys(value).filter((field) => !FIELDS.includes(field));
  if (unknown.length > 0) fail(`unknown field(s) ${unknown.join(', ')}`);
  const { streamId, revision, position, id, type, data, metadata } = value;
  if (typeof streamId !== 'string') fail('streamId is not a string');
  if (typeof id !== 'string' || !UUID.test(id)) fail('id is not a UUID');
  if (typeof type !== 'string' || type.length === 0) fail('type is not a non-empty string');
  if (!isObject(data)) fail('data is not a JSON object');
  const event: NewEvent = { id, type, data, metadata: checkedMetadata(metadata, fail) };
  const line: EventLine = {
    streamId,
    revision: decimal(revision, 'revision', fail),
    position: decimal(position, 'position', fail),
    event,
  };
  try {
    validateAppend(line.streamId, [event]);
  } catch (error) {
    if (error instanceof InvalidAppendError) fail(error.message);
    throw error;
  }
  return line;
}

function checkedMetadata(metadata: unknown, fail: (reason: string) => never): EventMetadata {
  if (!isObject(metadata)) return fail('metadata is not a JSON object');
  for (const key of METADATA_STRINGS) {
    if (typeof metadata[key] !== 'string') fail(`metadata.${key} is not a string`);
  }
  const version = metadata.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('metadata.schemaVersion is not a positive integer');
  return metadata as unknown as EventMetadata;
}

function decimal(value: unknown, field: string, fail: (reason: string) => never): bigint {
  if (typeof value === 'string' && DECIMAL.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  return fail(`${field} is not a non-negative integer`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
