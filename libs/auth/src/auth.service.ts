import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { EVENT_STORE, StreamNotFoundError, type EventStore } from '../../event-store/src';
import { foldEvents } from '../../platform/src/decider';
import type { AuthenticatedUser } from '../../platform/src/http/roles';
import { accountStreamId, type AccountRegistered } from './account.decider';
import type { IssuedToken } from './auth.views';
import { SignInBackoff } from './sign-in-backoff';

export const TOKEN_LIFETIME_SECONDS = 15 * 60;

/** A hash to verify against when the account does not exist, so the answer takes as long either way. */
const ABSENT_ACCOUNT_HASH = argon2.hash('no such account');

@Injectable()
export class AuthService {
  private readonly backoff = new SignInBackoff();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jwt: JwtService,
  ) {}

  async issueToken(username: string, password: string): Promise<IssuedToken> {
    const wait = this.backoff.waitFor(username, Date.now());
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new HttpException(
        { error: 'Too Many Requests', message: `Too many failed sign-ins for this account; try again in ${seconds} s`, retryAfter: seconds },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const account = await this.account(username);
    const valid = await argon2.verify(account?.passwordHash ?? (await ABSENT_ACCOUNT_HASH), password);
    if (!account || !valid) {
      this.backoff.recordFailure(username, Date.now());
      throw new UnauthorizedException('Unknown username or wrong password');
    }
    this.backoff.recordSuccess(username);
    const user: AuthenticatedUser = { userId: account.username, username: account.username, role: account.role };
    const accessToken = await this.jwt.signAsync({ sub: user.userId, role: user.role });
    return { accessToken, tokenType: 'Bearer', expiresIn: TOKEN_LIFETIME_SECONDS, role: user.role };
  }

  /** Read from the account's own stream, not a projection: a new account can sign in at once. */
  private async account(username: string): Promise<AccountRegistered['data'] | undefined> {
    try {
      const events = await this.store.readStream(accountStreamId(username));
      return foldEvents<AccountRegistered, AccountRegistered['data'] | undefined>(
        { initialState: () => undefined, evolve: (_state, event) => event.data },
        events as unknown as AccountRegistered[],
      );
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
  }
}
