import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../platform/src/config/app-config';
import { AccountsController } from './accounts.controller';
import { AccountsProjection } from './accounts.projection';
import { AccountsService } from './accounts.service';
import { AccountReader } from './account-reader';
import { AuthController, SIGN_IN_FLOOD_LIMIT } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService, TOKEN_LIFETIME_SECONDS } from './auth.service';
import { SignInFailures } from './sign-in-failures';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a public
        // key on every verification, which cost 14% of the server's CPU under mixed load.
        secret: createSecretKey(Buffer.from(config.jwtSecret)),
        signOptions: { algorithm: 'HS256', expiresIn: TOKEN_LIFETIME_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRoot([SIGN_IN_FLOOD_LIMIT]),
  ],
  controllers: [AuthController, AccountsController],
  providers: [AuthService, AccountsService, AccountsProjection, AccountReader, SignInFailures, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccountsService],
})
export class AuthModule {}
