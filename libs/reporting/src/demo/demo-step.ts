import type { Type } from '@nestjs/common';
import type { ICommand } from '@nestjs/cqrs';
import { DateTime } from 'luxon';
import type { CommandContext } from '../../../platform/src/command-context';
import { deterministicId } from '../../../platform/src/ids';
import type { Role } from '../../../platform/src/role';

/** Every text the demo writes starts with this, so nobody takes the scenario for a real record. */
export const FICTIONAL = '[FICTIONAL]';

/** Baghdad local time (UTC+3 all year) is how the company writes its times. */
const BAGHDAD = 'Asia/Baghdad';

/**
 * One thing someone in the fictional company does: who, when, the request body (checked with the API's own DTO),
 * and the command it becomes on the CommandBus. `reactions` names the stream whose events the service's process
 * managers react to (a use of force opens a review; an investigation requires a notification).
 */
export interface DemoStep {
  key: string;
  role: Role;
  /** When it was recorded (the command's clock). */
  at: string;
  request: Type<object>;
  body: Record<string, unknown>;
  command: (body: never, context: CommandContext) => ICommand;
  reactions?: string;
}

/** The id of a fictional item: the same on every run, so seeding twice writes nothing new. */
export const demoId = (...parts: string[]) => deterministicId('demo-2024', ...parts);

/** An instant in Baghdad time, as ISO-8601 with its offset. */
export function baghdad(date: string, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: BAGHDAD }).toISO({ suppressMilliseconds: true })!;
}

/** Minutes later, as an ISO-8601 instant in UTC. */
export function later(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

/** A small deterministic generator (mulberry32): the same "random" scenario every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every day from `first` to `last` (YYYY-MM-DD, inclusive). */
export function daysOf(first: string, last: string): DateTime[] {
  const days: DateTime[] = [];
  for (let day = DateTime.fromISO(first, { zone: BAGHDAD }); day.toISODate()! <= last; day = day.plus({ days: 1 })) days.push(day);
  return days;
}
