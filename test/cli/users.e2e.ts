import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createApp } from '../../apps/api/src/create-app';
import { AccountReader } from '../../libs/auth/src/account-reader';
import {
  DisableUserCommand,
  EnableUserCommand,
  EndUserSessionsCommand,
  ResetUserPasswordCommand,
} from '../../libs/auth/src/cli/account-changes.command';
import { AddUserCommand, ListUsersCommand } from '../../libs/auth/src/cli/users.command';
import { loadConfig } from '../../libs/platform/src/config/app-config';
import { ConflictError, ItemNotFoundError } from '../../libs/platform/src/command-errors';
import { DomainRuleViolation } from '../../libs/platform/src/decider';
import { tempDir } from '../support/temp-dir';
import { cliContext, type CliContext } from './cli-context';

const PASSWORD = 'a sufficiently long password';

describe('users add / list / disable / enable / reset-password / end-sessions', () => {
  describe('the command classes', () => {
    const dir = tempDir('cli-users');
    let context: CliContext;
    beforeAll(async () => {
      context = await cliContext(dir.path);
    });
    afterAll(async () => {
      await context.close();
      dir.remove();
    });

    const add = (username: string, options: { role?: string; passwordStdin?: boolean }, stdin = `${PASSWORD}\n`) => {
      const command = context.command(AddUserCommand);
      command.input = Readable.from([stdin]);
      return command.run([username], options);
    };

    it('adds an account with the password from standard input and lists it', async () => {
      await add('jurist-bakker', { role: 'legal', passwordStdin: true });
      expect(context.printed).toEqual(['Added legal account jurist-bakker']);
      context.printed.length = 0;
      await context.command(ListUsersCommand).run();
      expect(context.printed[0]).toMatch(/^USERNAME\s+ROLE\s+STATUS\s+REGISTERED$/);
      expect(context.printed[1]).toMatch(/^jurist-bakker\s+legal\s+ACTIVE\s+\d{4}-\d{2}-\d{2}T/);
      expect(context.printed.join('\n')).not.toContain('argon2');
    });

    it('refuses a password on anything but standard input', async () => {
      await expect(add('ops-visser', { role: 'operations' })).rejects.toThrow(/--password-stdin/);
    });

    it('names each bad argument', async () => {
      await expect(add('Not Valid', { role: 'general', passwordStdin: true }, 'short')).rejects.toThrow(/username[\s\S]*role[\s\S]*password/);
    });

    it('refuses to add an existing username again', async () => {
      await add('manager-smit', { role: 'manager', passwordStdin: true });
      await expect(add('manager-smit', { role: 'admin', passwordStdin: true })).rejects.toThrow(ConflictError);
    });

    describe('changing an account', () => {
      const account = () => context.command(AccountReader).current('adviser-mulder');
      const resetPassword = (options: { passwordStdin?: boolean }, stdin: string) => {
        const command = context.command(ResetUserPasswordCommand);
        command.input = Readable.from([stdin]);
        return command.run(['adviser-mulder'], options);
      };
      beforeAll(() => add('adviser-mulder', { role: 'operations', passwordStdin: true }));
      beforeEach(() => {
        context.printed.length = 0;
      });

      it('disables and enables an account, each as an event on its stream, and lists its status', async () => {
        await context.command(DisableUserCommand).run(['adviser-mulder']);
        expect(await account()).toMatchObject({ status: 'DISABLED', tokenGeneration: 1 });
        await context.command(ListUsersCommand).run();
        expect(context.printed).toContainEqual(expect.stringMatching(/^adviser-mulder\s+operations\s+DISABLED\s/));
        await expect(context.command(DisableUserCommand).run(['adviser-mulder'])).rejects.toThrow(DomainRuleViolation);
        await context.command(EnableUserCommand).run(['adviser-mulder']);
        expect(await account()).toMatchObject({ status: 'ACTIVE', tokenGeneration: 1 });
        expect(context.printed).toEqual(expect.arrayContaining(['Disabled adviser-mulder', 'Enabled adviser-mulder']));
      });

      it('ends the sessions, and sets a new password read from standard input only', async () => {
        await context.command(EndUserSessionsCommand).run(['adviser-mulder']);
        expect(await account()).toMatchObject({ tokenGeneration: 2 });
        const before = (await account()) as { passwordHash: string };
        await expect(resetPassword({}, `${PASSWORD} 2\n`)).rejects.toThrow(/--password-stdin/);
        await expect(resetPassword({ passwordStdin: true }, 'short\n')).rejects.toThrow(/password: password must be at least 12/);
        await resetPassword({ passwordStdin: true }, `${PASSWORD} 2\n`);
        expect(await account()).toMatchObject({ tokenGeneration: 3, passwordHash: expect.not.stringMatching(before.passwordHash) });
        expect(context.printed).toEqual(['Ended the sessions of adviser-mulder', 'Set a new password for adviser-mulder; its sessions are ended']);
      });

      it('names a bad username and refuses an unknown one', async () => {
        await expect(context.command(DisableUserCommand).run(['Not Valid'])).rejects.toThrow(/^id: /);
        await expect(context.command(EndUserSessionsCommand).run(['nobody-here'])).rejects.toThrow(ItemNotFoundError);
      });
    });
  });

  describe('the built CLI (npm run cli)', () => {
    const dir = tempDir('cli-users-spawn');
    afterAll(() => dir.remove());
    const cli = (args: string[], input?: string) =>
      spawnSync(process.execPath, [join(__dirname, '../../dist/apps/cli/src/main.js'), ...args], {
        input, encoding: 'utf8', env: { ...process.env, DATA_DIR: dir.path }, timeout: 120_000,
      });

    it('adds a user who can then sign in to the API, and lists users', async () => {
      const added = cli(['users', 'add', 'commander-jansen', '--role', 'manager', '--password-stdin'], `${PASSWORD}\n`);
      expect([added.status, added.stdout.trim(), added.stderr]).toEqual([0, 'Added manager account commander-jansen', '']);
      const listed = cli(['users', 'list']);
      expect(listed.status).toBe(0);
      expect(listed.stdout).toMatch(/commander-jansen\s+manager/);
      const refused = cli(['users', 'add', 'x', '--role', 'manager']);
      expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/--password-stdin/)]);

      const app = await createApp(loadConfig({ DATA_DIR: dir.path, PORT: '0' }), { logger: false });
      try {
        await app.listen(0, '127.0.0.1');
        const { port } = app.getHttpServer().address() as { port: number };
        const answer = await fetch(`http://127.0.0.1:${port}/api/auth/token`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'commander-jansen', password: PASSWORD }),
        });
        expect(answer.status).toBe(200);
        const issued = await answer.json();
        expect(issued).toMatchObject({ role: 'manager' });
        // The CLI beside a running service: the token just issued is refused from the next request.
        const disabled = cli(['users', 'disable', 'commander-jansen']);
        expect([disabled.status, disabled.stdout.trim()]).toEqual([0, 'Disabled commander-jansen']);
        const afterwards = await fetch(`http://127.0.0.1:${port}/api/incidents`, { headers: { authorization: `Bearer ${issued.accessToken}` } });
        expect(afterwards.status).toBe(401);
      } finally {
        await app.close();
      }
    }, 300_000); // four CLI processes, each starting Nest (three hashing with argon2), on a busy machine
  });
});
