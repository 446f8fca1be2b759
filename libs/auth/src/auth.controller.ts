import { Body, Controller, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Public } from '../../platform/src/http/roles';
import { AuthService } from './auth.service';
import type { IssuedToken } from './auth.views';

export class TokenRequest {
  @IsString() @MinLength(1) @MaxLength(100)
  username!: string;

  @IsString() @MinLength(1) @MaxLength(1000)
  password!: string;
}

/**
 * Requests of any kind from one address to one instance (kept in its memory): a cap on cheap floods, 5 a second.
 * Guessing is limited by the failed sign-ins counted in DATA_DIR (sign-in-throttle.ts), which successes do not use up.
 */
export const SIGN_IN_FLOOD_LIMIT = { limit: 300, ttl: 60_000 };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Exchange a username and password for a short-lived bearer token' })
  issueToken(@Body() body: TokenRequest, @Ip() clientIp: string): Promise<IssuedToken> {
    return this.auth.issueToken(body.username, body.password, clientIp);
  }
}
