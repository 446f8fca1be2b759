import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
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

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('token')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @ApiOperation({ summary: 'Exchange a username and password for a short-lived bearer token' })
  issueToken(@Body() body: TokenRequest): Promise<IssuedToken> {
    return this.auth.issueToken(body.username, body.password);
  }
}
