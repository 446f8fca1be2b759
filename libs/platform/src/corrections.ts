import { DomainRuleViolation } from './decider';
import { canonicalJson } from './ids';
import { hasVisibleText } from './visible-text';

/*
 * Correcting a recorded fact (an incident, a movement, an adviser engagement): with a reason, and only when it
 * changes something. Pure, like the deciders that use it.
 */

export function assertReason(reason: string, what: string): void {
  if (!hasVisibleText(reason)) throw new DomainRuleViolation(`${what} needs a reason`);
}

/** The facts with the given corrections (undefined ones left out), and which of `fields` changed. */
export function corrected<Facts extends object, Field extends keyof Facts & string>(
  previous: Facts,
  corrections: Partial<Facts>,
  fields: readonly Field[],
  what: string,
): { next: Facts; changedFields: Field[] } {
  const given = Object.entries(corrections).filter(([, value]) => value !== undefined);
  const next = { ...previous, ...Object.fromEntries(given) } as Facts;
  const changedFields = fields.filter((field) => canonicalJson(previous[field]) !== canonicalJson(next[field]));
  if (changedFields.length === 0) throw new DomainRuleViolation(`An amendment must change at least one field of the ${what}`);
  return { next, changedFields };
}
