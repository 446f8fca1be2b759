import { join } from 'node:path';
import { SqliteEventStore } from '../libs/event-store/src';
import { perSecond, type BenchSection } from './bench-section';
import { rawOneTransactionPerEvent } from './raw-sqlite.bench';
import { appendConcurrently } from './workload';

async function storeAppends(file: string, writers: number, total: number): Promise<number> {
  const store = new SqliteEventStore(file);
  const startedAt = process.hrtime.bigint();
  await appendConcurrently((streamId, event, expected) => store.appendToStream(streamId, [event], { expectedRevision: expected }), writers, total);
  const rate = perSecond(total, startedAt);
  await store.close();
  return rate;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rounded = (values: number[]) => values.map((value) => Math.round(value).toLocaleString('en-US')).join(', ');

/**
 * Durable appends, one event per command: the raw one-fsync-per-event loop, the store with 1 writer and with 16.
 * They take turns for BENCH_ROUNDS rounds, so a neighbour's burst of disk traffic hits all three alike.
 */
export const durableAppendsSection: BenchSection = {
  name: 'durable appends (WAL, synchronous=FULL), ~200-byte events over 10,000 streams',
  async run({ dir, scale, record }) {
    const rounds = Number(process.env.BENCH_ROUNDS ?? '3');
    const runs = { raw: [] as number[], one: [] as number[], sixteen: [] as number[] };
    const counts = { raw: 500 * scale, one: 500 * scale, sixteen: 8_000 * scale };
    for (let round = 0; round < rounds; round++) {
      runs.raw.push(rawOneTransactionPerEvent(join(dir, `raw-${round}.sqlite`), counts.raw));
      runs.one.push(await storeAppends(join(dir, `store-1-${round}.sqlite`), 1, counts.one));
      runs.sixteen.push(await storeAppends(join(dir, `store-16-${round}.sqlite`), 16, counts.sixteen));
    }
    const note = (values: number[], count: number) => `median of ${rounds} round${rounds === 1 ? "" : "s"} of ${count} events: ${rounded(values)}`;
    record({ key: 'raw.per-event', label: 'raw better-sqlite3, one transaction per event', value: median(runs.raw), unit: 'events/s', note: note(runs.raw, counts.raw) });
    record({ key: 'store.append.1', label: 'store, 1 writer', value: median(runs.one), unit: 'events/s', note: note(runs.one, counts.one) });
    record({ key: 'store.append.16', label: 'store, 16 writers', value: median(runs.sixteen), unit: 'events/s', note: note(runs.sixteen, counts.sixteen) });
  },
};
