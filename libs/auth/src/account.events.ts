import type { DomainEvent } from '../../platform/src/decider';
import type { Role } from '../../platform/src/role';

/* Events of stream `account-<username>` (SPEC 2). The username is the account's id. */

export const accountStreamId = (username: string) => `account-${username}`;

export const ACCOUNT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export type AccountRegistered = DomainEvent<'AccountRegistered', { username: string; role: Role; passwordHash: string; registeredAt: string }>;
export type AccountDisabled = DomainEvent<'AccountDisabled', { username: string; disabledAt: string }>;
export type AccountEnabled = DomainEvent<'AccountEnabled', { username: string; enabledAt: string }>;
/** An administrator set a new password: the old one and every token issued before stop working. */
export type AccountPasswordReset = DomainEvent<'AccountPasswordReset', { username: string; passwordHash: string; resetAt: string }>;
export type AccountSessionsEnded = DomainEvent<'AccountSessionsEnded', { username: string; endedAt: string }>;

export type AccountEvent = AccountRegistered | AccountDisabled | AccountEnabled | AccountPasswordReset | AccountSessionsEnded;

export const ACCOUNT_EVENT_TYPES: ReadonlyArray<AccountEvent['type']> = [
  'AccountRegistered',
  'AccountDisabled',
  'AccountEnabled',
  'AccountPasswordReset',
  'AccountSessionsEnded',
];
