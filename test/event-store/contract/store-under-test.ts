import { randomUUID } from 'node:crypto';
import type { AllSubscription, EventStore, NewEvent, RecordedEvent } from '../../../libs/event-store/src';

/** One store implementation as the contract sees it: a store, a way to restart it, and a way to throw it away. */
export interface StoreUnderTest {
  store: EventStore;
  /** Closes the store and opens it again on the same data, as after a restart of the process. */
  reopen(): Promise<EventStore>;
  /** Closes whatever is open and removes the data. */
  cleanup(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

/** A stream name no other test uses, so the contract also runs on a shared server. */
export function uniqueStream(prefix = 'contract'): string {
  return `${prefix}-${randomUUID()}`;
}

export function newEvent(data: Record<string, unknown> = {}, type = 'ContractTested'): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      userId: 'contract-user',
      role: 'adviser',
      recordedAt: '2024-03-01T08:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

export function newEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, index) => newEvent({ index }));
}

/** Captures the rejection of a promise, failing when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved');
}

/**
 * Reads a subscription until the event with `lastId` arrives, keeping only the events whose ids are in `ids`
 * (others may share the store). `onEvent` runs for every kept event while the subscription waits.
 */
export async function readUntil(
  subscription: AllSubscription,
  lastId: string,
  ids: ReadonlySet<string>,
  onEvent: (event: RecordedEvent, received: RecordedEvent[]) => Promise<void> | void = () => undefined,
): Promise<RecordedEvent[]> {
  const received: RecordedEvent[] = [];
  try {
    for await (const event of subscription) {
      if (!ids.has(event.id)) continue;
      received.push(event);
      if (event.id === lastId) return received;
      await onEvent(event, received);
    }
    throw new Error(`The subscription ended before event ${lastId} arrived`);
  } finally {
    await subscription.close();
  }
}

export function idsOf(events: Array<{ id: string }>): string[] {
  return events.map((event) => event.id);
}

export function expectStrictlyIncreasing(positions: bigint[]): void {
  positions.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(positions[index]));
}
