import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { seededDataDirs, signIn } from './support/accounts';
import { incidentReport, postIncident, type IncidentReport } from './support/incident-writers';
import { expectExactly } from './support/register-contents';
import { SERVER_MAIN, startServer } from './support/server-process';

/**
 * A full disk, honestly, as root: RLIMIT_FSIZE (`ulimit -f`) caps every file the server writes, root included
 * (it lacks CAP_SYS_RESOURCE to lift it here, and Node ignores SIGXFSZ, so writes fail with EFBIG like ENOSPC).
 * Both SQLite WAL files start empty after a clean stop, so the limit is reached after a few dozen reports.
 */
/** In `ulimit -f` units, which for sh (dash) are 512-byte blocks: 256 KiB per file. */
const FILE_SIZE_LIMIT_BLOCKS = 512;
const TIMEOUT_MS = 180_000;

const fingerprint = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));

describe('a data directory that is full or read-only', () => {
  const dirs = seededDataDirs('data-dir', ['operations']);
  beforeAll(() => dirs.seed());
  afterAll(() => dirs.removeAll());

  it('full: answers 503 with Retry-After, keeps every acknowledged report, and half-writes none of the refused', async () => {
    const dataDir = dirs.fresh();
    const server = await startServer(dataDir, { wrapper: ['sh', '-c', `ulimit -f ${FILE_SIZE_LIMIT_BLOCKS} && exec "$@"`, 'limited'] });
    const token = await signIn(server.baseUrl, 'operations');
    const acknowledged: IncidentReport[] = [];
    const refusals: Array<{ status: number; retryAfter: string | null; nothingWritten: boolean }> = [];
    for (let sequence = 0; refusals.length < 5; sequence++) {
      expect(sequence).toBeLessThan(2000);
      const report = incidentReport(sequence % 16, sequence);
      const answer = await postIncident(server.baseUrl, token, report);
      if (answer.status === 201) acknowledged.push(report);
      else refusals.push({ status: answer.status, retryAfter: answer.retryAfter, nothingWritten: answer.text.includes('nothing was written') });
    }
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(refusals).toEqual(Array(5).fill({ status: 503, retryAfter: '1', nothingWritten: true }));
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const events = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
    expect(events.pragma('integrity_check', { simple: true })).toBe('ok');
    events.close();
    // With room again, the server shows exactly the acknowledged reports; the process manager catches up on reviews.
    await expectExactly(await startServer(dataDir), dataDir, token, acknowledged);
  }, TIMEOUT_MS);

  it('full at start: refuses to start, saying why in a plain sentence after the log lines', () => {
    const dataDir = dirs.fresh();
    rmSync(join(dataDir, 'read-models.sqlite'));
    // 4 blocks of 512 bytes (dash counts ulimit -f in those): 2 KiB per file, too little to create the read models.
    const run = spawnSync('sh', ['-c', 'ulimit -f 4 && exec "$@"', 'limited', process.execPath, SERVER_MAIN], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^The service could not start: the disk under DATA_DIR refused a write \(SQLITE_(FULL|IOERR_WRITE|IOERR_FSYNC): .+\)\. Free space or check the disk, then start again; nothing acknowledged before is lost\.$/m);
  });

  it('read-only: refuses to start, naming DATA_DIR, and changes no file in it', () => {
    const dataDir = dirs.fresh();
    const files = readdirSync(dataDir);
    const before = fingerprint(dataDir);
    files.forEach((file) => chmodSync(join(dataDir, file), 0o444));
    chmodSync(dataDir, 0o555);
    // File modes do not stop root: as root, the server runs as nobody, as it should in production anyway.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const run = spawnSync(process.execPath, [SERVER_MAIN], {
        env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
        encoding: 'utf8',
        timeout: 60_000,
        ...asNobody,
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({
        status: 1,
        stderr: expect.stringMatching(new RegExp(`DATA_DIR="${dataDir}": .* cannot be written by this process \\(EACCES\\)`)),
      });
      expect(run.stderr).not.toContain('    at ');
    } finally {
      chmodSync(dataDir, 0o755);
      files.forEach((file) => chmodSync(join(dataDir, file), 0o644));
    }
    expect(fingerprint(dataDir)).toEqual(before);
  });
});
