import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/create-app';
import { AccountsService } from '../../libs/auth/src/accounts.service';
import { loadConfig, type AppConfig } from '../../libs/platform/src/config/app-config';
import { ROLES, type Role } from '../../libs/platform/src/role';
import { startLoopbackEsdb } from '../esdb/loopback';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  /** A bearer token for a user of each role (users are created at start). */
  tokens: Record<Role, string>;
  request(method: string, path: string, options?: { role?: Role; body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests inspect arbitrary JSON
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** The real service on a temporary data directory and a random port, with one account per role. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'register-e2e-'));
  // The esdb jest project runs every end-to-end test again on EventStoreDB: a loopback server per app.
  const esdb = process.env.TEST_EVENT_STORE === 'esdb' ? await startLoopbackEsdb() : undefined;
  const storeEnv = esdb ? { EVENT_STORE: 'esdb', ESDB_CONNECTION_STRING: esdb.connectionString } : {};
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', ...storeEnv, ...env });
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const accounts = app.get(AccountsService);
  const system = { commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID(), userId: 'test-setup', role: 'admin', now: new Date() };
  for (const role of ROLES) {
    await accounts.register(`${role}-user`, role, TEST_PASSWORD, { ...system, commandId: randomUUID(), requestHash: role });
  }
  const request: TestApp['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.role) headers.authorization = `Bearer ${tokens[options.role]}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (CSV, HTML): the raw text is the body.
    }
    return { status: response.status, headers: response.headers, body };
  };
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const answer = await request('POST', '/api/auth/token', { body: { username: `${role}-user`, password: TEST_PASSWORD } });
    if (answer.status !== 200) throw new Error(`Could not sign in as ${role}: ${answer.status} ${JSON.stringify(answer.body)}`);
    tokens[role] = answer.body.accessToken;
  }
  return {
    app,
    config,
    baseUrl,
    tokens,
    request,
    async close() {
      await app.close();
      await esdb?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
