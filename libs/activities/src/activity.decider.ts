import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import { assertNotInFuture } from '../../incidents/src/occurred-at';
import type { ActivityEvent, AdviserEngagement, Movement } from './activity.events';

export type LogMovement = { type: 'LogMovement'; movementId: string; movement: Movement; at: Date };
export type LogAdviserEngagement = { type: 'LogAdviserEngagement'; engagementId: string; engagement: AdviserEngagement; at: Date };
export type ActivityCommand = LogMovement | LogAdviserEngagement;

export type ActivityState = { logged: boolean };

/** Movements and adviser engagements: facts logged once, never in the future. */
export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: () => ({ logged: false }),

  evolve: () => ({ logged: true }),

  decide: (command, state) => {
    if (state.logged) throw new DomainRuleViolation('This activity has already been logged');
    const loggedAt = command.at.toISOString();
    switch (command.type) {
      case 'LogMovement':
        assertNotInFuture(command.movement.occurredAt, command.at);
        return [{ type: 'MovementLogged', data: { movementId: command.movementId, loggedAt, ...command.movement } }];
      case 'LogAdviserEngagement':
        assertNotInFuture(command.engagement.occurredAt, command.at);
        return [{ type: 'AdviserEngagementLogged', data: { engagementId: command.engagementId, loggedAt, ...command.engagement } }];
      default:
        return assertNever(command);
    }
  },
};
