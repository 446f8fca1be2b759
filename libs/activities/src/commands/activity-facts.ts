import { utcInstant } from '../../../shared-kernel/src';
import type { AdviserEngagement, Movement } from '../activity.events';
import type { AmendAdviserEngagementRequest, AmendMovementRequest, LogAdviserEngagementRequest, LogMovementRequest } from '../http/activity.dto';

/*
 * Plain facts of a validated body, for logging and for correcting alike: only the fields it names (a correction
 * leaves the others undefined, so they stay as they were), instants in UTC.
 */

const instant = (value?: string) => (value === undefined ? undefined : utcInstant(value));

export function movementFacts(body: LogMovementRequest): Movement;
export function movementFacts(body: AmendMovementRequest): Partial<Movement>;
export function movementFacts(body: Partial<Movement>): Partial<Movement> {
  return { occurredAt: instant(body.occurredAt), mission: body.mission, destination: body.destination, advisersEscorted: body.advisersEscorted };
}

export function engagementFacts(body: LogAdviserEngagementRequest): AdviserEngagement;
export function engagementFacts(body: AmendAdviserEngagementRequest): Partial<AdviserEngagement>;
export function engagementFacts(body: Partial<AdviserEngagement>): Partial<AdviserEngagement> {
  return { occurredAt: instant(body.occurredAt), mission: body.mission, counterpart: body.counterpart, topic: body.topic };
}
