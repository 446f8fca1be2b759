import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../libs/event-store/src';
import { tempDir } from '../support/temp-dir';
import { newEvent } from './contract/store-under-test';

const STORE_MODULE = join(__dirname, '../../dist/libs/event-store/src/index.js');
const APPENDS = 12;

/**
 * A child process that appends one event at a time and writes "ACK <n>" to stdout once each append is acknowledged;
 * `weaken` switches the store's own connection to synchronous=OFF, the fault this test must catch.
 */
const CHILD = `
const { SqliteEventStore } = require(${JSON.stringify(STORE_MODULE)});
const { randomUUID } = require('node:crypto');
(async () => {
  const store = new SqliteEventStore(process.argv[2]);
  if (process.argv[3] === 'weaken') store.db.pragma('synchronous = OFF');
  const metadata = { commandId: 'c', correlationId: 'c', causationId: 'c', userId: 'u', role: 'operations', recordedAt: new Date().toISOString(), schemaVersion: 1 };
  for (let n = 0; n < ${APPENDS}; n++) {
    await store.appendToStream('stream-' + n, [{ id: randomUUID(), type: 'Noted', data: { n }, metadata }], { expectedRevision: 'no_stream' });
    process.stdout.write('ACK ' + n + '\\n');
  }
  await store.close();
})();
`;

/** Runs the child under strace and tells, for each acknowledgement, whether a sync came between it and the one before. */
function syncedAcknowledgements(dir: ReturnType<typeof tempDir>, mode: 'as built' | 'weaken'): boolean[] {
  const script = dir.file('append.js');
  writeFileSync(script, CHILD);
  const trace = dir.file(`${mode}.trace`);
  const run = spawnSync('strace', ['-f', '-e', 'trace=fsync,fdatasync,write', '-o', trace, process.execPath, script, dir.file(`${mode}.sqlite`), mode], {
    encoding: 'utf8',
  });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  const synced: boolean[] = [];
  let syncSinceLast = false;
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    if (/\b(fsync|fdatasync)\(/.test(line)) syncSinceLast = true;
    if (/\bwrite\(1, "ACK \d+/.test(line)) {
      synced.push(syncSinceLast);
      syncSinceLast = false;
    }
  }
  return synced;
}

describe('SQLite store durability', () => {
  const dir = tempDir('sqlite-durability');
  afterAll(() => dir.remove());

  it('keeps its own connection in WAL mode with synchronous = FULL, and its ping says so', async () => {
    const store = new SqliteEventStore(dir.file('events.sqlite'));
    await store.appendToStream('stream-a', [newEvent({ n: 1 })], { expectedRevision: 'no_stream' });
    expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 2 });
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });

  it('syncs the disk before each acknowledgement (counted with strace in a child process)', () => {
    expect(syncedAcknowledgements(dir, 'as built')).toEqual(Array(APPENDS).fill(true));
  });

  it('would see acknowledgements without a sync: the same count with synchronous = OFF', () => {
    expect(syncedAcknowledgements(dir, 'weaken').filter(Boolean).length).toBeLessThan(APPENDS / 2);
  });
});
