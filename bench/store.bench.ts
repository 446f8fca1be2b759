import { join } from 'node:path';
import { SqliteEventStore } from '../libs/event-store/src';
import { perSecond, type BenchSection } from './bench-section';
import { appendConcurrently } from './workload';

/** The embedded store, durable (WAL, synchronous=FULL, group commit), one event per append. */
export const storeAppendSection: BenchSection = {
  name: 'SqliteEventStore appends',
  async run({ dir, scale, record }) {
    for (const [writers, total] of [
      [1, 1_000 * scale],
      [16, 20_000 * scale],
    ]) {
      const store = new SqliteEventStore(join(dir, `store-${writers}.sqlite`));
      const startedAt = process.hrtime.bigint();
      await appendConcurrently((streamId, event, expected) => store.appendToStream(streamId, [event], { expectedRevision: expected }), writers, total);
      record({
        key: `store.append.${writers}`,
        label: `store, ${writers} writer${writers > 1 ? 's' : ''}`,
        value: perSecond(total, startedAt),
        unit: 'events/s',
        note: `${total} events, durable`,
      });
      await store.close();
    }
  },
};
