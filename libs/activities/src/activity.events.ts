import type { DomainEvent } from '../../platform/src/decider';
import type { Mission } from '../../incidents/src/mission';

/*
 * Monitoring indicators (SPEC 3.5), each in its own stream: `movement-<uuid>` and `adviser-engagement-<uuid>`.
 * Times are ISO-8601 instants in UTC; `loggedAt` is when the command was accepted.
 */

export type Movement = { occurredAt: string; mission: Mission; destination: string; advisersEscorted: number };
export type AdviserEngagement = { occurredAt: string; mission: Mission; counterpart: string; topic: string };

export type MovementLogged = DomainEvent<'MovementLogged', { movementId: string; loggedAt: string } & Movement>;
export type AdviserEngagementLogged = DomainEvent<'AdviserEngagementLogged', { engagementId: string; loggedAt: string } & AdviserEngagement>;

export type ActivityEvent = MovementLogged | AdviserEngagementLogged;

export const movementStreamId = (movementId: string) => `movement-${movementId}`;
export const adviserEngagementStreamId = (engagementId: string) => `adviser-engagement-${engagementId}`;
