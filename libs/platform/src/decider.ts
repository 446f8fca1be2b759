/** A fact the domain produced: a discriminated union member, data only. */
export interface DomainEvent<Type extends string = string, Data extends Record<string, unknown> = Record<string, unknown>> {
  type: Type;
  data: Data;
}

/**
 * Domain logic as a decider (after Emmett): pure, no Nest, no database, no clock.
 * Time and ids come in with the command.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  /** The events the command produces; [] when it changes nothing. Throws DomainRuleViolation to refuse. */
  decide(command: Command, state: State): Event[];
}

/** A broken business rule: answered 422 with the rule in the message. */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';
}

export function foldEvents<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}

/** Compile-time exhaustiveness for switch statements over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
