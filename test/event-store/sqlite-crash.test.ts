import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '../../libs/event-store/src';
import { tempDir } from '../support/temp-dir';

/** One acknowledged append, as the child printed it. */
interface Acknowledgement {
  streamId: string;
  ids: string[];
  lastRevision: string;
  position: string;
}

const CHILD = join(__dirname, 'fixtures/crash-writer.js');

/** Runs the 16-writer child until it has acknowledged `killAfter` appends, then SIGKILLs it mid-write. */
function appendUntilKilled(file: string, killAfter: number): Promise<Acknowledgement[]> {
  const child = spawn(process.execPath, [CHILD, file, '16'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acknowledged: Acknowledgement[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    // A line cut off by the kill was never fully printed, so it does not count as acknowledged.
    partial = lines.pop() ?? '';
    for (const line of lines) acknowledged.push(JSON.parse(line) as Acknowledgement);
    if (acknowledged.length >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`The writer exited by itself (${code}): ${stderr}`)),
    );
  });
}

function expectIntactFile(file: string): void {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
}

function expectEveryAcknowledgedEvent(all: RecordedEvent[], acknowledged: Acknowledgement[]): void {
  const byId = new Map(all.map((event) => [event.id, event]));
  for (const ack of acknowledged) {
    const stored = ack.ids.map((id) => byId.get(id));
    expect(stored.every(Boolean)).toBe(true);
    const first = BigInt(ack.lastRevision) - BigInt(ack.ids.length - 1);
    expect(stored.map((event) => event?.streamId)).toEqual(ack.ids.map(() => ack.streamId));
    expect(stored.map((event) => event?.revision)).toEqual(ack.ids.map((_, index) => first + BigInt(index)));
    expect(stored[stored.length - 1]?.position).toBe(BigInt(ack.position));
  }
}

describe('SqliteEventStore killed with SIGKILL while 16 writers append', () => {
  const dir = tempDir('sqlite-crash');
  const file = dir.file('events.sqlite');

  afterAll(() => dir.remove());

  it('keeps every acknowledged event, in order, with no gap in $all, across three crashes', async () => {
    const acknowledged: Acknowledgement[] = [];
    for (const killAfter of [200, 400, 600]) {
      const round = await appendUntilKilled(file, killAfter);
      expect(round.length).toBeGreaterThanOrEqual(killAfter);
      // Acknowledged in the order they were committed: a later acknowledgement never holds an earlier position.
      const positions = round.map((ack) => BigInt(ack.position));
      positions.slice(1).forEach((position, index) => expect(position).toBeGreaterThan(positions[index]));
      acknowledged.push(...round);

      expectIntactFile(file);
      const store = new SqliteEventStore(file);
      try {
        const all = await store.readAll();
        expect(all.map((event) => event.position)).toEqual(all.map((_, index) => BigInt(index + 1)));
        expectEveryAcknowledgedEvent(all, acknowledged);
        for (let writer = 0; writer < 16; writer++) {
          const stream = await store.readStream(`crash-writer-${writer}`);
          expect(stream.map((event) => event.revision)).toEqual(stream.map((_, index) => BigInt(index)));
        }
      } finally {
        await store.close();
      }
    }
  });
});
