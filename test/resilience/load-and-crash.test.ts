import { seededDataDirs, signIn } from './support/accounts';
import { postIncident, writeUntilServerGone, type WriteOutcome } from './support/incident-writers';
import { expectExactly } from './support/register-contents';
import { startServer, type Exit, type ServerProcess } from './support/server-process';

const CLIENTS = 16;
const STOP_AFTER_ACKNOWLEDGED = 150;
/** About 10 s on an idle machine; two server starts and a restart take far longer when every core is busy. */
const SLOW_MACHINE_TIMEOUT_MS = 180_000;

/** Writes until the server is stopped with `signal` after STOP_AFTER_ACKNOWLEDGED acknowledgements. */
async function loadThenStop(server: ServerProcess, token: string, signal: NodeJS.Signals): Promise<{ outcome: WriteOutcome; exit: Exit }> {
  let stopped: Promise<Exit> | undefined;
  const outcome = await writeUntilServerGone(server.baseUrl, token, CLIENTS, (count) => {
    if (count === STOP_AFTER_ACKNOWLEDGED) stopped = server.stop(signal);
  });
  return { outcome, exit: await stopped! };
}

describe('16 clients posting incidents while the server is stopped', () => {
  const dirs = seededDataDirs('load', ['operations']);
  let token: string;
  const freshDataDir = () => dirs.fresh();
  const startWithToken = async (dataDir: string) => {
    const server = await startServer(dataDir);
    token ??= await signIn(server.baseUrl, 'operations');
    return server;
  };

  beforeAll(() => dirs.seed());
  afterAll(() => dirs.removeAll());

  it('SIGKILL: after a restart and client retries, every incident is there once, each use of force with one CIVCAS review', async () => {
    const dataDir = freshDataDir();
    const { outcome, exit } = await loadThenStop(await startWithToken(dataDir), token, 'SIGKILL');
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    // 16 writers never wait for each other, so some requests were in flight when the process died.
    expect(outcome.unacknowledged.length).toBeGreaterThan(0);
    expect(outcome.acknowledged.length).toBeGreaterThanOrEqual(STOP_AFTER_ACKNOWLEDGED);

    const restarted = await startServer(dataDir);
    // A client that heard nothing back sends the same report again, same id: stored before or not, it is stored once.
    for (const report of outcome.unacknowledged) expect((await postIncident(restarted.baseUrl, token, report)).status).toBe(201);
    for (const report of outcome.acknowledged.slice(0, 5)) expect((await postIncident(restarted.baseUrl, token, report)).status).toBe(201);

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
