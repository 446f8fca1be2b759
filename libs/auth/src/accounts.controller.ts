import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { createHmac } from 'node:crypto';
import type { CommandContext, CommandResult } from '../../platform/src/command-context';
import { APP_CONFIG, type AppConfig } from '../../platform/src/config/app-config';
import { CommandCtx } from '../../platform/src/http/command-context.decorator';
import { contentHash } from '../../platform/src/ids';
import { Roles } from '../../platform/src/http/roles';
import { ROLES, type Role } from '../../platform/src/role';
import { AccountsService } from './accounts.service';
import type { AccountRow } from './accounts.projection';

export class RegisterAccountRequest {
  @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{1,49}$/, { message: 'username must be 2-50 lowercase letters, digits, ".", "_" or "-"' })
  username!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsString() @MinLength(12, { message: 'password must be at least 12 characters' }) @MaxLength(1000)
  password!: string;
}

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
@Roles('admin')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  register(@Body() body: RegisterAccountRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.accounts.register(body.username, body.role, body.password, { ...context, requestHash: this.requestHash(body) });
  }

  /**
   * The request hash is stored with the event (and in every export): over the body as sent it was a plain SHA-256
   * of the password, crackable far faster than the argon2 hash beside it. The password enters keyed by the JWT
   * secret, which no event or export holds; a retry still matches and a different password is still a 409.
   */
  private requestHash({ username, role, password }: RegisterAccountRequest): string {
    const keyedPassword = createHmac('sha256', this.config.jwtSecret).update(password).digest('base64url');
    return contentHash({ route: 'POST /api/accounts', username, role, keyedPassword });
  }

  @Get()
  list(): { items: AccountRow[] } {
    return { items: this.accounts.list() };
  }
}
