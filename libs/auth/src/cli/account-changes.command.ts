import { Injectable } from '@nestjs/common';
import { CommandRunner, Option, SubCommand } from 'nest-commander';
import { CliOutput } from '../../../platform/src/cli-output';
import { AccountParams, PasswordResetRequest } from '../accounts.controller';
import { AccountsService, type AccountChange } from '../accounts.service';
import { operatorContext, PASSWORD_ON_STDIN_ONLY, readAll, validArguments } from './operator';

/** disable, enable and end-sessions: one account named, nothing else asked. Injectable for its constructor's types. */
@Injectable()
abstract class AccountChangeCommand extends CommandRunner {
  protected abstract readonly change: AccountChange;
  protected abstract readonly done: string;

  constructor(
    private readonly accounts: AccountsService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run([username]: string[]): Promise<void> {
    const { id } = validArguments(AccountParams, { id: username });
    await this.accounts.change(this.change, id, operatorContext(`users ${this.change}`, id));
    this.output.line(`${this.done} ${id}`);
  }
}

@SubCommand({ name: 'disable', arguments: '<username>', description: 'Disable an account: no sign-in, and every token it holds is refused at once' })
export class DisableUserCommand extends AccountChangeCommand {
  protected readonly change = 'disable';
  protected readonly done = 'Disabled';
}

@SubCommand({ name: 'enable', arguments: '<username>', description: 'Enable a disabled account (its old tokens stay refused)' })
export class EnableUserCommand extends AccountChangeCommand {
  protected readonly change = 'enable';
  protected readonly done = 'Enabled';
}

@SubCommand({ name: 'end-sessions', arguments: '<username>', description: "End a person's sessions: every token the account holds is refused at once" })
export class EndUserSessionsCommand extends AccountChangeCommand {
  protected readonly change = 'end-sessions';
  protected readonly done = 'Ended the sessions of';
}

@SubCommand({
  name: 'reset-password',
  arguments: '<username>',
  description: 'Set a new password, read from standard input; the old one and every token the account holds stop working',
})
export class ResetUserPasswordCommand extends CommandRunner {
  /** Where the password comes from; tests hand in their own stream. */
  input: NodeJS.ReadableStream = process.stdin;

  constructor(
    private readonly accounts: AccountsService,
    private readonly output: CliOutput,
  ) {
    super();
  }

  @Option({ flags: '--password-stdin', description: 'read the new password from standard input (required)' })
  parsePasswordStdin(): boolean {
    return true;
  }

  async run([username]: string[], options: { passwordStdin?: boolean }): Promise<void> {
    if (!options.passwordStdin) throw new Error(PASSWORD_ON_STDIN_ONLY);
    const { id } = validArguments(AccountParams, { id: username });
    const { password } = validArguments(PasswordResetRequest, { password: await readAll(this.input) });
    await this.accounts.resetPassword(id, password, operatorContext('users reset-password', id));
    this.output.line(`Set a new password for ${id}; its sessions are ended`);
  }
}

export const ACCOUNT_CHANGE_COMMANDS = [DisableUserCommand, EnableUserCommand, EndUserSessionsCommand, ResetUserPasswordCommand];
