import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createApp } from '../../apps/api/src/create-app';
import { AddUserCommand, ListUsersCommand } from '../../libs/auth/src/cli/users.command';
import { loadConfig } from '../../libs/platform/src/config/app-config';
import { ConflictError } from '../../libs/platform/src/command-errors';
import { tempDir } from '../support/temp-dir';
import { cliContext, type CliContext } from './cli-context';

const PASSWORD = 'a sufficiently long password';

describe('users add / users list', () => {
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
      expect(context.printed[0]).toMatch(/^USERNAME\s+ROLE\s+REGISTERED$/);
      expect(context.printed[1]).toMatch(/^jurist-bakker\s+legal\s+\d{4}-\d{2}-\d{2}T/);
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
        expect(await answer.json()).toMatchObject({ role: 'manager' });
      } finally {
        await app.close();
      }
    }, 300_000); // three CLI processes, each starting Nest and hashing with argon2, on a busy machine
  });
});
