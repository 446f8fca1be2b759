import type { RecordedEvent } from '../../event-store/src';
import type { DomainEvent } from './decider';

/**
 * The type names of an event union, given as a record so that a type added to the union and left out here is a
 * compile error. `has` is the one place a stored event becomes typed: a stream holds only events of the types its
 * context appends (old shapes are upcast on reading), so the name stands for the shape.
 */
export class EventTypes<Event extends DomainEvent> {
  private readonly names: ReadonlySet<string>;

  constructor(private readonly types: Record<Event['type'], true>) {
    this.names = new Set(Object.keys(types));
  }

  has(event: RecordedEvent): event is RecordedEvent<Event> {
    return this.names.has(event.type);
  }

  /** The events of this union and another: for a consumer of several contexts. */
  with<Other extends DomainEvent>(other: EventTypes<Other>): EventTypes<Event | Other> {
    return new EventTypes<Event | Other>({ ...this.types, ...other.types });
  }
}
