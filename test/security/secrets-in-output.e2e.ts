import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentBody, riskBody } from '../support/operations-fixtures';
import { tempDir } from '../support/temp-dir';
import { TEST_PASSWORD } from '../support/test-app';
import { ROLES, type Role } from '../../libs/platform/src/role';
import { seedAccounts, signInAll } from '../resilience/support/accounts';
import { storedEvents } from '../resilience/support/register-contents';
import { SERVER_MAIN, startServer, type ServerProcess } from '../resilience/support/server-process';
import { operationsOf, type OpenApiDocument } from '../fuzz/support/openapi';
import { contentHash } from '../../libs/platform/src/ids';

const NEW_PASSWORD = 'Vredeseskader-Bagdad-2024!';

describe('no password, hash, token or secret in any response or log line', () => {
  const dir = tempDir('secrets');
  let server: ServerProcess;
  let tokens: Record<Role, string>;
  /** Everything the server said: status line, headers and body of each answer (sign-in answers kept apart). */
  const answers: string[] = [];
  const signInAnswers: string[] = [];

  const call = async (method: string, path: string, options: { role?: Role; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.role) headers.authorization = `Bearer ${tokens[options.role]}`;
    const response = await fetch(`${server.baseUrl}${path}`, { method, headers, body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)) });
    const text = await response.text();
    (path === '/api/auth/token' ? signInAnswers : answers).push(`${method} ${path.split('?')[0]} ${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return { status: response.status, text, json: () => JSON.parse(text) };
  };

  beforeAll(async () => {
    await seedAccounts(dir.path);
    server = await startServer(dir.path);
    tokens = await signInAll(server.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    dir.remove();
  });

  it('leaks nothing while accounts are made, people sign in (and fail to), and every GET route is read by every role', async () => {
    expect((await call('POST', '/api/accounts', { role: 'admin', body: { username: 'new-lawyer', role: 'legal', password: NEW_PASSWORD } })).status).toBe(201);
    expect((await call('POST', '/api/auth/token', { body: { username: 'new-lawyer', password: NEW_PASSWORD } })).status).toBe(200);
    expect((await call('POST', '/api/auth/token', { body: { username: 'legal-user', password: NEW_PASSWORD } })).status).toBe(401);
    // Refusals that might echo what was sent: a password too short, a second account of that name, JSON cut off.
    expect((await call('POST', '/api/accounts', { role: 'admin', body: { username: 'short-one', role: 'legal', password: 'Vredes' } })).status).toBe(400);
    expect((await call('POST', '/api/accounts', { role: 'admin', body: { username: 'new-lawyer', role: 'legal', password: `${NEW_PASSWORD}?` } })).status).toBe(409);
    expect((await call('POST', '/api/auth/token', { raw: `{"username":"legal-user","password":"${NEW_PASSWORD}` })).status).toBe(400);
    // A token where it does not belong, in a query string, must not reach the request log either.
    expect((await call('GET', `/api/incidents?access_token=${tokens.operations}`, { role: 'operations' })).status).toBe(400);

    const incident = (await call('POST', '/api/incidents', { role: 'operations', body: incidentBody('USE_OF_FORCE') })).json();
    const risk = (await call('POST', '/api/risks', { role: 'manager', body: riskBody() })).json();
    const samples: Record<string, string> = { id: incident.id, week: '2024-W05', mid: risk.id };
    const document: OpenApiDocument = (await call('GET', '/api/docs-json')).json();
    const reads = operationsOf(document).filter((operation) => operation.method === 'GET');
    expect(reads.length).toBeGreaterThan(10);
    for (const operation of reads) {
      const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => samples[name]);
      for (const role of ROLES) expect((await call('GET', path, { role })).status).toBeLessThan(500);
    }
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const hashes = storedEvents(dir.path).flatMap((event) => (event.type === 'AccountRegistered' ? [String(event.data.passwordHash)] : []));
    expect(hashes).toHaveLength(ROLES.length + 1);
    const secrets = [readFileSync(join(dir.path, 'jwt-secret'), 'utf8').trim(), ...hashes, '$argon2', TEST_PASSWORD, NEW_PASSWORD];
    const tokensGiven = [...Object.values(tokens), ...signInAnswers.flatMap((answer) => answer.match(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g) ?? [])];
    const leaks = (lines: string[], words: string[]) => lines.flatMap((line) => words.filter((word) => line.includes(word)).map((word) => `${word.slice(0, 12)}… in ${line.slice(0, 200)}`));
    expect(leaks(answers, [...secrets, ...tokensGiven])).toEqual([]);
    expect(leaks(signInAnswers, secrets)).toEqual([]);
    expect(leaks(server.output(), [...secrets, ...tokensGiven])).toEqual([]);
    // What someone holding an export could compute from a guessed password in microseconds must not be in it.
    const fastHashes = [
      contentHash({ method: 'POST', route: '/api/accounts', params: {}, body: { username: 'new-lawyer', role: 'legal', password: NEW_PASSWORD } }),
      ...['hex', 'base64', 'base64url'].map((encoding) => createHash('sha256').update(NEW_PASSWORD).digest(encoding as 'hex')),
    ];
    const store = new Database(join(dir.path, 'events.sqlite'), { readonly: true });
    const everythingStored = store.prepare('SELECT event_id, data, metadata FROM events').all().map((row) => JSON.stringify(row));
    store.close();
    expect(leaks(everythingStored, [...fastHashes, NEW_PASSWORD, TEST_PASSWORD])).toEqual([]);
    // The log did record the requests: an empty log would pass the checks above for the wrong reason.
    expect(server.output().filter((line) => line.includes('"request"')).length).toBeGreaterThan(answers.length);
  }, 180_000);

  it('names a rejected secret variable at start without printing its value', () => {
    const nearMiss = 'almost-long-enough-secret';
    for (const [variable, value] of [['JWT_SECRET', nearMiss], ['PORT', 'eighty']] as const) {
      const run = spawnSync(process.execPath, [SERVER_MAIN], { env: { PATH: process.env.PATH, DATA_DIR: dir.path, [variable]: value }, encoding: 'utf8', timeout: 60_000 });
      const printed = `${run.stdout}${run.stderr}`;
      expect({ variable, status: run.status, named: printed.includes(`${variable}=`), valueShown: printed.includes(value) }).toEqual({
        variable,
        status: 1,
        named: true,
        valueShown: variable === 'PORT',
      });
    }
  });
});
