import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/create-app';
import { AccountsService } from '../libs/auth/src/accounts.service';
import { SqliteEventStore, type NewEvent } from '../libs/event-store/src';
import { INCIDENT_CATEGORIES } from '../libs/incidents/src/incident.events';
import { MISSIONS } from '../libs/shared-kernel/src';
import { loadConfig } from '../libs/platform/src/config/app-config';
import { ProjectionRuntime } from '../libs/projections/src';
import type { BenchContext, BenchSection } from './bench-section';
import { load, percentile, startMinimalApp } from './http-load';

const CLIENTS = 16;
const PASSWORD = 'bench password, long enough';

type Api = { baseUrl: string; runtime: ProjectionRuntime; signIn(): Promise<string>; close(): Promise<void> };

async function startRegister(dataDir: string): Promise<Api> {
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, PORT: '0' }), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const id = randomUUID();
  await app.get(AccountsService).register('bench-operations', 'operations', PASSWORD, {
    commandId: id, correlationId: id, causationId: id, userId: 'bench', role: 'admin', now: new Date(), requestHash: id,
  });
  // Tokens live 15 minutes: sign in right before measuring, not before a long catch-up.
  const signIn = async () => {
    const answer = await fetch(`${baseUrl}/api/auth/token`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-operations', password: PASSWORD }),
    });
    return ((await answer.json()) as { accessToken: string }).accessToken;
  };
  return { baseUrl, runtime: app.get(ProjectionRuntime), signIn, close: () => app.close() };
}

const report = () => ({
  category: 'INDIRECT_FIRE',
  mission: 'NMI',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  location: { name: 'Camp Union III', lat: 33.311, lon: 44.392 },
  summary: 'Two rockets impacted near the perimeter; no casualties, minor damage to a container',
  severity: 3,
  details: { munition: 'ROCKET', rounds: 2, intercepted: 1 },
});

/** POST /api/incidents with 16 clients against the minimal validated Nest+Fastify endpoint, in the same run. */
async function commands({ dir, scale, record }: BenchContext): Promise<void> {
  const total = 4_000 * scale;
  const minimal = await startMinimalApp();
  const post = (url: string, headers: Record<string, string> = {}) => () =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(report()) });
  await load(CLIENTS, 500, post(minimal.url), 201); // warm-up
  const floor = await load(CLIENTS, total, post(minimal.url), 201);
  await minimal.close();

  const api = await startRegister(join(dir, 'http-commands'));
  const authorised = post(`${api.baseUrl}/api/incidents`, { authorization: `Bearer ${await api.signIn()}` });
  await load(CLIENTS, 500, authorised, 201);
  const register = await load(CLIENTS, total, authorised, 201);
  await api.close();

  for (const [key, label, result] of [['http.minimal', 'minimal validated Nest+Fastify POST', floor], ['http.incidents', 'POST /api/incidents (durable)', register]] as const) {
    const note = `${CLIENTS} clients, ${total} requests, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.failures ? `, ${result.failures} failed` : ''}`;
    record({ key: `${key}.rps`, label, value: result.perSecond, unit: 'requests/s', note });
  }
  record({ key: 'http.incidents.share', label: 'POST /api/incidents / minimal endpoint', value: (100 * register.perSecond) / floor.perSecond, unit: '%' });
}

/** Valid details for each category, as the edge would have let them through. */
const DETAILS: Record<string, Record<string, unknown>> = {
  INDIRECT_FIRE: { munition: 'ROCKET', rounds: 2, intercepted: 1 },
  ARMED_DRONE: { drones: 1, intercepted: 1 },
  CIVIL_UNREST: { crowdEstimate: 300, violent: false },
  HEAT_ILLNESS: { casualties: 1, severity: 'HEAT_EXHAUSTION', wbgtCelsius: 33, acclimatised: true },
  USE_OF_FORCE: { basis: 'SELF_DEFENCE', escalation: 'WARNING', roundsFired: 0, casualtiesObserved: false, publicSummary: 'Warning at a checkpoint' },
};

