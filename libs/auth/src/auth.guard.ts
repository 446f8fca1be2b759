import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { HttpRequest } from '../../platform/src/http/command-context.decorator';
import { PUBLIC_KEY, ROLES_KEY, type AuthenticatedUser } from '../../platform/src/http/roles';
import { ROLES, type Role } from '../../platform/src/role';
import { AccountReader } from './account-reader';
import { tokenGenerationOf, type TokenClaims } from './token-claims';

/**
 * Every route needs a valid bearer token of an active account and one of the roles it names; a route that names
 * no roles is closed to everyone, so forgetting @Roles can never open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly accounts: AccountReader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      // Open to everyone, but a valid token still says who asks (health shows its detail to admins only).
      request.user = await this.verify(request).catch(() => undefined);
      return true;
    }
    request.user = await this.verify(request);
    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!allowed.includes(request.user.role)) {
      throw new ForbiddenException(`The role ${request.user.role} may not do this`);
    }
    return true;
  }

  private async verify(request: HttpRequest): Promise<AuthenticatedUser> {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer token is required');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired');
    }
    const generation = tokenGenerationOf(claims);
    if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role as Role) || generation === undefined) {
      throw new UnauthorizedException('The token is invalid or has expired');
    }
    const account = await this.accounts.current(claims.sub);
    if (account.status !== 'ACTIVE' || account.tokenGeneration !== generation || account.role !== claims.role) {
      // One answer for disabled, reset and ended: the token no longer counts, whatever happened to the account.
      throw new UnauthorizedException('The token is no longer valid; sign in again');
    }
    return { userId: claims.sub, username: claims.sub, role: account.role };
  }
}
