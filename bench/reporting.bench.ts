import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createApp } from '../apps/api/src/create-app';
import { AccountsService } from '../libs/auth/src/accounts.service';
import { SqliteEventStore, type NewEvent } from '../libs/event-store/src';
import { INCIDENT_CATEGORIES } from '../libs/incidents/src/incident.events';
import { MISSIONS } from '../libs/shared-kernel/src';
import { loadConfig } from '../libs/platform/src/config/app-config';
import { ProjectionRuntime } from '../libs/projections/src';
import { WeeklyOverviewQueries } from '../libs/reporting/src/projections/weekly-overview.queries';
import type { BenchContext, BenchSection } from './bench-section';

/*
 * The weekly overview with 1,000,000 events in the store (aim: p99 under 20 ms). The events are what the register
 * holds: incident reports of every category (uses of force and heat illness included), escort movements and adviser
 * engagements, two years of them (about 9,600 a week), each recorded an hour after it happened.
 */

const PASSWORD = 'bench password, long enough';
const FIRST = Date.UTC(2024, 0, 1);
const SPAN_MS = 2 * 365 * 86_400_000;
const WRITERS = 128;

function storedEvent(index: number, total: number): NewEvent & { streamId: string } {
  const id = randomUUID();
  const occurredAt = new Date(FIRST + Math.floor((index * SPAN_MS) / total)).toISOString();
  const mission = MISSIONS[index % MISSIONS.length];
  const metadata = { commandId: id, correlationId: id, causationId: id, userId: 'bench', role: 'operations', recordedAt: new Date(Date.parse(occurredAt) + 3_600_000).toISOString(), schemaVersion: 1 };
  const kind = index % 20;
  if (kind < 8) {
    const data = { movementId: id, loggedAt: metadata.recordedAt, occurredAt, mission, destination: 'Ministry of Defence, Baghdad', advisersEscorted: 1 + (index % 4) };
    return { streamId: `movement-${id}`, id, type: 'MovementLogged', data, metadata };
  }
  if (kind < 11) {
    const data = { engagementId: id, loggedAt: metadata.recordedAt, occurredAt, mission, counterpart: 'Joint Operations Command', topic: 'Force protection planning' };
    return { streamId: `adviser-engagement-${id}`, id, type: 'AdviserEngagementLogged', data, metadata };
  }
  // About ten uses of force a week.
  const category = index % 900 === 11 ? 'USE_OF_FORCE' : INCIDENT_CATEGORIES[index % INCIDENT_CATEGORIES.length] === 'USE_OF_FORCE' ? 'OTHER' : INCIDENT_CATEGORIES[index % INCIDENT_CATEGORIES.length];
  const details =
    category === 'USE_OF_FORCE' ? { basis: 'SELF_DEFENCE', escalation: 'WARNING', roundsFired: 0, casualtiesObserved: false, publicSummary: 'Warning at a checkpoint' }
    : category === 'HEAT_ILLNESS' ? { casualties: 1 + (index % 3), severity: 'HEAT_EXHAUSTION', wbgtCelsius: 31.5, acclimatised: true }
    : category === 'INDIRECT_FIRE' ? { munition: 'ROCKET', rounds: 2, intercepted: 1 }
    : category === 'ARMED_DRONE' ? { drones: 1, intercepted: 1 }
    : category === 'CIVIL_UNREST' ? { crowdEstimate: 500, violent: false }
    : { notes: 'Recorded for the benchmark' };
  const data = { incidentId: id, reportedAt: metadata.recordedAt, category, mission, occurredAt, location: { name: 'Camp Union III' }, summary: 'Benchmark incident', severity: 2, details };
  return { streamId: `incident-${id}`, id, type: category === 'USE_OF_FORCE' ? 'UseOfForceReported' : 'IncidentReported', data, metadata };
}

