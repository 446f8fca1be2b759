import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { AccountReader } from './account-reader';
import type { IssuedToken } from './auth.views';
import { SignInFailures } from './sign-in-failures';
import { clientAddressKey } from './sign-in-throttle';

export const TOKEN_LIFETIME_SECONDS = 15 * 60;

/** A hash to verify against when the account does not exist, so the answer takes as long either way. */
const ABSENT_ACCOUNT_HASH = argon2.hash('no such account');

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountReader,
    private readonly failures: SignInFailures,
    private readonly jwt: JwtService,
  ) {}

  /**
   * An unknown username, a wrong password and a disabled account get the same answer, after the same work, and
   * count as the same failure: nothing tells a guesser which accounts exist or are disabled.
   */
  async issueToken(username: string, password: string, clientIp: string): Promise<IssuedToken> {
    const attempt = this.failures.admit(username, clientAddressKey(clientIp), Date.now());
    if (attempt.held) {
      const seconds = Math.ceil(attempt.waitMs / 1000);
      throw new HttpException(
        { error: 'Too Many Requests', message: `Too many failed sign-ins; try again in ${seconds} s`, retryAfter: seconds },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const account = await this.accounts.current(username);
    const valid = await argon2.verify(account.status === 'NONE' ? await ABSENT_ACCOUNT_HASH : account.passwordHash, password);
    if (account.status !== 'ACTIVE' || !valid) throw new UnauthorizedException('Unknown username or wrong password');
    this.failures.succeeded(attempt);
    const accessToken = await this.jwt.signAsync({ sub: username, role: account.role, gen: account.tokenGeneration });
    return { accessToken, tokenType: 'Bearer', expiresIn: TOKEN_LIFETIME_SECONDS, role: account.role };
  }
}
