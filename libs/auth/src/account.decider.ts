import { DomainRuleViolation, type Decider, type DomainEvent } from '../../platform/src/decider';
import type { Role } from '../../platform/src/role';

export type AccountRegistered = DomainEvent<'AccountRegistered', { username: string; role: Role; passwordHash: string; registeredAt: string }>;
export type AccountEvent = AccountRegistered;

export interface RegisterAccount {
  type: 'RegisterAccount';
  username: string;
  role: Role;
  /** Already hashed: the domain never sees a password. */
  passwordHash: string;
  at: Date;
}

export type AccountCommand = RegisterAccount;

export interface AccountState {
  registered: boolean;
}

export const accountStreamId = (username: string) => `account-${username}`;

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: () => ({ registered: false }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'AccountRegistered':
        return { registered: true };
    }
  },
  decide: (command, state) => {
    if (state.registered) throw new DomainRuleViolation(`Account ${command.username} already exists`);
    return [
      {
        type: 'AccountRegistered',
        data: { username: command.username, role: command.role, passwordHash: command.passwordHash, registeredAt: command.at.toISOString() },
      },
    ];
  },
};
