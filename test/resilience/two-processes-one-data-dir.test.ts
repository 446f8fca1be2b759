import Database from 'better-sqlite3';
import { join } from 'node:path';
import { seededDataDirs, signIn } from './support/accounts';
import { incidentReport, postIncident, type IncidentReport } from './support/incident-writers';
import { expectExactly } from './support/register-contents';
import { startServer, type ServerProcess } from './support/server-process';

const CLIENTS_PER_SERVER = 6;
const REPORTS_PER_CLIENT = 20;
/** A 503 is "not now": the client waits as Retry-After says and sends the same report (same id) again. */
const MAX_TRIES = 20;
const TIMEOUT_MS = 180_000;

/** Posts one report until it is acknowledged, recording every answer; any status but 201 or 503 ends it. */
async function postUntilAcknowledged(server: ServerProcess, token: string, report: IncidentReport, statuses: number[]): Promise<void> {
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    const answer = await postIncident(server.baseUrl, token, report);
    statuses.push(answer.status);
    if (answer.status !== 503) return;
    expect(answer.retryAfter).toMatch(/^\d+$/);
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

describe('two service processes on one DATA_DIR', () => {
  const dirs = seededDataDirs('two-processes', ['operations']);
  beforeAll(() => dirs.seed());
  const servers: ServerProcess[] = [];
  // A failed assertion must not leave a server running: jest would wait for it for ever.
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    dirs.removeAll();
  });

  it('both answer every write 201 or 503 (never 500), and every report is stored exactly once', async () => {
    const dataDir = dirs.fresh();
    servers.push(await startServer(dataDir), await startServer(dataDir));
    const token = await signIn(servers[0].baseUrl, 'operations');
    const statuses: number[] = [];
    const reports: IncidentReport[] = [];
    const client = async (server: ServerProcess, number: number) => {
      for (let sequence = 0; sequence < REPORTS_PER_CLIENT; sequence++) {
        const report = incidentReport(number, sequence);
        reports.push(report);
        await postUntilAcknowledged(server, token, report, statuses);
      }
    };
    await Promise.all(
      servers.flatMap((server, index) => Array.from({ length: CLIENTS_PER_SERVER }, (_, n) => client(server, index * CLIENTS_PER_SERVER + n))),
    );
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2 * CLIENTS_PER_SERVER * REPORTS_PER_CLIENT);
    expect(await servers[1].stop('SIGTERM')).toEqual({ code: 0, signal: null });
    await expectExactly(servers[0], dataDir, token, reports);
  }, TIMEOUT_MS);

  it('a writer that keeps the store locked past the wait: 503 with Retry-After, nothing written; then 201', async () => {
    const dataDir = dirs.fresh();
    const server = await startServer(dataDir);
    servers.push(server);
    const token = await signIn(server.baseUrl, 'operations');
    const [refused, accepted] = [incidentReport(0, 1), incidentReport(0, 2)];
    const other = new Database(join(dataDir, 'events.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const answer = await postIncident(server.baseUrl, token, refused);
      expect(answer).toMatchObject({ status: 503, retryAfter: '1', text: expect.stringContaining('nothing was written') });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await postIncident(server.baseUrl, token, accepted)).status).toBe(201);
    await expectExactly(server, dataDir, token, [accepted]);
  }, TIMEOUT_MS);
});
