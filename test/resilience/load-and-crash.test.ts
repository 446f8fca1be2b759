import { cpSync } from 'node:fs';
import { tempDir } from '../support/temp-dir';
import { seedAccounts, signIn } from './support/accounts';
import { postIncident, writeUntilServerGone, type IncidentReport, type WriteOutcome } from './support/incident-writers';
import { everyItem, occurrences, storedEvents } from './support/register-contents';
import { startServer, type Exit, type ServerProcess } from './support/server-process';

const CLIENTS = 16;
const STOP_AFTER_ACKNOWLEDGED = 150;
/** About 10 s on an idle machine; two server starts and a restart take far longer when every core is busy. */
const SLOW_MACHINE_TIMEOUT_MS = 180_000;

const needsReview = (report: IncidentReport) => report.category === 'USE_OF_FORCE';

/** Writes until the server is stopped with `signal` after STOP_AFTER_ACKNOWLEDGED acknowledgements. */
async function loadThenStop(server: ServerProcess, token: string, signal: NodeJS.Signals): Promise<{ outcome: WriteOutcome; exit: Exit }> {
  let stopped: Promise<Exit> | undefined;
  const outcome = await writeUntilServerGone(server.baseUrl, token, CLIENTS, (count) => {
    if (count === STOP_AFTER_ACKNOWLEDGED) stopped = server.stop(signal);
  });
  return { outcome, exit: await stopped! };
}

/** The register and the CIVCAS queue as the (restarted) server shows them, then the store as it is on disk. */
async function registerContents(server: ServerProcess, dataDir: string, token: string) {
  const incidents = await everyItem<{ id: string }>(server.baseUrl, token, '/api/incidents');
  const reviews = await everyItem<{ incidentId?: string }>(server.baseUrl, token, '/api/casualty-reviews');
  expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  const events = storedEvents(dataDir);
  return {
    incidentIds: occurrences(incidents.map((item) => item.id)),
    reviewedIncidents: occurrences(reviews.flatMap((item) => (item.incidentId ? [item.incidentId] : []))),
    reportEvents: occurrences(events.filter((e) => e.type === 'IncidentReported' || e.type === 'UseOfForceReported').map((e) => e.streamId)),
    reviewEvents: occurrences(events.filter((e) => e.type === 'CasualtySuspicionReported').map((e) => String(e.data.incidentId))),
  };
}

/** Every id once, and nothing else. */
function expectEachOnce(counts: Map<string, number>, ids: string[]): void {
  expect([...counts.entries()].filter(([, count]) => count !== 1)).toEqual([]);
  expect([...counts.keys()].sort()).toEqual([...ids].sort());
}

async function expectExactly(server: ServerProcess, dataDir: string, token: string, reports: IncidentReport[]): Promise<void> {
  const contents = await registerContents(server, dataDir, token);
  const ids = reports.map((report) => report.id);
  const useOfForceIds = reports.filter(needsReview).map((report) => report.id);
  expectEachOnce(contents.incidentIds, ids);
  expectEachOnce(contents.reportEvents, ids.map((id) => `incident-${id}`));
  expectEachOnce(contents.reviewedIncidents, useOfForceIds);
  expectEachOnce(contents.reviewEvents, useOfForceIds);
}

describe('16 clients posting incidents while the server is stopped', () => {
  const seeded = tempDir('load-seeded');
  const dirs: Array<ReturnType<typeof tempDir>> = [];
  let token: string;
  /** A data directory with the accounts (and the JWT secret, so one token serves every test). */
  const freshDataDir = () => {
    const dir = tempDir('load');
    cpSync(seeded.path, dir.path, { recursive: true });
    dirs.push(dir);
    return dir.path;
  };
  const startWithToken = async (dataDir: string) => {
    const server = await startServer(dataDir);
    token ??= await signIn(server.baseUrl, 'operations');
    return server;
  };

  beforeAll(() => seedAccounts(seeded.path, ['operations']));
  afterAll(() => [seeded, ...dirs].forEach((dir) => dir.remove()));

  it('SIGKILL: after a restart and client retries, every incident is there once, each use of force with one CIVCAS review', async () => {
    const dataDir = freshDataDir();
    const { outcome, exit } = await loadThenStop(await startWithToken(dataDir), token, 'SIGKILL');
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    // 16 writers never wait for each other, so some requests were in flight when the process died.
    expect(outcome.unacknowledged.length).toBeGreaterThan(0);
    expect(outcome.acknowledged.length).toBeGreaterThanOrEqual(STOP_AFTER_ACKNOWLEDGED);

    const restarted = await startServer(dataDir);
    // A client that heard nothing back sends the same report again, same id: stored before or not, it is stored once.
    for (const report of outcome.unacknowledged) expect(await postIncident(restarted.baseUrl, token, report)).toBe(201);
    for (const report of outcome.acknowledged.slice(0, 5)) expect(await postIncident(restarted.baseUrl, token, report)).toBe(201);

    await expectExactly(restarted, dataDir, token, [...outcome.acknowledged, ...outcome.unacknowledged]);
  }, SLOW_MACHINE_TIMEOUT_MS);

  it('SIGTERM: in-flight requests are answered, everything answered 2xx is durable, nothing else was written, exit 0', async () => {
    const dataDir = freshDataDir();
    const { outcome, exit } = await loadThenStop(await startWithToken(dataDir), token, 'SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    // While closing, a request on a kept-alive connection is refused with 503; none fails with a 500.
    expect(outcome.statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);

    await expectExactly(await startServer(dataDir), dataDir, token, outcome.acknowledged);
  }, SLOW_MACHINE_TIMEOUT_MS);
});
