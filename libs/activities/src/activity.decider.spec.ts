import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import {
  activityDecider,
  type AmendAdviserEngagement,
  type AmendMovement,
  type LogAdviserEngagement,
  type LogMovement,
  type WithdrawAdviserEngagement,
  type WithdrawMovement,
} from './activity.decider';
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

describe('correcting and withdrawing an activity', () => {
  const later = new Date('2024-03-05T09:00:00.000Z');
  const amendMovement: AmendMovement = { type: 'AmendMovement', movementId: 'm-1', corrections: { advisersEscorted: 4 }, reason: 'Miscounted', at: later };
  const withdrawMovement: WithdrawMovement = { type: 'WithdrawMovement', movementId: 'm-1', reason: 'Logged twice', at: later };
  const engagementLogged: ActivityEvent = { type: 'AdviserEngagementLogged', data: { engagementId: 'e-1', loggedAt: at.toISOString(), ...engagement } };
  const movementAmended: ActivityEvent = {
    type: 'MovementAmended',
    data: { movementId: 'm-1', amendedAt: later.toISOString(), reason: 'Miscounted', changedFields: ['advisersEscorted'], previous: movement, movement: { ...movement, advisersEscorted: 4 } },
  };
  const movementWithdrawn: ActivityEvent = {
    type: 'MovementWithdrawn',
    data: { movementId: 'm-1', withdrawnAt: later.toISOString(), reason: 'Logged twice', movement },
  };

  it('amends a movement with the facts before and after', () => {
    given(activityDecider, [movementLogged]).when(amendMovement).then([movementAmended]);
  });

  it('amends an engagement, naming each field that changed', () => {
    const command: AmendAdviserEngagement = {
      type: 'AmendAdviserEngagement', engagementId: 'e-1', corrections: { topic: 'Range safety', mission: 'NMI', counterpart: undefined }, reason: 'Wrong topic', at: later,
    };
    given(activityDecider, [engagementLogged]).when(command).then([
      {
        type: 'AdviserEngagementAmended',
        data: { engagementId: 'e-1', amendedAt: later.toISOString(), reason: 'Wrong topic', changedFields: ['topic'], previous: engagement, engagement: { ...engagement, topic: 'Range safety' } },
      },
    ]);
  });

  it('amends from the facts as last corrected', () => {
    const again = { ...amendMovement, corrections: { destination: 'Union III' } };
    given(activityDecider, [movementLogged, movementAmended])
      .when(again)
      .thenMatches([{ type: 'MovementAmended', data: { previous: { advisersEscorted: 4 }, movement: { advisersEscorted: 4, destination: 'Union III' } } }]);
  });

  it('refuses an amendment that changes nothing, has no reason or moves the activity into the future', () => {
    given(activityDecider, [movementLogged]).when({ ...amendMovement, corrections: { advisersEscorted: 3 } }).thenThrows(DomainRuleViolation, /change at least one field/);
    given(activityDecider, [movementLogged]).when({ ...amendMovement, reason: '\u200b ' }).thenThrows(DomainRuleViolation, /needs a reason/);
    const future = { ...amendMovement, corrections: { occurredAt: '2024-03-05T09:05:01.000Z' } };
    given(activityDecider, [movementLogged]).when(future).thenThrows(DomainRuleViolation, /future/);
  });

  it('withdraws a movement with the facts it took back', () => {
    given(activityDecider, [movementLogged]).when(withdrawMovement).then([movementWithdrawn]);
    given(activityDecider, [movementLogged, movementAmended])
      .when(withdrawMovement)
      .thenMatches([{ type: 'MovementWithdrawn', data: { movement: { advisersEscorted: 4 } } }]);
  });

  it('withdraws an engagement', () => {
    const command: WithdrawAdviserEngagement = { type: 'WithdrawAdviserEngagement', engagementId: 'e-1', reason: 'Did not take place', at: later };
    given(activityDecider, [engagementLogged]).when(command).then([
      { type: 'AdviserEngagementWithdrawn', data: { engagementId: 'e-1', withdrawnAt: later.toISOString(), reason: 'Did not take place', engagement } },
    ]);
  });

  it('refuses a withdrawal without a reason', () => {
    given(activityDecider, [movementLogged]).when({ ...withdrawMovement, reason: '' }).thenThrows(DomainRuleViolation, /needs a reason/);
  });

  it('neither amends nor withdraws a withdrawn activity again, nor one never logged, nor logs it anew', () => {
    given(activityDecider, [movementLogged, movementWithdrawn]).when(amendMovement).thenThrows(DomainRuleViolation, /withdrawn/);
    given(activityDecider, [movementLogged, movementWithdrawn]).when(withdrawMovement).thenThrows(DomainRuleViolation, /withdrawn/);
    given(activityDecider, [movementLogged, movementWithdrawn]).when(logMovement).thenThrows(DomainRuleViolation, /already/);
    given(activityDecider, []).when(withdrawMovement).thenThrows(DomainRuleViolation, /not been logged/);
  });
});
