import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { CommandContext, CommandResult } from '../../platform/src/command-context';
import { CommandCtx } from '../../platform/src/http/command-context.decorator';
import { ROLES, Roles, type Role } from '../../platform/src/http/roles';
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
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  register(@Body() body: RegisterAccountRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.accounts.register(body.username, body.role, body.password, context);
  }

  @Get()
  list(): { items: AccountRow[] } {
    return { items: this.accounts.list() };
  }
}
