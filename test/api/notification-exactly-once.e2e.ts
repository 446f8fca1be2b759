import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { NotificationsProcessManager, notificationTriggerOf } from '../../libs/notifications/src/notifications.process-manager';
import { Checkpoints, ProjectionRuntime, READ_MODEL_DATABASE } from '../../libs/projections/src';
import { instanceOnSameStore } from '../support/second-instance';
import { startTestApp, type TestApp } from '../support/test-app';
import { investigationInThePast, openInvestigation } from '../reporting/support/legal-history';

/** From the store itself: triggers, and how many notifications (streams and creating events) each one has. */
async function tally(api: TestApp) {
  const events = await api.app.get<EventStore>(EVENT_STORE).readAll();
  const triggers = events.map(notificationTriggerOf).filter((trigger) => trigger !== undefined);
  const required = events.filter((event) => event.type === 'ParliamentaryNotificationRequired');
  const perTrigger = new Map<string, number>();
  for (const { data } of required) {
    const key = `${data.kind}/${data.triggerId}/${data.episode}`;
    perTrigger.set(key, (perTrigger.get(key) ?? 0) + 1);
  }
  const streams = new Set(events.filter((event) => event.streamId.startsWith('parliamentary-notification-')).map((event) => event.streamId));
  return { events: events.length, triggers: triggers.length, required: required.length, streams: streams.size, perTrigger: [...new Set(perTrigger.values())] };
}

/** What the board of an instance shows (its GET waits for that instance's process managers and projections). */
async function boardTotal(api: TestApp): Promise<number> {
  return (await api.request('GET', '/api/parliamentary-notifications?pageSize=1', { role: 'legal' })).body.total;
}

describe('exactly one parliamentary notification per trigger', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const api of apps.reverse()) await api.close();
  });

  it('survives duplicate delivery, a projection rebuild, a restart from an older checkpoint, and two instances at once', async () => {
    const first = await startTestApp();
    apps.push(first);
    await investigationInThePast(first, new Date('2024-04-02T08:00:00Z'), new Date('2024-04-20T08:00:00Z'));
    for (let i = 0; i < 3; i++) await openInvestigation(first);
    expect(await boardTotal(first)).toBe(5);
    const settled = await tally(first);
    expect(settled).toMatchObject({ triggers: 5, required: 5, streams: 5, perTrigger: [1] });

    // A trigger delivered again (twice) to the process manager: answered with the first result, nothing appended.
    const store = first.app.get<EventStore>(EVENT_STORE);
    const triggerEvents = (await store.readAll()).filter((event) => notificationTriggerOf(event));
    const processManager = first.app.get(NotificationsProcessManager);
    for (const event of [...triggerEvents, ...triggerEvents]) await processManager.handle(event);
    expect(await tally(first)).toEqual(settled);

    // Rebuilding the read models replays every event into the projections, but issues no command.
    await first.app.get(ProjectionRuntime).rebuild();
    expect(await boardTotal(first)).toBe(5);
    expect(await tally(first)).toEqual(settled);

    // A crash before the checkpoint moved: the restarted service finds it older and receives the triggers again.
    await first.app.get(ProjectionRuntime).stop();
    new Checkpoints(first.app.get<Database.Database>(READ_MODEL_DATABASE)).write(processManager.name, triggerEvents[0].position - 1n, 1);
    const restarted = await instanceOnSameStore(first, first.config.dataDir);
    apps.push(restarted);
    expect(await boardTotal(restarted)).toBe(5);
    expect(await tally(restarted)).toMatchObject({ triggers: 5, required: 5, streams: 5, perTrigger: [1] });

    // A second instance with read models of its own: it reacts to every trigger from the start, and to new ones at
    // the same moment as the first.
    const second = await instanceOnSameStore(first, mkdtempSync(join(tmpdir(), 'register-second-')));
    apps.push(second);
    await Promise.all([openInvestigation(restarted), openInvestigation(second), openInvestigation(restarted)]);
    expect(await boardTotal(restarted)).toBe(8);
    expect(await boardTotal(second)).toBe(8);
    expect(await tally(second)).toMatchObject({ triggers: 8, required: 8, streams: 8, perTrigger: [1] });
  }, 240_000); // three instances start, each hashing the test accounts' passwords
});
