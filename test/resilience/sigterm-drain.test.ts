import { request } from 'node:http';
import { connect } from 'node:net';
import { tempDir } from '../support/temp-dir';
import { seedAccounts, signIn } from './support/accounts';
import { incidentReport } from './support/incident-writers';
import { storedEvents } from './support/register-contents';
import { startServer } from './support/server-process';

/** Resolves once a new connection to the port is refused: the server has stopped listening and is draining. */
async function refusingConnections(port: number): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SIGTERM while a command is still arriving', () => {
  const dir = tempDir('drain');
  afterAll(() => dir.remove());

  it('finishes and answers the command, makes it durable, then exits 0', async () => {
    await seedAccounts(dir.path, ['operations']);
    const server = await startServer(dir.path);
    const token = await signIn(server.baseUrl, 'operations');
    const report = incidentReport(0, 0);
    const body = Buffer.from(JSON.stringify(report));
    const port = Number(new URL(server.baseUrl).port);
    // Expect: 100-continue makes the server say when it has the headers: from then on the request is in flight.
    const inFlight = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/incidents',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': body.length, expect: '100-continue' },
    });
    const answered = new Promise<number>((resolve, reject) => {
      inFlight.on('response', (response) => (response.resume(), resolve(response.statusCode!)));
      inFlight.on('error', reject);
    });
    inFlight.flushHeaders();
    await new Promise((resolve) => inFlight.once('continue', resolve));
    inFlight.write(body.subarray(0, 20));

    const exited = server.stop('SIGTERM');
    await refusingConnections(port);
    inFlight.end(body.subarray(20));

    expect(await answered).toBe(201);
    expect(await exited).toEqual({ code: 0, signal: null });
    const stored = storedEvents(dir.path).filter((event) => event.streamId === `incident-${report.id}`);
    expect(stored.map((event) => event.type)).toEqual(['UseOfForceReported']);
  });
});
