import type { RecordedEvent } from './event-store.port';

/** Turns the data of one schema version into the next; stored events are never rewritten, only read through these. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export interface EventSchema {
  type: string;
  /** Upcasters in order: the first turns version 1 into 2, and so on. Current version = upcasters.length + 1. */
  upcasters: Upcaster[];
}

/** Every event type whose shape has changed, with the way up from each old version. */
export class EventSchemas {
  private readonly byType = new Map<string, Upcaster[]>();

  constructor(schemas: EventSchema[] = []) {
    for (const schema of schemas) this.byType.set(schema.type, schema.upcasters);
  }

  currentVersion(type: string): number {
    return (this.byType.get(type)?.length ?? 0) + 1;
  }

  upcast<E extends RecordedEvent>(event: E): E {
    const upcasters = this.byType.get(event.type);
    const from = event.metadata.schemaVersion ?? 1;
    if (!upcasters || from > upcasters.length) return event;
    const data = upcasters.slice(from - 1).reduce((current, upcaster) => upcaster(current), event.data);
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: upcasters.length + 1 } };
  }
}
