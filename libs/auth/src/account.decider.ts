import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import type { Role } from '../../platform/src/role';
import type { AccountEvent, AccountStatus } from './account.events';

export type RegisterAccount = {
  type: 'RegisterAccount';
  username: string;
  role: Role;
  /** Already hashed: the domain never sees a password. */
  passwordHash: string;
  at: Date;
};
export type DisableAccount = { type: 'DisableAccount'; username: string; at: Date };
export type EnableAccount = { type: 'EnableAccount'; username: string; at: Date };
export type ResetPassword = { type: 'ResetPassword'; username: string; passwordHash: string; at: Date };
export type EndSessions = { type: 'EndSessions'; username: string; at: Date };
export type AccountCommand = RegisterAccount | DisableAccount | EnableAccount | ResetPassword | EndSessions;

export type AccountState =
  | { status: 'NONE' }
  | {
      status: AccountStatus;
      role: Role;
      passwordHash: string;
      /**
       * Tokens carry the generation they were issued in; disabling, a password reset and ending the sessions each
       * start a new one, so every token issued before is refused at once.
       */
      tokenGeneration: number;
    };

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: () => ({ status: 'NONE' }),

  evolve: (state, event) => {
    if (event.type === 'AccountRegistered') {
      return { status: 'ACTIVE', role: event.data.role, passwordHash: event.data.passwordHash, tokenGeneration: 0 };
    }
    if (state.status === 'NONE') return state;
    switch (event.type) {
      case 'AccountDisabled':
        return { ...state, status: 'DISABLED', tokenGeneration: state.tokenGeneration + 1 };
      case 'AccountEnabled':
        return { ...state, status: 'ACTIVE' };
      case 'AccountPasswordReset':
        return { ...state, passwordHash: event.data.passwordHash, tokenGeneration: state.tokenGeneration + 1 };
      case 'AccountSessionsEnded':
        return { ...state, tokenGeneration: state.tokenGeneration + 1 };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    if (command.type === 'RegisterAccount') {
      if (state.status !== 'NONE') throw new DomainRuleViolation(`Account ${command.username} already exists`);
      const { username, role, passwordHash, at } = command;
      return [{ type: 'AccountRegistered', data: { username, role, passwordHash, registeredAt: at.toISOString() } }];
    }
    // The executor answers 404 before deciding on an account that was never registered.
    if (state.status === 'NONE') throw new DomainRuleViolation(`Account ${command.username} does not exist`);
    const { username } = command;
    const at = command.at.toISOString();
    switch (command.type) {
      case 'DisableAccount':
        if (state.status === 'DISABLED') throw new DomainRuleViolation(`Account ${username} is already disabled`);
        return [{ type: 'AccountDisabled', data: { username, disabledAt: at } }];
      case 'EnableAccount':
        if (state.status === 'ACTIVE') throw new DomainRuleViolation(`Account ${username} is not disabled`);
        return [{ type: 'AccountEnabled', data: { username, enabledAt: at } }];
      case 'ResetPassword':
        return [{ type: 'AccountPasswordReset', data: { username, passwordHash: command.passwordHash, resetAt: at } }];
      case 'EndSessions':
        return [{ type: 'AccountSessionsEnded', data: { username, endedAt: at } }];
      default:
        return assertNever(command);
    }
  },
};
