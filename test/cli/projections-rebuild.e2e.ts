import { randomUUID } from 'node:crypto';
import { RebuildProjectionsCommand } from '../../apps/cli/src/projections/projections.command';
import { AccountsService } from '../../libs/auth/src/accounts.service';
import { ProjectionRuntime } from '../../libs/projections/src';
import { tempDir } from '../support/temp-dir';
import { cliContext, type CliContext } from './cli-context';

describe('projections rebuild through the CLI', () => {
  const dir = tempDir('cli-rebuild');
  let context: CliContext;

  beforeAll(async () => {
    context = await cliContext(dir.path);
    // The CLI never starts the consumers, so these accounts reach the read model only through a rebuild.
    const accounts = context.command(AccountsService);
    for (const username of ['adviser-de-vries', 'commander-jansen']) {
      const id = randomUUID();
      await accounts.register(username, 'operations', 'correct horse battery staple', {
        commandId: id, correlationId: id, causationId: id, userId: 'cli-test', role: 'admin', now: new Date('2024-05-01T08:00:00Z'), requestHash: username,
      });
    }
  });

  afterAll(async () => {
    await context.close();
    dir.remove();
  });

  const accountsListed = () => context.command(AccountsService).page({ page: 1, pageSize: 500 }).items;

  it('replays the events into the named projection', async () => {
    context.command(ProjectionRuntime).projectionNames(); // sets up the (empty) read-model tables
    expect(accountsListed()).toEqual([]);
    await context.command(RebuildProjectionsCommand).run(['accounts']);
    expect(accountsListed().map((account) => account.username)).toEqual(['adviser-de-vries', 'commander-jansen']);
    expect(context.printed).toEqual(['Rebuilt accounts']);
  });

  it('rebuilds every projection when none is named, without applying anything twice', async () => {
    context.printed.length = 0;
    await context.command(RebuildProjectionsCommand).run([]);
    expect(accountsListed()).toHaveLength(2);
    expect(context.printed).toEqual([`Rebuilt ${context.command(ProjectionRuntime).projectionNames().join(', ')}`]);
  });

  it('names the known projections when asked for an unknown one', async () => {
    await expect(context.command(RebuildProjectionsCommand).run(['acounts'])).rejects.toThrow(/Unknown projection\(s\): acounts\. Known: .*accounts/);
  });
});