/** A realistic incident report for the 1,000,000-event store, spread over two years. */
function storedReport(index: number): NewEvent {
  const id = randomUUID();
  const category = INCIDENT_CATEGORIES[index % INCIDENT_CATEGORIES.length];
  const occurredAt = new Date(Date.UTC(2024, 0, 1) + (index * 63_072_000_000) / 1_000_000).toISOString();
  const details = DETAILS[category] ?? { notes: 'Recorded for the benchmark' };
  return {
    id,
    type: category === 'USE_OF_FORCE' ? 'UseOfForceReported' : 'IncidentReported',
    data: {
      incidentId: id, reportedAt: occurredAt, category, mission: MISSIONS[Math.floor(index / 8) % MISSIONS.length], occurredAt,
      location: { name: 'Camp Union III' }, summary: 'Benchmark incident near the perimeter of Camp Union III', severity: 1 + (index % 5), details,
    },
    metadata: { commandId: id, correlationId: id, causationId: id, userId: 'bench', role: 'operations', recordedAt: occurredAt, schemaVersion: 1 },
  };
}

async function fillStore(file: string, total: number): Promise<void> {
  const store = new SqliteEventStore(file);
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < total) {
        const event = storedReport(next++);
        await store.appendToStream(`incident-${event.data.incidentId}`, [event], { expectedRevision: 'no_stream' });
      }
    }),
  );
  await store.close();
}

/** GET /api/incidents with filters, one request at a time, on a store holding 1,000,000 incident reports. */
async function registerPages({ dir, scale, record }: BenchContext): Promise<void> {
  const events = 1_000_000 * scale;
  const dataDir = join(dir, 'http-register');
  mkdirSync(dataDir, { recursive: true });
  let startedAt = process.hrtime.bigint();
  await fillStore(join(dataDir, 'events.sqlite'), events);
  record({ key: 'register.fill', label: 'filling the store with incident reports', value: events / (Number(process.hrtime.bigint() - startedAt) / 1e9), unit: 'events/s', note: `${events} events, 64 writers` });
  startedAt = process.hrtime.bigint();
  const api = await startRegister(dataDir);
  while (!(await api.runtime.waitUntilCaughtUp(5_000))) {
    const failed = (await api.runtime.status()).filter((consumer) => consumer.state === 'failed');
    if (failed.length > 0) throw new Error(`Consumers failed on the bench data: ${failed.map((consumer) => `${consumer.name}: ${consumer.lastError}`).join('; ')}`);
  }
  record({ key: 'register.catch-up', label: 'every projection catching up from zero', value: events / (Number(process.hrtime.bigint() - startedAt) / 1e9), unit: 'events/s' });
  const filters = [
    'category=INDIRECT_FIRE&mission=NMI&from=2024-06-01T00:00:00Z&to=2024-07-01T00:00:00Z',
    'category=USE_OF_FORCE&page=3',
    'mission=OIR&status=REPORTED&from=2025-01-01T00:00:00Z&to=2025-04-01T00:00:00Z&pageSize=100',
    'category=HEAT_ILLNESS&mission=EUAM',
  ];
  const token = await api.signIn();
  const latencies: number[] = [];
  for (let i = 0; i < 1_000; i++) {
    const begin = process.hrtime.bigint();
    const answer = await fetch(`${api.baseUrl}/api/incidents?${filters[i % filters.length]}`, { headers: { authorization: `Bearer ${token}` } });
    await answer.json();
    latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
    if (answer.status !== 200) throw new Error(`register answered ${answer.status}`);
  }
  await api.close();
  latencies.sort((a, b) => a - b);
  const note = `${events} events, ${latencies.length} requests over ${filters.length} filter sets, p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p99 ${percentile(latencies, 0.99).toFixed(2)} ms`;
  record({ key: 'register.page.p99', label: 'filtered register page, p99', value: percentile(latencies, 0.99), unit: 'ms', note });
}

/** Wire into bench/run.ts by adding both sections to SECTIONS. */
export const httpCommandsSection: BenchSection = { name: 'HTTP: POST /api/incidents against a minimal validated Nest+Fastify POST', run: commands };
export const registerPageSection: BenchSection = { name: 'HTTP: filtered incident register page with 1,000,000 events in the store', run: registerPages };
