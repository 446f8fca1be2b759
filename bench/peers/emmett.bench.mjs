// Emmett's SQLite event store (@event-driven-io/emmett-sqlite 0.38.5) on the register's bench workload.
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { appendConcurrently, benchEvent } = require('../../dist/bench/workload.js');
const { rawOneTransactionPerEvent } = require('../../dist/bench/raw-sqlite.bench.js');
const { describeMachine } = require('../../dist/bench/machine.js');
const { perSecond } = require('../../dist/bench/bench-section.js');
const { SqliteEventStore } = require('../../dist/libs/event-store/src');

const scale = Number(process.env.BENCH_SCALE ?? '1');
const dir = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'register-bench-peers-'));
const format = (value) => Math.round(value).toLocaleString('en-US');
const results = new Map();
const record = (result) => {
  results.set(result.key, result);
  console.log(`  ${result.label}: ${format(result.value)} ${result.unit}${result.note ? ` (${result.note})` : ''}`);
};

/** Our revisions count from 0; Emmett's stream versions count events, so the expected version is revision + 1. */
function emmettAppend(store, failures, attempts) {
  return async (streamId, event, expected) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await store.appendToStream(streamId, [{ type: event.type, data: event.data, metadata: event.metadata }], {
          expectedStreamVersion: expected === 'no_stream' ? STREAM_DOES_NOT_EXIST : expected + 1n,
        });
      } catch (error) {
        failures.push(error?.message ?? String(error));
        if (attempt >= attempts) throw error;
      }
    }
  };
}

/** 16 writers on one store, each append on its own: how many go through, and the first error. */
async function concurrentAttempt(store) {
  const failures = [];
  const append = emmettAppend(store, failures, 1);
  let succeeded = 0;
  // Emmett prints every failed transaction with console.log; the summary line says it once.
  const log = console.log;
  console.log = () => undefined;
  await Promise.allSettled(
    Array.from({ length: 16 }, async (_, writer) => {
      for (let i = 0; i < 10; i++) {
        const event = benchEvent();
        await append(`incident-${writer}-${i}`, event, 'no_stream').then(() => (succeeded += 1), () => undefined);
      }
    }),
  ).finally(() => (console.log = log));
  return { succeeded, failures };
}

async function main() {
  console.log(`register bench: peers, ${new Date().toISOString()}, scale ${scale}`);
  console.log(describeMachine());
  console.log('\nraw better-sqlite3 (WAL, synchronous=FULL), the same baseline as npm run bench');
  const rawTotal = 1_000 * scale;
  const rawRate = rawOneTransactionPerEvent(join(dir, 'raw.sqlite'), rawTotal);
  record({ key: 'raw.per-event', label: 'raw, one transaction per event', value: rawRate, unit: 'events/s', note: `${rawTotal} events` });

  console.log('\nthe register\'s SqliteEventStore, for comparison in the same run');
  const ours = new SqliteEventStore(join(dir, 'ours-1.sqlite'));
  let startedAt = process.hrtime.bigint();
  await appendConcurrently((streamId, event, expected) => ours.appendToStream(streamId, [event], { expectedRevision: expected }), 1, 1_000 * scale);
  record({ key: 'store.append.1', label: 'store, 1 writer', value: perSecond(1_000 * scale, startedAt), unit: 'events/s', note: `${1_000 * scale} events, durable` });
  await ours.close();

  console.log('\nEmmett SQLite event store 0.38.5 (WAL; it opens and closes the file around every operation)');
  const total = 1_000 * scale;
  const store = getSQLiteEventStore({ fileName: join(dir, 'emmett-1.sqlite') });
  const retried = [];
  startedAt = process.hrtime.bigint();
  // Up to three tries per append: Emmett 0.38.5 now and then fails a lone commit with SQLITE_BUSY.
  await appendConcurrently(emmettAppend(store, retried, 3), 1, total);
  const note = `${total} events${retried.length > 0 ? `, ${retried.length} tries failed and were repeated: ${[...new Set(retried)].join('; ')}` : ''}`;
  record({ key: 'emmett.append.1', label: 'emmett, 1 writer', value: perSecond(total, startedAt), unit: 'events/s', note });

  // The same store with 16 concurrent writers: each operation closes the connection the others are still using.
  const { succeeded, failures } = await concurrentAttempt(getSQLiteEventStore({ fileName: join(dir, 'emmett-16.sqlite') }));
  console.log(`  emmett, 16 writers: ${succeeded} of 160 appends went through; ${failures.length} failed, first: ${failures[0] ?? 'none'}`);

  const raw = results.get('raw.per-event').value;
  console.log(`\nratio emmett 1 writer / raw one transaction per event: ${(results.get('emmett.append.1').value / raw).toFixed(2)}x`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
