import { DomainRuleViolation, foldEvents } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { accountDecider, type AccountCommand } from './account.decider';
import type { AccountEvent } from './account.events';

const username = 'jurist-bakker';
const at = new Date('2024-06-01T08:00:00.000Z');
const later = new Date('2024-06-02T08:00:00.000Z');

const registered: AccountEvent = { type: 'AccountRegistered', data: { username, role: 'legal', passwordHash: '$argon2id$old', registeredAt: at.toISOString() } };
const disabled: AccountEvent = { type: 'AccountDisabled', data: { username, disabledAt: later.toISOString() } };
const enabled: AccountEvent = { type: 'AccountEnabled', data: { username, enabledAt: later.toISOString() } };
const reset: AccountEvent = { type: 'AccountPasswordReset', data: { username, passwordHash: '$argon2id$new', resetAt: later.toISOString() } };
const ended: AccountEvent = { type: 'AccountSessionsEnded', data: { username, endedAt: later.toISOString() } };

const disable: AccountCommand = { type: 'DisableAccount', username, at: later };
const enable: AccountCommand = { type: 'EnableAccount', username, at: later };
const resetPassword: AccountCommand = { type: 'ResetPassword', username, passwordHash: '$argon2id$new', at: later };
const endSessions: AccountCommand = { type: 'EndSessions', username, at: later };

describe('account decider', () => {
  it('registers an account once', () => {
    const register: AccountCommand = { type: 'RegisterAccount', username, role: 'legal', passwordHash: '$argon2id$old', at };
    given(accountDecider, []).when(register).then([registered]);
    given(accountDecider, [registered]).when(register).thenThrows(DomainRuleViolation, /already exists/);
  });

  it('disables an active account, and refuses to disable it twice', () => {
    given(accountDecider, [registered]).when(disable).then([disabled]);
    given(accountDecider, [registered, disabled]).when(disable).thenThrows(DomainRuleViolation, /already disabled/);
  });

  it('enables a disabled account, and refuses to enable one that is not disabled', () => {
    given(accountDecider, [registered, disabled]).when(enable).then([enabled]);
    given(accountDecider, [registered]).when(enable).thenThrows(DomainRuleViolation, /not disabled/);
    given(accountDecider, [registered, disabled, enabled]).when(enable).thenThrows(DomainRuleViolation, /not disabled/);
  });

  it('resets the password and ends the sessions of an active or a disabled account', () => {
    given(accountDecider, [registered]).when(resetPassword).then([reset]);
    given(accountDecider, [registered, disabled]).when(resetPassword).then([reset]);
    given(accountDecider, [registered]).when(endSessions).then([ended]);
    given(accountDecider, [registered, disabled]).when(endSessions).then([ended]);
  });

  it('refuses every command on an account that was never registered', () => {
    for (const command of [disable, enable, resetPassword, endSessions]) {
      given(accountDecider, []).when(command).thenThrows(DomainRuleViolation, /does not exist/);
    }
  });

  describe('the state sign-in and the guard read', () => {
    const stateAfter = (events: AccountEvent[]) => foldEvents(accountDecider, events);

    it('starts tokens at generation 0, and each disable, reset and end of sessions starts a new generation; enabling does not', () => {
      expect(stateAfter([registered])).toEqual({ status: 'ACTIVE', role: 'legal', passwordHash: '$argon2id$old', tokenGeneration: 0 });
      expect(stateAfter([registered, disabled])).toMatchObject({ status: 'DISABLED', tokenGeneration: 1 });
      expect(stateAfter([registered, disabled, enabled])).toMatchObject({ status: 'ACTIVE', tokenGeneration: 1 });
      expect(stateAfter([registered, reset, ended])).toMatchObject({ status: 'ACTIVE', passwordHash: '$argon2id$new', tokenGeneration: 2 });
    });

    it('keeps the role through every change', () => {
      expect(stateAfter([registered, disabled, enabled, reset, ended])).toMatchObject({ role: 'legal' });
    });
  });
});
