import { WrongExpectedRevisionError, type EventStore, type NewEvent } from '../../event-store/src';
import type { CommandContext } from './command-context';
import { ConflictError } from './command-errors';
import { deterministicId } from './ids';

export const IDEMPOTENCY_KEY_CLAIMED = 'IdempotencyKeyClaimed';

/** One stream per key of one user: another user's equal key is theirs alone. */
export const idempotencyKeyStreamId = (userId: string, key: string) => `idempotency-key-${deterministicId('idempotency-key', userId, key)}`;

/**
 * Ties an Idempotency-Key to the one request it was first used for, across every item and route: the first
 * append to the key's stream wins, and a later request with the key must ask the same thing or is refused 409.
 * Claimed just before the command's own append: a request refused 4xx leaves its key unused, and a crash between
 * the claim and the append is completed by the client's retry, which finds its own claim.
 */
export async function claimIdempotencyKey(store: EventStore, context: CommandContext, streamId: string): Promise<void> {
  const key = context.idempotencyKey;
  if (key === undefined) return;
  const keyStream = idempotencyKeyStreamId(context.userId, key);
  try {
    await store.appendToStream(keyStream, [claimEvent(context, streamId)], { expectedRevision: 'no_stream' });
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    const [claim] = await store.readStream(keyStream);
    if (claim.metadata.requestHash !== context.requestHash) {
      throw keyUsedForAnotherRequest(key);
    }
  }
}

export const keyUsedForAnotherRequest = (key: string) => new ConflictError(`Idempotency-Key ${key} was already used for a different request`);

function claimEvent(context: CommandContext, streamId: string): NewEvent {
  const { commandId, correlationId, causationId, userId, role, now, requestHash } = context;
  return {
    id: deterministicId('idempotency-key-claim', userId, commandId, requestHash),
    type: IDEMPOTENCY_KEY_CLAIMED,
    data: { streamId },
    metadata: { commandId, correlationId, causationId, userId, role, recordedAt: now.toISOString(), schemaVersion: 1, requestHash },
  };
}
