import { Inject, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type Database from 'better-sqlite3';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliOutput } from '../../../platform/src/cli-output';
import { EVENT_STORE, readAllPages, type EventStore } from '../../../event-store/src';
import { MAX_PAGE } from '../../../platform/src/http/paging';
import { Checkpoints, READ_MODEL_DATABASE } from '../../../projections/src';
import { ProjectionRunner } from '../../../projections/src/projection-runner';
import { RegisterAccountRequest } from '../accounts.controller';
import { AccountsProjection } from '../accounts.projection';
import { AccountsService } from '../accounts.service';
import { AuthModule } from '../auth.module';
import { ACCOUNT_CHANGE_COMMANDS } from './account-changes.command';
import { operatorContext, PASSWORD_ON_STDIN_ONLY, readAll, validArguments } from './operator';

@SubCommand({
  name: 'add',
  arguments: '<username>',
  description: 'Create an account; the password is read from standard input (e.g. `echo "$PASSWORD" | npm run cli -- users add ...`)',
})
export class AddUserCommand extends CommandRunner {
  /** Where the password comes from; tests hand in their own stream. */
  input: NodeJS.ReadableStream = process.stdin;

  constructor(
    private readonly accounts: AccountsService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  @Option({ flags: '--role <role>', description: 'operations, legal, manager or admin', required: true })
  parseRole(value: string): string {
    return value;
  }

  @Option({ flags: '--password-stdin', description: 'read the password from standard input (required)' })
  parsePasswordStdin(): boolean {
    return true;
  }

  async run([username]: string[], options: { role?: string; passwordStdin?: boolean }): Promise<void> {
    if (!options.passwordStdin) throw new Error(PASSWORD_ON_STDIN_ONLY);
    const request = validArguments(RegisterAccountRequest, { username, role: options.role, password: await readAll(this.input) });
    // Unique per run: adding an existing username again is refused (409), never silently taken as a retry.
    await this.accounts.register(request.username, request.role, request.password, operatorContext('users add', request.username));
    this.output.line(`Added ${request.role} account ${request.username}`);
  }
}

const LIST_PAGE_SIZE = 500;

@SubCommand({ name: 'list', description: 'List the accounts with their roles and status (never their passwords)' })
export class ListUsersCommand extends CommandRunner {
  constructor(
    private readonly accounts: AccountsService,
    private readonly output: CliOutput,
    private readonly moduleRef: ModuleRef,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly db: Database.Database,
  ) {
    super();
  }

  async run(): Promise<void> {
    await this.catchUpAccounts();
    const rows = [];
    for (let page = 1; page <= MAX_PAGE; page++) {
      const { items, total } = this.accounts.page({ page, pageSize: LIST_PAGE_SIZE });
      rows.push(...items);
      if (rows.length >= total || items.length === 0) break;
    }
    const width = Math.max(8, ...rows.map((row) => row.username.length));
    this.output.line(`${'USERNAME'.padEnd(width)}  ${'ROLE'.padEnd(10)}  ${'STATUS'.padEnd(8)}  REGISTERED`);
    for (const row of rows) this.output.line(`${row.username.padEnd(width)}  ${row.role.padEnd(10)}  ${row.status.padEnd(8)}  ${row.registeredAt}`);
  }

  /** The CLI runs no consumers: bring the accounts read model up to the store's head, so accounts just added show. */
  private async catchUpAccounts(): Promise<void> {
    const projection = this.moduleRef.get(AccountsProjection, { strict: false });
    const checkpoints = new Checkpoints(this.db);
    const stored = checkpoints.read(projection.name);
    const runner = new ProjectionRunner(projection, this.store, this.db, checkpoints);
    // A read model of an older version holds other columns: start it again from the first event.
    if (stored && stored.version !== projection.version) runner.reset();
    else projection.setUp(this.db);
    for await (const page of readAllPages(this.store, { after: runner.checkpoint, pageSize: 5000 })) {
      runner.applyBatch(page);
      runner.checkpoint = page[page.length - 1].position;
    }
  }
}

@Command({ name: 'users', description: 'Manage accounts', subCommands: [AddUserCommand, ListUsersCommand, ...ACCOUNT_CHANGE_COMMANDS] })
export class UsersCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

/** Registered in apps/cli/src/cli.module.ts. */
@Module({ imports: [AuthModule], providers: [UsersCommand, AddUserCommand, ListUsersCommand, ...ACCOUNT_CHANGE_COMMANDS] })
export class UsersCommandsModule {}
