import { Module, type INestApplicationContext } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { EVENT_STORE, EventSchemas, SqliteEventStore, UpcastingEventStore, type EventStore } from '../libs/event-store/src';
import { openReadModelDatabase, ProjectionRuntime, READ_MODEL_DATABASE } from '../libs/projections/src';
import { stopwatch, type BenchSection } from './bench-section';
import { StreamSummaryProjection } from './stream-summary.projection';
import { benchEvent, STREAMS } from './workload';

/** Fills a store quickly: 16 concurrent writers of 100-event batches, so replay has something sizeable to read. */
async function filledStore(file: string, total: number): Promise<SqliteEventStore> {
  const store = new SqliteEventStore(file);
  const batches = Math.ceil(total / 100);
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let batch = next++; batch < batches; batch = next++) {
        const events = Array.from({ length: 100 }, benchEvent);
        await store.appendToStream(`incident-${batch % STREAMS}`, events, { expectedRevision: 'any' });
      }
    }),
  );
  return store;
}

/** The projection runtime as the service has it, on its own read-model file, with the one bench projection. */
async function runtimeOn(store: EventStore, readModelFile: string): Promise<{ runtime: ProjectionRuntime; close(): Promise<void> }> {
  const db = openReadModelDatabase(readModelFile);
  @Module({
    imports: [DiscoveryModule],
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: READ_MODEL_DATABASE, useValue: db },
      ProjectionRuntime,
      StreamSummaryProjection,
    ],
  })
  class ReplayBenchModule {}
  const app: INestApplicationContext = await NestFactory.createApplicationContext(ReplayBenchModule, { logger: false });
  const runtime = app.get(ProjectionRuntime);
  return {
    runtime,
    async close() {
      await runtime.stop();
      await app.close();
      db.close();
    },
  };
}

/** The floor under any replay: read and parse every row, apply nothing. */
function rawReadAndParse(file: string): number {
  const raw = new Database(file, { readonly: true });
  let parsed = 0;
  for (const row of raw.prepare('SELECT data, metadata FROM events ORDER BY global_position').iterate() as Iterable<{ data: string; metadata: string }>) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
    parsed += 1;
  }
  raw.close();
  return parsed;
}

function cpuNote(count: number, watch: ReturnType<typeof stopwatch>): string {
  return `${count} events; ${Math.round(watch.perCpuSecond(count)).toLocaleString('en-US')} per CPU-second`;
}

/** Replays $all into a projection the two ways the runtime does it: catching up from zero, and rebuild(). */
export const replaySection: BenchSection = {
  name: 'projection replay (one upsert per event, read models in their own SQLite file)',
  async run({ dir, scale, record }) {
    const total = 200_000 * scale;
    const stored = await filledStore(join(dir, 'replay.sqlite'), total);
    const store = new UpcastingEventStore(stored, new EventSchemas());

    // What a new or version-bumped projection does at start: the subscription from position 0, batches of 1000.
    const catchingUp = await runtimeOn(store, join(dir, 'replay-catch-up.sqlite'));
    let watch = stopwatch();
    catchingUp.runtime.start();
    if (!(await catchingUp.runtime.waitUntilCaughtUp(600_000))) throw new Error('The projection did not catch up');
    record({ key: 'replay.catch-up', label: 'catch-up from zero (subscription)', value: watch.perSecond(total), unit: 'events/s', note: cpuNote(total, watch) });
    await catchingUp.close();

    // What `projections rebuild` does: readAll pages straight into the runner.
    const rebuilding = await runtimeOn(store, join(dir, 'replay-rebuild.sqlite'));
    rebuilding.runtime.projectionNames();
    watch = stopwatch();
    await rebuilding.runtime.rebuild(['bench-stream-summary']);
    record({ key: 'replay.rebuild', label: 'ProjectionRuntime.rebuild', value: watch.perSecond(total), unit: 'events/s', note: cpuNote(total, watch) });
    await rebuilding.close();

    watch = stopwatch();
    const parsed = rawReadAndParse(join(dir, 'replay.sqlite'));
    record({ key: 'replay.raw', label: 'raw read and JSON.parse, no projection', value: watch.perSecond(parsed), unit: 'events/s', note: cpuNote(parsed, watch) });
    await store.close();
  },
};
