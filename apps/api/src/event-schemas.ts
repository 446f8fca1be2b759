import type { EventSchema } from '../../../libs/event-store/src';

/** Every event type whose shape has changed since it was first stored, with its upcasters. */
export const EVENT_SCHEMAS: EventSchema[] = [];
