import { Inject, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type Database from 'better-sqlite3';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { CliOutput } from '../../../platform/src/cli-output';
import { EVENT_STORE, readAllPages, type EventStore } from '../../../event-store/src';
import { contentHash } from '../../../platform/src/ids';
import { fieldErrors } from '../../../platform/src/http/validation';
import { Checkpoints, READ_MODEL_DATABASE } from '../../../projections/src';
import { ProjectionRunner } from '../../../projections/src/projection-runner';
import { RegisterAccountRequest } from '../accounts.controller';
import { AccountsProjection } from '../accounts.projection';
import { AccountsService } from '../accounts.service';
import { AuthModule } from '../auth.module';

/** Reads everything on standard input: the password, so it never shows in the process list or shell history. */
async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text.replace(/\r?\n$/, '');
}

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
    if (!options.passwordStdin) throw new Error('Pass the password on standard input with --password-stdin, never as an argument');
    const request = plainToInstance(RegisterAccountRequest, { username, role: options.role, password: await readAll(this.input) });
    const errors = fieldErrors(validateSync(request));
    if (Object.keys(errors).length > 0) {
      throw new Error(Object.entries(errors).map(([field, messages]) => `${field}: ${messages.join('; ')}`).join('\n'));
    }
    const commandId = randomUUID();
    const operator = `cli:${userInfo().username}`;
    // Unique per run: adding an existing username again is refused (409), never silently taken as a retry.
    const requestHash = contentHash({ command: 'users add', username, role: request.role, commandId });
    const context = { commandId, correlationId: commandId, causationId: commandId, userId: operator, role: 'admin', now: new Date(), requestHash };
    await this.accounts.register(request.username, request.role, request.password, context);
    this.output.line(`Added ${request.role} account ${request.username}`);
  }
}

@SubCommand({ name: 'list', description: 'List the accounts with their roles (never their passwords)' })
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
    const rows = this.accounts.list();
    const width = Math.max(8, ...rows.map((row) => row.username.length));
    this.output.line(`${'USERNAME'.padEnd(width)}  ${'ROLE'.padEnd(10)}  REGISTERED`);
    for (const row of rows) this.output.line(`${row.username.padEnd(width)}  ${row.role.padEnd(10)}  ${row.registeredAt}`);
  }

  /** The CLI runs no consumers: bring the accounts read model up to the store's head, so accounts just added show. */
  private async catchUpAccounts(): Promise<void> {
    const projection = this.moduleRef.get(AccountsProjection, { strict: false });
    const checkpoints = new Checkpoints(this.db);
    projection.setUp(this.db);
    const runner = new ProjectionRunner(projection, this.store, this.db, checkpoints);
    for await (const page of readAllPages(this.store, { after: runner.checkpoint, pageSize: 5000 })) {
      runner.applyBatch(page);
      runner.checkpoint = page[page.length - 1].position;
    }
  }
}

@Command({ name: 'users', description: 'Manage accounts', subCommands: [AddUserCommand, ListUsersCommand] })
export class UsersCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

/** Registered in apps/cli/src/cli.module.ts. */
@Module({ imports: [AuthModule], providers: [UsersCommand, AddUserCommand, ListUsersCommand] })
export class UsersCommandsModule {}