async function fillStore(file: string, total: number): Promise<void> {
  const store = new SqliteEventStore(file);
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < total) {
        const { streamId, ...event } = storedEvent(next++, total);
        await store.appendToStream(streamId, [event], { expectedRevision: 'no_stream' });
      }
    }),
  );
  await store.close();
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];

/** p50 and p99 in ms of `runs` calls, each given the next of `weeks`. */
async function timed(runs: number, weeks: string[], call: (week: string) => Promise<unknown> | unknown): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const begin = process.hrtime.bigint();
    await call(weeks[i % weeks.length]);
    latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

/** Fills a store with 1,000,000 events (× BENCH_SCALE), lets the service catch up, then asks for weekly overviews. */
export async function weeklyOverviewBench({ dir, scale, record }: BenchContext): Promise<void> {
  const events = Math.round(1_000_000 * scale);
  const dataDir = join(dir, 'reporting');
  mkdirSync(dataDir, { recursive: true });
  let startedAt = process.hrtime.bigint();
  await fillStore(join(dataDir, 'events.sqlite'), events);
  const seconds = () => Number(process.hrtime.bigint() - startedAt) / 1e9;
  record({ key: 'reporting.fill', label: 'filling the store (incidents, movements, engagements)', value: events / seconds(), unit: 'events/s', note: `${events} events, ${WRITERS} writers` });

  startedAt = process.hrtime.bigint();
  const app = await createApp(loadConfig({ DATA_DIR: dataDir, PORT: '0' }), { logger: false });
  await app.listen(0, '127.0.0.1');
  await app.get(ProjectionRuntime).waitUntilCaughtUp(6 * 3_600_000);
  record({ key: 'reporting.catch-up', label: 'every projection and process manager catching up from zero', value: events / seconds(), unit: 'events/s' });

  const id = randomUUID();
  await app.get(AccountsService).register('bench-manager', 'manager', PASSWORD, { commandId: id, correlationId: id, causationId: id, userId: 'bench', role: 'admin', now: new Date(), requestHash: id });
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}/api`;
  const signIn = await fetch(`${baseUrl}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-manager', password: PASSWORD }) });
  const { accessToken } = (await signIn.json()) as { accessToken: string };

  const weeks = Array.from({ length: 97 }, (_, i) => DateTime.fromMillis(FIRST, { zone: 'utc' }).plus({ weeks: i }).toFormat("kkkk-'W'WW"));
  const queries = app.get(WeeklyOverviewQueries);
  const inProcess = await timed(2_000, weeks, (week) => queries.overviewFor(week));
  const total = queries.overviewFor(weeks[30]).incidents.total;
  record({ key: 'reporting.week.query.p99', label: 'weekly overview read model query, p99', value: inProcess.p99, unit: 'ms', note: `p50 ${inProcess.p50.toFixed(2)} ms, ${total} incidents in ${weeks[30]}` });

  const editions = ['', '?edition=public', '?format=csv'];
  let request = 0;
  const overHttp = await timed(1_000, weeks, async (week) => {
    const answer = await fetch(`${baseUrl}/overviews/weekly/${week}${editions[request++ % editions.length]}`, { headers: { authorization: `Bearer ${accessToken}` } });
    await answer.text();
    if (answer.status !== 200) throw new Error(`weekly overview answered ${answer.status}`);
  });
  record({
    key: 'reporting.week.http.p99',
    label: 'GET /api/overviews/weekly/:week, p99',
    value: overHttp.p99,
    unit: 'ms',
    note: `${events} events, 1,000 requests one at a time over ${weeks.length} weeks (JSON, public, CSV), p50 ${overHttp.p50.toFixed(2)} ms; target p99 < 20 ms`,
  });
  await app.close();
}

/** Wire into bench/run.ts by adding `reportingSection` to SECTIONS. */
export const reportingSection: BenchSection = {
  name: 'weekly overview with 1,000,000 events in the store',
  run: weeklyOverviewBench,
};
