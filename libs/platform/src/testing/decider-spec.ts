import { foldEvents, type Decider, type DomainEvent } from '../decider';

type ErrorClass = new (...args: never[]) => Error;

/**
 * Given/when/then specifications for deciders, without any framework (after Emmett):
 *   given(decider, [incidentReported]).when(amendIncident).then([incidentAmended]);
 *   given(decider, []).when(openInvestigation).thenThrows(DomainRuleViolation, /credible/);
 */
export function given<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>, history: Event[]) {
  return {
    when(command: Command) {
      const run = () => decider.decide(command, foldEvents(decider, history));
      return {
        then(expected: Event[]): void {
          expect(run()).toEqual(expected);
        },
        /** For when only some fields matter (ids, derived values). */
        thenMatches(expected: Array<Partial<Event> | object>): void {
          expect(run()).toMatchObject(expected);
        },
        thenThrows(errorClass: ErrorClass, message?: RegExp | string): void {
          expect(run).toThrow(errorClass);
          if (message) expect(run).toThrow(message);
        },
      };
    },
  };
}
