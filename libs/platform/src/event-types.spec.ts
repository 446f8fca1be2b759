import type { RecordedEvent } from '../../event-store/src';
import type { DomainEvent } from './decider';
import { EventTypes } from './event-types';

type Opened = DomainEvent<'Opened', { at: string }>;
type Closed = DomainEvent<'Closed', { reason: string }>;
type Noted = DomainEvent<'Noted', { text: string }>;

const stored = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  id: '5b0c6c36-52bd-4bb8-9d3c-0d2f3b0e6d3f',
  streamId: 'thing-1',
  revision: 0n,
  position: 1n,
  type,
  data,
  metadata: { commandId: 'c', correlationId: 'c', causationId: 'c', userId: 'u', role: 'operations', recordedAt: '2024-01-01T00:00:00.000Z', schemaVersion: 1 },
});

describe('EventTypes', () => {
  const lifecycle = new EventTypes<Opened | Closed>({ Opened: true, Closed: true });

  it('given the types of a union, when a stored event of one of them comes, then it is recognised and typed', () => {
    const event = stored('Closed', { reason: 'done' });
    expect(lifecycle.has(event)).toBe(true);
    if (lifecycle.has(event) && event.type === 'Closed') expect(event.data.reason).toBe('done');
  });

  it('given the types of a union, when an event of another type comes, then it is not one of them', () => {
    expect(lifecycle.has(stored('Noted', { text: 'x' }))).toBe(false);
  });

  it('given two unions, when combined, then an event of either is recognised and of neither is not', () => {
    const both = lifecycle.with(new EventTypes<Noted>({ Noted: true }));
    expect(['Opened', 'Closed', 'Noted', 'Other'].map((type) => both.has(stored(type, {})))).toEqual([true, true, true, false]);
  });

  it('given a union, when its record leaves a type out, then it does not compile', () => {
    // @ts-expect-error Closed is missing: a type of the union left out of its record is a compile error.
    expect(new EventTypes<Opened | Closed>({ Opened: true }).has(stored('Closed', {}))).toBe(false);
  });
});
