import { DateTime } from 'luxon';
import { startTestApp, type TestApp } from '../support/test-app';
import { reportIncident, weeklyOverview } from '../reporting/support/register-data';

describe('publishing a weekly overview and correcting it', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const publish = (week: string, role: 'manager' | 'legal' | 'operations' | 'admin' = 'manager', body?: unknown) =>
    api.request('POST', `/api/overviews/weekly/${week}/publication`, { role, body });
  const corrections = async (week: string) =>
    (await api.request('GET', `/api/parliamentary-notifications?kind=WEEKLY_OVERVIEW_CORRECTION&triggerId=${week}`, { role: 'manager' })).body.items;

  it('is published by a manager once the week has ended, and frozen', async () => {
    const incidentId = await reportIncident(api, 'INDIRECT_FIRE', '2024-02-01T10:00:00+03:00');
    for (const role of ['operations', 'legal', 'admin'] as const) expect((await publish('2024-W05', role)).status).toBe(403);
    const thisWeek = DateTime.now().setZone(api.config.reportingTimeZone).toFormat("kkkk-'W'WW");
    const early = await publish(thisWeek);
    expect([early.status, early.body.message]).toEqual([422, expect.stringMatching(/only once it has ended/)]);

    const published = await publish('2024-W05');
    expect(published.status).toBe(201);
    expect(published.body).toEqual({ id: '2024-W05', revision: 0, position: expect.any(String) });
    expect(await weeklyOverview(api, '2024-W05')).toMatchObject({ status: 'PUBLISHED', revision: 1, incidents: { total: 1 }, lateEntries: [] });
    expect((await publish('2024-W05')).body.message).toMatch(/published as revision 1 and needs no correction/);

    // A change to a closed and published week that does not touch its content is no correction.
    const amendSummary = await api.request('POST', `/api/incidents/${incidentId}/amendments`, { role: 'operations', body: { reason: 'Typo', summary: 'Two rockets, one intercepted' } });
    expect(amendSummary.status).toBe(200);
    expect((await weeklyOverview(api, '2024-W05')).status).toBe('PUBLISHED');
    expect(await corrections('2024-W05')).toEqual([]);
  });

  it('needs a correction after a late report or an amendment moving an incident out, with one notification per episode', async () => {
    const late = await reportIncident(api, 'ARMED_DRONE', '2024-02-04T20:00:00+01:00');
    const moved = await reportIncident(api, 'CIVIL_UNREST', '2024-02-02T18:00:00+03:00');
    await api.request('POST', `/api/incidents/${moved}/amendments`, { role: 'operations', body: { reason: 'Date was wrong', occurredAt: '2024-02-06T18:00:00+03:00' } });

    const overview = await weeklyOverview(api, '2024-W05');
    expect(overview).toMatchObject({ status: 'CORRECTION_REQUIRED', revision: 1, incidents: { total: 2, byCategory: { ARMED_DRONE: 1, CIVIL_UNREST: 0 } } });
    expect(overview.lateEntries.map((entry: { id: string; change: string; kind: string }) => [entry.kind, entry.id, entry.change])).toEqual([
      ['INCIDENT', late, 'ADDED'],
      ['INCIDENT', moved, 'ADDED'],
      ['INCIDENT', moved, 'REMOVED'],
    ]);
    expect(overview.lateEntries[2]).toMatchObject({ eventType: 'IncidentAmended', reason: 'Date was wrong', occurredAt: '2024-02-02T15:00:00.000Z' });
    // The public still sees what was published, and that a correction is coming.
    expect(await weeklyOverview(api, '2024-W05', '?edition=public')).toMatchObject({ status: 'CORRECTION_REQUIRED', revision: 1, incidents: { total: 1 } });

    expect(await corrections('2024-W05')).toEqual([expect.objectContaining({ kind: 'WEEKLY_OVERVIEW_CORRECTION', triggerId: '2024-W05', episode: 1, status: 'REQUIRED' })]);
    // The week the incident moved into is not published: nothing to correct there.
    expect((await weeklyOverview(api, '2024-W06')).status).toBe('DRAFT');
  });

  it('publishes the correction as revision 2, after which a new late entry starts a new episode', async () => {
    expect((await publish('2024-W05', 'manager', { expectedRevision: 0 })).status).toBe(409);
    expect((await publish('2024-W05')).status).toBe(201);
    expect(await weeklyOverview(api, '2024-W05')).toMatchObject({ status: 'PUBLISHED', revision: 2, incidents: { total: 2 }, lateEntries: [] });
    expect(await weeklyOverview(api, '2024-W05', '?edition=public')).toMatchObject({ status: 'PUBLISHED', revision: 2, incidents: { total: 2 } });

    await reportIncident(api, 'OTHER', '2024-01-29T00:00:00+01:00');
    expect(await weeklyOverview(api, '2024-W05')).toMatchObject({ status: 'CORRECTION_REQUIRED', revision: 2, lateEntries: [expect.objectContaining({ change: 'ADDED' })] });
    const episodes = (await corrections('2024-W05')).map((item: { episode: number }) => item.episode).sort();
    expect(episodes).toEqual([1, 2]);
  });

  it('refuses weeks that do not exist and unknown fields', async () => {
    expect((await publish('2021-W53')).status).toBe(400);
    expect((await publish('2024-W10', 'manager', { force: true })).status).toBe(400);
  });
});
