import { SetMetadata } from '@nestjs/common';
import type { Role } from '../role';

/** Everyone who works with the register's content (admins manage accounts and read health only). */
export const READERS: Role[] = ['operations', 'legal', 'manager'];

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** The roles that may call a route; every route names them, or is @Public(). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** What a verified token says about the caller. */
export interface AuthenticatedUser {
  userId: string;
  username: string;
  role: Role;
}
