import type { Role } from '../../platform/src/role';

/** The answer to a sign-in (SPEC 4). Type-only, so the web pages import the same definition. */
export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  role: Role;
}
