import { DomainRuleViolation } from '../../platform/src/decider';

/** How far ahead of the command's clock an occurredAt may lie: clocks in the field drift. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Something that happened cannot be logged as happening later than now (incidents and activities alike). */
export function assertNotInFuture(occurredAt: string, at: Date): void {
  if (Date.parse(occurredAt) > at.getTime() + FUTURE_TOLERANCE_MS) {
    throw new DomainRuleViolation(`occurredAt ${occurredAt} lies more than 5 minutes in the future (it is now ${at.toISOString()})`);
  }
}
