import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExportEventsCommand } from '../../apps/cli/src/events/events.command';
import { cliContext } from '../cli/cli-context';
import { incidentBody } from '../support/operations-fixtures';
import { tempDir } from '../support/temp-dir';
import { startTestApp } from '../support/test-app';

/** Each entry of the data directory with its permission bits, as `ls -l` would show them. */
function modesIn(dir: string): Record<string, string> {
  const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
  return Object.fromEntries([['.', mode(dir)], ...readdirSync(dir).map((name) => [name, mode(join(dir, name))])]);
}

const ownerOnly = (modes: Record<string, string>) => Object.fromEntries(Object.keys(modes).map((name) => [name, name === '.' ? '700' : '600']));

describe('files of DATA_DIR and backups: readable by the service user only (SPEC 6)', () => {
  const parent = tempDir('data-permissions');
  const dataDir = join(parent.path, 'data');
  let umask: number;
  // The usual umask: without care, SQLite and Node would create 0644 files in a 0755 directory.
  beforeAll(() => (umask = process.umask(0o022)));
  afterAll(() => {
    process.umask(umask);
    parent.remove();
  });

  it('creates the directory 0700 and every file 0600, the event store, read models, their WAL files and the secret', async () => {
    const api = await startTestApp({ DATA_DIR: dataDir });
    expect((await api.request('POST', '/api/incidents', { role: 'operations', body: incidentBody() })).status).toBe(201);
    const modes = modesIn(dataDir);
    await api.close();
    expect(Object.keys(modes)).toEqual(expect.arrayContaining(['events.sqlite', 'events.sqlite-wal', 'read-models.sqlite', 'read-models.sqlite-wal', 'jwt-secret']));
    expect(modes).toEqual(ownerOnly(modes));
  });

  it('tightens a directory and files an earlier installation left readable to others', async () => {
    chmodSync(dataDir, 0o755);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o644);
    const api = await startTestApp({ DATA_DIR: dataDir });
    const modes = modesIn(dataDir);
    await api.close();
    expect(modes).toEqual(ownerOnly(modes));
  });

  it('writes a backup readable by its owner only, wherever it goes', async () => {
    const backups = join(parent.path, 'backups');
    mkdirSync(backups, { mode: 0o755 });
    const cli = await cliContext(dataDir);
    await cli.command(ExportEventsCommand).run([join(backups, 'register.ndjson')]);
    await cli.close();
    expect(modesIn(backups)).toEqual({ '.': '755', 'register.ndjson': '600' });
  });
});
