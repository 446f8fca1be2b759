import type { DomainEvent } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';
import type { Mission } from '../../shared-kernel/src';

/*
 * Monitoring indicators (SPEC 3.5), each in its own stream: `movement-<uuid>` and `adviser-engagement-<uuid>`.
 * Times are ISO-8601 instants in UTC; `loggedAt` is when the command was accepted. A correction carries the facts
 * before and after, and a withdrawal the facts withdrawn, so a read model takes back what they counted without
 * looking anything up.
 */

export type Movement = { occurredAt: string; mission: Mission; destination: string; advisersEscorted: number };
export type AdviserEngagement = { occurredAt: string; mission: Mission; counterpart: string; topic: string };

export const MOVEMENT_FIELDS = ['occurredAt', 'mission', 'destination', 'advisersEscorted'] as const;
export const ENGAGEMENT_FIELDS = ['occurredAt', 'mission', 'counterpart', 'topic'] as const;
export type MovementField = (typeof MOVEMENT_FIELDS)[number];
export type EngagementField = (typeof ENGAGEMENT_FIELDS)[number];

type Amended<Facts, Field> = { amendedAt: string; reason: string; changedFields: Field[]; previous: Facts };
type Withdrawn = { withdrawnAt: string; reason: string };

export type MovementLogged = DomainEvent<'MovementLogged', { movementId: string; loggedAt: string } & Movement>;
export type MovementAmended = DomainEvent<'MovementAmended', { movementId: string; movement: Movement } & Amended<Movement, MovementField>>;
export type MovementWithdrawn = DomainEvent<'MovementWithdrawn', { movementId: string; movement: Movement } & Withdrawn>;
export type AdviserEngagementLogged = DomainEvent<'AdviserEngagementLogged', { engagementId: string; loggedAt: string } & AdviserEngagement>;
export type AdviserEngagementAmended = DomainEvent<
  'AdviserEngagementAmended',
  { engagementId: string; engagement: AdviserEngagement } & Amended<AdviserEngagement, EngagementField>
>;
export type AdviserEngagementWithdrawn = DomainEvent<
  'AdviserEngagementWithdrawn',
  { engagementId: string; engagement: AdviserEngagement } & Withdrawn
>;

export type MovementEvent = MovementLogged | MovementAmended | MovementWithdrawn;
export type AdviserEngagementEvent = AdviserEngagementLogged | AdviserEngagementAmended | AdviserEngagementWithdrawn;
export type ActivityEvent = MovementEvent | AdviserEngagementEvent;

export const ACTIVITY_EVENTS = new EventTypes<ActivityEvent>({
  MovementLogged: true,
  MovementAmended: true,
  MovementWithdrawn: true,
  AdviserEngagementLogged: true,
  AdviserEngagementAmended: true,
  AdviserEngagementWithdrawn: true,
});

export const movementStreamId = (movementId: string) => `movement-${movementId}`;
export const adviserEngagementStreamId = (engagementId: string) => `adviser-engagement-${engagementId}`;
