import { assertReason, corrected } from '../../platform/src/corrections';
import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import { assertNotInFuture } from '../../shared-kernel/src';
import {
  ENGAGEMENT_FIELDS,
  MOVEMENT_FIELDS,
  type ActivityEvent,
  type AdviserEngagement,
  type Movement,
} from './activity.events';

type Correction = { reason: string; at: Date };
export type LogMovement = { type: 'LogMovement'; movementId: string; movement: Movement; at: Date };
export type AmendMovement = { type: 'AmendMovement'; movementId: string; corrections: Partial<Movement> } & Correction;
export type WithdrawMovement = { type: 'WithdrawMovement'; movementId: string } & Correction;
export type LogAdviserEngagement = { type: 'LogAdviserEngagement'; engagementId: string; engagement: AdviserEngagement; at: Date };
export type AmendAdviserEngagement = { type: 'AmendAdviserEngagement'; engagementId: string; corrections: Partial<AdviserEngagement> } & Correction;
export type WithdrawAdviserEngagement = { type: 'WithdrawAdviserEngagement'; engagementId: string } & Correction;
export type ActivityCommand =
  | LogMovement
  | AmendMovement
  | WithdrawMovement
  | LogAdviserEngagement
  | AmendAdviserEngagement
  | WithdrawAdviserEngagement;

/** One decider for both kinds: each stream holds one activity, and its facts are of that stream's kind. */
export type ActivityState = { status: 'NONE' } | { status: 'LOGGED' | 'WITHDRAWN'; facts: Movement | AdviserEngagement };

/** Movements and adviser engagements: logged once, never in the future; corrected or withdrawn with a reason. */
export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: () => ({ status: 'NONE' }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'MovementLogged': {
        const { movementId: _id, loggedAt: _at, ...movement } = event.data;
        return { status: 'LOGGED', facts: movement };
      }
      case 'AdviserEngagementLogged': {
        const { engagementId: _id, loggedAt: _at, ...engagement } = event.data;
        return { status: 'LOGGED', facts: engagement };
      }
      case 'MovementAmended':
        return { status: 'LOGGED', facts: event.data.movement };
      case 'AdviserEngagementAmended':
        return { status: 'LOGGED', facts: event.data.engagement };
      case 'MovementWithdrawn':
      case 'AdviserEngagementWithdrawn':
        return state.status === 'NONE' ? state : { status: 'WITHDRAWN', facts: state.facts };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    const at = command.at.toISOString();
    switch (command.type) {
      case 'LogMovement':
        assertNew(state);
        assertNotInFuture(command.movement.occurredAt, command.at);
        return [{ type: 'MovementLogged', data: { movementId: command.movementId, loggedAt: at, ...command.movement } }];
      case 'LogAdviserEngagement':
        assertNew(state);
        assertNotInFuture(command.engagement.occurredAt, command.at);
        return [{ type: 'AdviserEngagementLogged', data: { engagementId: command.engagementId, loggedAt: at, ...command.engagement } }];
      case 'AmendMovement': {
        const previous = standing(state, 'amended') as Movement;
        const { next: movement, changedFields } = amended(previous, command, MOVEMENT_FIELDS, 'movement');
        const data = { movementId: command.movementId, amendedAt: at, reason: command.reason, changedFields, previous, movement };
        return [{ type: 'MovementAmended', data }];
      }
      case 'AmendAdviserEngagement': {
        const previous = standing(state, 'amended') as AdviserEngagement;
        const { next: engagement, changedFields } = amended(previous, command, ENGAGEMENT_FIELDS, 'adviser engagement');
        const data = { engagementId: command.engagementId, amendedAt: at, reason: command.reason, changedFields, previous, engagement };
        return [{ type: 'AdviserEngagementAmended', data }];
      }
      case 'WithdrawMovement': {
        const movement = withdrawn(state, command) as Movement;
        return [{ type: 'MovementWithdrawn', data: { movementId: command.movementId, withdrawnAt: at, reason: command.reason, movement } }];
      }
      case 'WithdrawAdviserEngagement': {
        const engagement = withdrawn(state, command) as AdviserEngagement;
        const data = { engagementId: command.engagementId, withdrawnAt: at, reason: command.reason, engagement };
        return [{ type: 'AdviserEngagementWithdrawn', data }];
      }
      default:
        return assertNever(command);
    }
  },
};

function assertNew(state: ActivityState): void {
  if (state.status !== 'NONE') throw new DomainRuleViolation('This activity has already been logged');
}

/** The facts of an activity that still counts: a withdrawn one can be neither corrected nor withdrawn again. */
function standing(state: ActivityState, verb: string): Movement | AdviserEngagement {
  if (state.status === 'NONE') throw new DomainRuleViolation(`This activity has not been logged, so it cannot be ${verb}`);
  if (state.status === 'WITHDRAWN') throw new DomainRuleViolation(`This activity has been withdrawn and can no longer be ${verb}`);
  return state.facts;
}

function amended<Facts extends Movement | AdviserEngagement, Field extends keyof Facts & string>(
  previous: Facts,
  command: Correction & { corrections: Partial<Facts> },
  fields: readonly Field[],
  what: string,
): { next: Facts; changedFields: Field[] } {
  assertReason(command.reason, 'An amendment');
  const result = corrected(previous, command.corrections, fields, what);
  assertNotInFuture(result.next.occurredAt, command.at);
  return result;
}

function withdrawn(state: ActivityState, command: Correction): Movement | AdviserEngagement {
  const facts = standing(state, 'withdrawn');
  assertReason(command.reason, 'A withdrawal');
  return facts;
}
