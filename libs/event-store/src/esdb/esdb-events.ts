import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../event-store.port';

interface ClientRecordedEvent {
  streamId: string;
  type: string;
}

/** Events the server writes for itself ($-prefixed type or stream): never part of the application's $all. */
export function isSystemEvent(event: ClientRecordedEvent): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** The port's view of a client event; the commit position is the port's position, kept as bigint throughout. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB returned a link to a deleted event; the register writes no links');
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined) throw new Error(`EventStoreDB returned event ${event.id} without a position`);
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON`);
  return {
    id: event.id,
    streamId: event.streamId,
    revision: event.revision,
    position,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as unknown as EventMetadata,
  };
}
