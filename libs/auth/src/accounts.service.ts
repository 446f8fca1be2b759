import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type Database from 'better-sqlite3';
import { READ_MODEL_DATABASE } from '../../projections/src';
import type { CommandContext, CommandResult } from '../../platform/src/command-context';
import { CommandExecutor } from '../../platform/src/command-executor';
import type { Page } from '../../platform/src/http/page';
import { limitOffset, type PageQuery } from '../../platform/src/http/paging';
import type { Role } from '../../platform/src/role';
import { accountDecider, type AccountCommand } from './account.decider';
import { accountStreamId } from './account.events';
import { AccountsProjection } from './accounts.projection';
import type { AccountItem } from './auth.views';

/** What an administrator can do to an existing account (SPEC 2); each is an event on the account's stream. */
export type AccountChange = 'disable' | 'enable' | 'end-sessions';

const CHANGE_COMMANDS = { disable: 'DisableAccount', enable: 'EnableAccount', 'end-sessions': 'EndSessions' } as const;

@Injectable()
export class AccountsService {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(READ_MODEL_DATABASE) private readonly db: Database.Database,
  ) {}

  async register(username: string, role: Role, password: string, context: CommandContext): Promise<CommandResult> {
    const passwordHash = await hashPassword(password);
    return this.execute({ type: 'RegisterAccount', username, role, passwordHash, at: context.now }, context);
  }

  change(change: AccountChange, username: string, context: CommandContext, expectedRevision?: number): Promise<CommandResult> {
    return this.execute({ type: CHANGE_COMMANDS[change], username, at: context.now }, context, expectedRevision);
  }

  async resetPassword(username: string, password: string, context: CommandContext, expectedRevision?: number): Promise<CommandResult> {
    const passwordHash = await hashPassword(password);
    return this.execute({ type: 'ResetPassword', username, passwordHash, at: context.now }, context, expectedRevision);
  }

  page(query: PageQuery): Page<AccountItem> {
    return { ...AccountsProjection.page(this.db, limitOffset(query)), page: query.page, pageSize: query.pageSize };
  }

  private execute(command: AccountCommand, context: CommandContext, expectedRevision?: number): Promise<CommandResult> {
    return this.executor.execute({
      kind: 'Account',
      id: command.username,
      streamId: accountStreamId(command.username),
      decider: accountDecider,
      command,
      context,
      mode: command.type === 'RegisterAccount' ? 'create' : 'update',
      expectedRevision,
    });
  }
}

function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}
