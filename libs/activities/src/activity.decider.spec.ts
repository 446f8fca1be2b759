import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { activityDecider, type LogAdviserEngagement, type LogMovement } from './activity.decider';
import type { ActivityEvent } from './activity.events';

const at = new Date('2024-03-04T09:00:00.000Z');
const movement = { occurredAt: '2024-03-04T06:30:00.000Z', mission: 'NMI', destination: 'Ministry of Defence, Baghdad', advisersEscorted: 3 } as const;
const engagement = { occurredAt: '2024-03-04T07:00:00.000Z', mission: 'NMI', counterpart: 'Iraqi MoD J7', topic: 'Training curriculum' } as const;
const logMovement: LogMovement = { type: 'LogMovement', movementId: 'm-1', movement, at };
const logEngagement: LogAdviserEngagement = { type: 'LogAdviserEngagement', engagementId: 'e-1', engagement, at };
const movementLogged: ActivityEvent = { type: 'MovementLogged', data: { movementId: 'm-1', loggedAt: at.toISOString(), ...movement } };

describe('activity decider', () => {
  it('logs a movement', () => {
    given(activityDecider, []).when(logMovement).then([movementLogged]);
  });

  it('logs an adviser engagement', () => {
    given(activityDecider, [])
      .when(logEngagement)
      .then([{ type: 'AdviserEngagementLogged', data: { engagementId: 'e-1', loggedAt: at.toISOString(), ...engagement } }]);
  });

  it('logs each activity only once', () => {
    given(activityDecider, [movementLogged]).when(logMovement).thenThrows(DomainRuleViolation, /already/);
  });

  it('refuses a movement more than 5 minutes in the future', () => {
    const future = { ...logMovement, movement: { ...movement, occurredAt: '2024-03-04T09:05:01.000Z' } };
    given(activityDecider, []).when(future).thenThrows(DomainRuleViolation, /future/);
  });

  it('refuses an engagement more than 5 minutes in the future', () => {
    const future = { ...logEngagement, engagement: { ...engagement, occurredAt: '2024-03-05T00:00:00.000Z' } };
    given(activityDecider, []).when(future).thenThrows(DomainRuleViolation, /future/);
  });

  it('accepts an activity up to 5 minutes ahead of the clock', () => {
    const soon = { ...logMovement, movement: { ...movement, occurredAt: '2024-03-04T09:05:00.000Z' } };
    given(activityDecider, []).when(soon).thenMatches([{ type: 'MovementLogged' }]);
  });
});
