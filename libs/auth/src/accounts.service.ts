import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import type Database from 'better-sqlite3';
import { READ_MODEL_DATABASE } from '../../projections/src';
import type { CommandContext, CommandResult } from '../../platform/src/command-context';
import { CommandExecutor } from '../../platform/src/command-executor';
import type { Role } from '../../platform/src/role';
import { accountDecider, accountStreamId } from './account.decider';
import { AccountsProjection, type AccountRow } from './accounts.projection';

@Injectable()
export class AccountsService {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(READ_MODEL_DATABASE) private readonly db: Database.Database,
  ) {}

  async register(username: string, role: Role, password: string, context: CommandContext): Promise<CommandResult> {
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    return this.executor.execute({
      kind: 'Account',
      id: username,
      streamId: accountStreamId(username),
      decider: accountDecider,
      command: { type: 'RegisterAccount', username, role, passwordHash, at: context.now },
      context,
      mode: 'create',
    });
  }

  list(): AccountRow[] {
    return AccountsProjection.list(this.db);
  }
}
