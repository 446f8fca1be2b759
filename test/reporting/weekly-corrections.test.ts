import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../libs/event-store/src';
import { executeIncidentCommand } from '../../libs/incidents/src/commands/execute-incident-command';
import type { IncidentFacts } from '../../libs/incidents/src/incident.events';
import type { CommandContext } from '../../libs/platform/src/command-context';
import { CommandExecutor } from '../../libs/platform/src/command-executor';
import { ProjectionRuntime } from '../../libs/projections/src';
import { WeeklyOverviewQueries } from '../../libs/reporting/src/projections/weekly-overview.queries';
import { weekBounds } from '../../libs/reporting/src/week/iso-week';
import { weeklyOverviewDecider } from '../../libs/reporting/src/weekly-overview.decider';
import { weeklyOverviewStreamId } from '../../libs/reporting/src/weekly-overview.events';
import { WeeklyCorrectionsProcessManager } from '../../libs/reporting/src/weekly-corrections.process-manager';
import { startTestApp, type TestApp } from '../support/test-app';

const now = new Date('2024-02-07T09:00:00Z');
const context = (): CommandContext => {
  const id = randomUUID();
  return { commandId: id, correlationId: id, causationId: id, userId: 'test', role: 'manager', now, requestHash: id };
};
const rocket: IncidentFacts = {
  category: 'INDIRECT_FIRE',
  mission: 'NMI',
  occurredAt: '2024-02-01T10:00:00.000Z',
  location: { name: 'Camp Union III' },
  summary: 'Rocket',
  severity: 2,
  details: { munition: 'ROCKET', rounds: 1, intercepted: 0 },
};

/**
 * A publication reads its content at one position and is appended later; a report committed in between is in
 * neither the content nor (when the process manager saw it before the publication existed) a late entry, unless
 * the publication itself is checked. The runtime is stopped so the test decides the order of delivery.
 */
describe('late entries around a publication', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.get(ProjectionRuntime).stop();
  });
  afterAll(() => api.close());

  it('finds a report committed between the content read and the publication, delivered before the publication', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const executor = api.app.get(CommandExecutor);
    const processManager = api.app.get(WeeklyCorrectionsProcessManager);
    const asOfPosition = (await store.headPosition()).toString();
    const incidentId = randomUUID();
    await executeIncidentCommand(executor, { type: 'ReportIncident', incidentId, facts: rocket, at: now }, context());
    const [report] = await store.readStream(`incident-${incidentId}`);

    // Delivered first: the week is not published yet, so there is nothing to correct.
    await processManager.handle(report);
    await expect(store.readStream(weeklyOverviewStreamId('2024-W05'))).rejects.toThrow();

    const content = api.app.get(WeeklyOverviewQueries).contentOf(weekBounds('2024-W05', api.config.reportingTimeZone));
    const command = { type: 'PublishWeeklyOverview', week: '2024-W05', weekEnd: '2024-02-04T23:00:00.000Z', content, asOfPosition, at: now } as const;
    await executor.execute({ kind: 'Weekly overview', id: '2024-W05', streamId: weeklyOverviewStreamId('2024-W05'), decider: weeklyOverviewDecider, command, context: context(), mode: 'create' });
    const published = (await store.readStream(weeklyOverviewStreamId('2024-W05'))).at(-1) as RecordedEvent;

    await processManager.handle(published);
    await processManager.handle(published);
    const types = (await store.readStream(weeklyOverviewStreamId('2024-W05'))).map((event) => event.type);
    expect(types).toEqual(['WeeklyOverviewPublished', 'WeeklyOverviewCorrectionRequired', 'WeeklyOverviewLateEntryRecorded']);
    const [, , late] = await store.readStream(weeklyOverviewStreamId('2024-W05'));
    expect(late.data).toMatchObject({ publishedRevision: 1, entry: { id: incidentId, change: 'ADDED' } });

    // Delivered again in its own place (a replay): recorded once.
    await processManager.handle(report);
    expect(await store.readStream(weeklyOverviewStreamId('2024-W05'))).toHaveLength(3);
  });
});
