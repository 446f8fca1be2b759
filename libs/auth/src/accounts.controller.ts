import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { createHmac } from 'node:crypto';
import { IsOmittable } from '../../platform/src/http/field-validators';
import type { CommandContext, CommandResult } from '../../platform/src/command-context';
import { APP_CONFIG, type AppConfig } from '../../platform/src/config/app-config';
import { CommandCtx } from '../../platform/src/http/command-context.decorator';
import type { Page } from '../../platform/src/http/page';
import { PageQuery } from '../../platform/src/http/paging';
import { Roles } from '../../platform/src/http/roles';
import { contentHash } from '../../platform/src/ids';
import { ROLES, type Role } from '../../platform/src/role';
import { AccountsService, type AccountChange } from './accounts.service';
import type { AccountItem } from './auth.views';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,49}$/;
const USERNAME_RULE = 'must be 2-50 lowercase letters, digits, ".", "_" or "-"';
const PASSWORD_RULE = { minLength: 12, maxLength: 1000 };

/** A password an administrator sets: the same rule on creation and on a reset. */
const IsPassword = () =>
  applyDecorators(
    ApiProperty({ ...PASSWORD_RULE, format: 'password' }),
    IsString(),
    MinLength(PASSWORD_RULE.minLength, { message: `password must be at least ${PASSWORD_RULE.minLength} characters` }),
    MaxLength(PASSWORD_RULE.maxLength),
  );

export class RegisterAccountRequest {
  @ApiProperty({ pattern: USERNAME.source }) @IsString() @Matches(USERNAME, { message: `username ${USERNAME_RULE}` })
  username!: string;

  @ApiProperty({ enum: ROLES }) @IsIn(ROLES)
  role!: Role;

  @IsPassword()
  password!: string;
}

export class AccountParams {
  @ApiProperty({ description: 'the username', pattern: USERNAME.source }) @IsString() @Matches(USERNAME, { message: `id ${USERNAME_RULE}` })
  id!: string;
}

export class AccountChangeRequest {
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class PasswordResetRequest extends AccountChangeRequest {
  @IsPassword()
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
    const { username, role, password } = body;
    const requestHash = this.keyedRequestHash({ route: 'POST /api/accounts', username, role }, password);
    return this.accounts.register(username, role, password, { ...context, requestHash });
  }

  @Get()
  list(@Query() query: PageQuery): Page<AccountItem> {
    return this.accounts.page(query);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account: it cannot sign in, and every token it was given is refused from the next request' })
  disable(@Param() params: AccountParams, @Body() body: AccountChangeRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change('disable', params, body, context);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account: it may sign in again (tokens from before it was disabled stay refused)' })
  enable(@Param() params: AccountParams, @Body() body: AccountChangeRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change('enable', params, body, context);
  }

  @Post(':id/sessions-ended')
  @HttpCode(200)
  @ApiOperation({ summary: "End a person's sessions: every token the account was given is refused from the next request" })
  endSessions(@Param() params: AccountParams, @Body() body: AccountChangeRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.change('end-sessions', params, body, context);
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password: the old one and every token the account was given stop working at once' })
  resetPassword(@Param() params: AccountParams, @Body() body: PasswordResetRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    const { password, expectedRevision } = body;
    const requestHash = this.keyedRequestHash({ route: 'POST /api/accounts/:id/password-reset', username: params.id, expectedRevision }, password);
    return this.accounts.resetPassword(params.id, password, { ...context, requestHash }, expectedRevision);
  }

  private change(change: AccountChange, params: AccountParams, body: AccountChangeRequest, context: CommandContext): Promise<CommandResult> {
    return this.accounts.change(change, params.id, context, body.expectedRevision);
  }

  /**
   * The request hash is stored with the event (and in every export): over the body as sent it would be a plain
   * SHA-256 of the password, crackable far faster than the argon2 hash beside it. The password enters keyed by the
   * JWT secret, which no event or export holds; a retry still matches and a different password is still a 409.
   */
  private keyedRequestHash(fields: Record<string, unknown>, password: string): string {
    const keyedPassword = createHmac('sha256', this.config.jwtSecret).update(password).digest('base64url');
    return contentHash({ ...fields, keyedPassword });
  }
}
