import type { RecordedEvent } from '../../event-store/src';
import type { CommandContext } from './command-context';
import { contentHash, deterministicId } from './ids';

/**
 * The context of a command a process manager issues in reaction to an event. Command id and request hash come
 * from `key` (what the reaction is about), so a second delivery, a replay or another instance issuing the same
 * reaction is answered with the first result instead of acting twice.
 */
export function reactionContext(trigger: RecordedEvent, key: Record<string, string | number>, actor: string): CommandContext {
  const requestHash = contentHash(key);
  return {
    commandId: deterministicId('reaction', requestHash),
    correlationId: trigger.metadata.correlationId,
    causationId: trigger.id,
    userId: actor,
    role: 'system',
    // The reaction belongs to the moment of its trigger: a replay long after decides exactly as the first delivery.
    now: new Date(trigger.metadata.recordedAt),
    requestHash,
  };
}
