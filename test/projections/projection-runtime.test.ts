import type { Provider } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventStoreUnavailableError, SqliteEventStore, type NewEvent } from '../../libs/event-store/src';
import { Checkpoints } from '../../libs/projections/src';
import { newEvent, newEvents } from '../event-store/contract/store-under-test';
import { tempDir } from '../support/temp-dir';
import { AcknowledgerProcessManager } from './support/acknowledger.process-manager';
import { startRuntime, type RuntimeHarness } from './support/runtime-harness';
import { TALLY_VERSION, TallyProjection } from './support/tally.projection';

/** Generous: a wait only ends this early when something is broken. */
const CAUGHT_UP_MS = 20_000;

describe('ProjectionRuntime on real SQLite files', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: SqliteEventStore;
  let harness: RuntimeHarness | undefined;

  const start = async (...consumers: Provider[]) => {
    harness = await startRuntime(store, dir.file('read-models.sqlite'), [TallyProjection, ...consumers]);
    return { ...harness, tally: harness.get(TallyProjection) };
  };
  const restart = async (...consumers: Provider[]) => {
    await harness?.close();
    return start(...consumers);
  };
  const append = (streamId: string, events: NewEvent[]) => store.appendToStream(streamId, events, { expectedRevision: 'any' });
  const checkpointOf = (name: string) => new Checkpoints(harness!.db).read(name);
  const rows = () => TallyProjection.rows(harness!.db);

  beforeEach(() => {
    dir = tempDir('projection-runtime');
    store = new SqliteEventStore(dir.file('events.sqlite'));
  });
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
    await store.close();
    dir.remove();
  });

  it('catches up from zero, then follows live events, each applied once with its checkpoint', async () => {
    await append('patrol-1', newEvents(3));
    await append('patrol-2', newEvents(2));
    const { runtime } = await start();
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()).toEqual([
      { streamId: 'patrol-1', events: 3, lastRevision: 2 },
      { streamId: 'patrol-2', events: 2, lastRevision: 1 },
    ]);
    await append('patrol-2', newEvents(4));
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()[1]).toEqual({ streamId: 'patrol-2', events: 6, lastRevision: 5 });
    expect(checkpointOf('tally')).toEqual({ position: await store.headPosition(), version: 1 });
    expect(await runtime.status()).toEqual([expect.objectContaining({ name: 'tally', kind: 'projection', lag: '0' })]);
  });

  it('resumes after a restart from its checkpoint without applying anything twice', async () => {
    await append('patrol-1', newEvents(3));
    let { runtime } = await start();
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    await harness!.close();
    harness = undefined;
    await append('patrol-1', newEvents(2));
    ({ runtime } = await start());
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 5, lastRevision: 4 }]);
  });

  it('keeps nothing of a batch whose apply fails, and applies it once when retried', async () => {
    await append('patrol-1', newEvents(3));
    const { runtime, tally } = await start();
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    const checkpoint = checkpointOf('tally');

    const batch = newEvents(3);
    tally.failOn = batch[1].id;
    const failed = tally.nextFailure();
    await append('patrol-1', batch);
    await failed;
    // The first event of the batch was applied before the failure, and rolled back with it.
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 3, lastRevision: 2 }]);
    expect(checkpointOf('tally')).toEqual(checkpoint);
    expect(await runtime.waitUntilCaughtUp(50)).toBe(false);

    tally.failOn = undefined;
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 6, lastRevision: 5 }]);
  });

  it('quarantines an event it cannot apply, with its checkpoint in the same transaction, and keeps serving', async () => {
    await append('patrol-1', newEvents(2));
    const { runtime, tally } = await start();
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    const batch = newEvents(3);
    tally.failOn = batch[1].id;
    tally.failAs = 'bug';
    const { position: last } = await append('patrol-1', batch);
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    // The events either side of it count; the odd one took nothing with it.
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 4, lastRevision: 4 }]);
    expect(checkpointOf('tally')?.position).toBe(last);
    const odd = (await store.readStream('patrol-1'))[3];
    const quarantined = [{ position: odd.position.toString(), eventId: odd.id, eventType: odd.type, error: `tally cannot read ${odd.id}` }];
    expect(await runtime.status()).toEqual([expect.objectContaining({ name: 'tally', state: 'running', lag: '0', quarantined })]);

    // Still serving: later events apply, and a restart neither loops on the odd event nor forgets it.
    await append('patrol-2', newEvents(1));
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    const restarted = await restart();
    expect(await restarted.runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 4, lastRevision: 4 }, { streamId: 'patrol-2', events: 1, lastRevision: 0 }]);
    expect((await restarted.runtime.status())[0].quarantined).toEqual(quarantined);

    // A rebuild clears the quarantine and tries the event again: fixed, it counts.
    await restarted.runtime.rebuild(['tally']);
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 5, lastRevision: 4 }, { streamId: 'patrol-2', events: 1, lastRevision: 0 }]);
    expect((await restarted.runtime.status())[0]).not.toHaveProperty('quarantined');
  });

  it('quarantines the event again when a rebuild still cannot apply it', async () => {
    const events = newEvents(2);
    await append('patrol-1', events);
    const { runtime, tally } = await start();
    tally.failOn = events[0].id;
    tally.failAs = 'bug';
    await runtime.rebuild(['tally']);
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 1, lastRevision: 1 }]);
    expect((await runtime.status())[0].quarantined).toEqual([expect.objectContaining({ eventId: events[0].id })]);
  });

  it('rebuilds from zero on demand, reporting progress, and keeps following afterwards', async () => {
    for (let i = 0; i < 4; i++) await append(`patrol-${i}`, newEvents(i + 1));
    const { runtime, db } = await start();
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    const built = rows();
    db.exec('UPDATE tally SET events = 999');

    const progress: bigint[] = [];
    await runtime.rebuild(['tally'], (step) => progress.push(step.position));
    expect(rows()).toEqual(built);
    expect(progress[progress.length - 1]).toBe(await store.headPosition());

    await append('patrol-0', newEvents(1));
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()[0]).toEqual({ streamId: 'patrol-0', events: 2, lastRevision: 1 });
  });

  it('refuses to rebuild a projection it does not know, naming the known ones', async () => {
    const { runtime } = await start();
    await expect(runtime.rebuild(['talley'])).rejects.toThrow(/talley.*Known: tally/);
  });

  it('rebuilds a projection whose version changed, and only then', async () => {
    await append('patrol-1', newEvents(2));
    let { runtime } = await start();
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    harness!.db.exec('UPDATE tally SET events = 999');

    ({ runtime } = await restart({ provide: TALLY_VERSION, useValue: 1 }));
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()[0].events).toBe(999);

    // Version 1's table had another shape: version 2 must drop it before preparing statements against its own.
    harness!.db.exec('ALTER TABLE tally RENAME COLUMN last_revision TO revision');
    ({ runtime } = await restart({ provide: TALLY_VERSION, useValue: 2 }));
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows()).toEqual([{ streamId: 'patrol-1', events: 2, lastRevision: 1 }]);
    expect(checkpointOf('tally')?.version).toBe(2);
  });

  it('waits for process managers, then for projections to hold what they wrote', async () => {
    const { runtime } = await start(AcknowledgerProcessManager);
    const request = newEvent({}, 'RequestMade');
    await append('request-1', [request]);
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    expect(rows().map((row) => row.streamId)).toEqual([`acknowledgement-${request.id}`, 'request-1']);
  });

  it('quarantines an event a process manager failed on three times, and retries one it failed on for the store', async () => {
    const { runtime, get } = await start(AcknowledgerProcessManager);
    const acknowledger = get(AcknowledgerProcessManager);
    const [odd, unlucky, next] = [newEvent({}, 'RequestMade'), newEvent({}, 'RequestMade'), newEvent({}, 'RequestMade')];
    acknowledger.failOn = { eventId: odd.id, error: new TypeError('cannot read the request') };
    const { position } = await append('request-odd', [odd]);
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    const status = await runtime.status();
    expect(status.find((consumer) => consumer.name === 'acknowledger')).toMatchObject({
      state: 'running', lag: '0', quarantined: [{ position: position.toString(), eventId: odd.id, eventType: 'RequestMade', error: 'cannot read the request' }],
    });
    expect(checkpointOf('acknowledger')?.position).toBe(position);
    // Tried again twice first: a passing conflict with another instance would have cleared by then.
    expect(acknowledger.failures).toBe(3);

    acknowledger.failOn = { eventId: unlucky.id, error: new EventStoreUnavailableError('the store is down') };
    await append('request-unlucky', [unlucky]);
    expect(await runtime.waitUntilCaughtUp(200)).toBe(false);
    acknowledger.failOn = undefined;
    await append('request-next', [next]);
    expect(await runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
    for (const request of [unlucky, next]) expect(await store.readStream(`acknowledgement-${request.id}`)).toHaveLength(1);
    expect((await runtime.status()).find((consumer) => consumer.name === 'acknowledger')?.quarantined).toHaveLength(1);
  });

  it('lets a second instance of a process manager react without acting twice', async () => {
    const first = await start(AcknowledgerProcessManager);
    const secondDir = tempDir('projection-runtime-second');
    const other = await startRuntime(store, secondDir.file('read-models.sqlite'), [TallyProjection, AcknowledgerProcessManager]);
    try {
      const requests = [newEvent({}, 'RequestMade'), newEvent({}, 'RequestMade')];
      for (const request of requests) await append(`request-${randomUUID()}`, [request]);
      expect(await first.runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
      expect(await other.runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
      expect(first.get(AcknowledgerProcessManager).handled).toBe(2);
      expect(other.get(AcknowledgerProcessManager).handled).toBe(2);
      for (const request of requests) expect(await store.readStream(`acknowledgement-${request.id}`)).toHaveLength(1);
    } finally {
      await other.close();
      secondDir.remove();
    }
  });
  it('applies each event once when two instances share one read-model file', async () => {
    await append('patrol-1', newEvents(50));
    const first = await start();
    const second = await startRuntime(store, dir.file('read-models.sqlite'), [TallyProjection]);
    try {
      for (let round = 0; round < 10; round++) await append(`patrol-${round % 3}`, newEvents(5));
      expect(await first.runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
      expect(await second.runtime.waitUntilCaughtUp(CAUGHT_UP_MS)).toBe(true);
      expect(rows()).toEqual([
        { streamId: 'patrol-0', events: 20, lastRevision: 19 },
        { streamId: 'patrol-1', events: 65, lastRevision: 64 },
        { streamId: 'patrol-2', events: 15, lastRevision: 14 },
      ]);
    } finally {
      await second.close();
    }
  });
});
