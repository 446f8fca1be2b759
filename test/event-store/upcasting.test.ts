import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EventSchemas,
  parseEventLine,
  SqliteEventStore,
  UpcastingEventStore,
  withoutUpcasting,
  type RecordedEvent,
} from '../../libs/event-store/src';
import { tempDir } from '../support/temp-dir';

/**
 * The schema history of RiskRaised, as this test declares it: version 1 named likelihood in words, version 2 on a
 * 1–5 scale, version 3 added an owner. The fixture holds events as they were stored at each version.
 */
const WORDS: Record<string, number> = { low: 2, medium: 3, high: 4 };
const schemas = new EventSchemas([
  {
    type: 'RiskRaised',
    upcasters: [
      (data) => ({ ...data, likelihood: WORDS[String(data.likelihood)] }),
      (data) => ({ ...data, owner: 'unassigned' }),
    ],
  },
]);

const FIXTURE = join(__dirname, 'fixtures/risk-raised-old-versions.ndjson');

describe('Upcasting events stored in older schema versions', () => {
  const dir = tempDir('upcasting');
  const file = dir.file('events.sqlite');
  let stored: SqliteEventStore;
  let store: UpcastingEventStore;
  const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n').map((text, index) => parseEventLine(text, index + 1));

  beforeAll(async () => {
    stored = new SqliteEventStore(file);
    for (const line of lines) await stored.appendToStream(line.streamId, [line.event], { expectedRevision: 'no_stream' });
    store = new UpcastingEventStore(stored, schemas);
  });

  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  const current = (event: RecordedEvent) => ({ data: event.data, schemaVersion: event.metadata.schemaVersion });
  const expectedCurrent = [
    { data: { riskId: '7d0e2b1c', title: 'Rocket fire on Erbil Air Base', likelihood: 4, owner: 'unassigned' }, schemaVersion: 3 },
    { data: { riskId: '5a9c3e7f', title: 'Convoy route Baghdad–Taji exposed', likelihood: 3, owner: 'unassigned' }, schemaVersion: 3 },
    { data: { riskId: '1e4b8d2a', title: 'Drone overflight at Union III', likelihood: 2, owner: 'force-protection' }, schemaVersion: 3 },
  ];

  it('knows the current version of each type', () => {
    expect(schemas.currentVersion('RiskRaised')).toBe(3);
    expect(schemas.currentVersion('SomethingUnchanged')).toBe(1);
  });

  it('gives every reader of a stream the current shape, from whichever version was stored', async () => {
    const read = await Promise.all(lines.map((line) => store.readStream(line.streamId)));
    expect(read.map(([event]) => current(event))).toEqual(expectedCurrent);
  });

  it('upcasts $all and the subscription the same way', async () => {
    expect((await store.readAll()).map(current)).toEqual(expectedCurrent);
    const subscription = store.subscribeToAll();
    const received: RecordedEvent[] = [];
    for await (const event of subscription) {
      received.push(event);
      if (received.length === lines.length) break;
    }
    await subscription.close();
    expect(received.map(current)).toEqual(expectedCurrent);
  });

  it('leaves the stored rows exactly as they were written', async () => {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT data, metadata FROM events ORDER BY global_position').all() as Array<{ data: string; metadata: string }>;
    db.close();
    expect(rows.map((row) => JSON.parse(row.data))).toEqual(lines.map((line) => line.event.data));
    expect(rows.map((row) => JSON.parse(row.metadata).schemaVersion)).toEqual([1, 2, 3]);
    const beneath = await withoutUpcasting(store).readAll();
    expect(beneath.map((event) => event.data)).toEqual(lines.map((line) => line.event.data));
  });
});
