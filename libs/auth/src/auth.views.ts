import type { Role } from '../../platform/src/role';
import type { AccountStatus } from './account.events';

/** The answer to a sign-in (SPEC 4). Type-only, so the web pages import the same definition. */
export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  role: Role;
}

/** One account in `GET /api/accounts` (never its password hash). `id` is the username, as in the path. */
export interface AccountItem {
  id: string;
  username: string;
  role: Role;
  status: AccountStatus;
  /** The account stream's revision: the expectedRevision for its next command. */
  revision: number;
  registeredAt: string;
}
