import { EventStoreDBClient, excludeSystemEvents, jsonEvent, START, type Position } from '@eventstore/db-client';
import { startLoopbackEsdb, type LoopbackEsdb } from './loopback';

/** The loopback server as the unmodified client sees it: the behaviour the adapter's tests rely on. */
describe('loopback EventStoreDB', () => {
  let server: LoopbackEsdb;
  let client: EventStoreDBClient;

  beforeEach(async () => {
    server = await startLoopbackEsdb();
    client = EventStoreDBClient.connectionString(server.connectionString);
  });

  afterEach(async () => {
    await client.dispose();
    await server.stop();
  });

  it('confirms a filtered subscription, checkpoints every search window of scanned events, then reports caught up', async () => {
    for (let i = 0; i < 70; i++) server.log.appendSystemEvent('$stats-127.0.0.1:2113', '$statsCollected');
    await client.appendToStream('loopback-1', jsonEvent({ type: 'Seen', data: {} }));
    const checkpoints: Position[] = [];
    const signals: string[] = [];
    const types: string[] = [];
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: excludeSystemEvents({ checkpointReached: (_subscription, position) => void checkpoints.push(position) }),
    });
    subscription.on('confirmation', () => signals.push('confirmation'));
    const seen = new Promise<void>((resolve) =>
      subscription.on('data', (resolved) => {
        types.push(resolved.event!.type);
        resolve();
      }),
    );
    await Promise.all([seen, new Promise<void>((resolve) => subscription.once('caughtUp', () => resolve(void signals.push('caughtUp'))))]);
    await subscription.unsubscribe();

    expect(types).toEqual(['Seen']);
    expect(signals).toEqual(['confirmation', 'caughtUp']);
    // $settings and 70 stats events before the application event: two full windows of 32.
    expect(checkpoints).toHaveLength(2);
    expect(checkpoints[1].commit).toBeGreaterThan(checkpoints[0].commit);
  });

  it('keeps its data across stop and restart on the same port', async () => {
    const event = jsonEvent({ type: 'Kept', data: { n: 1 } });
    await client.appendToStream('loopback-2', event);
    const port = server.port;
    await server.stop();
    await server.restart();
    expect(server.port).toBe(port);
    const fresh = EventStoreDBClient.connectionString(server.connectionString);
    const ids: string[] = [];
    for await (const resolved of fresh.readStream('loopback-2')) ids.push(resolved.event!.id);
    await fresh.dispose();
    expect(ids).toEqual([event.id]);
  });
});
