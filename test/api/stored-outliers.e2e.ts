import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * Events the store accepted before counts had bounds may hold absurd numbers. They are appended here straight to
 * the store, past the HTTP validation that now refuses them, and no report may answer 500 or a non-number.
 */
describe('reports over stored events with absurd counts', () => {
  let api: TestApp;
  // 2024-W10 (weeks start on Wednesday) runs from 6 to 12 March 2024 in Amsterdam.
  const week = '2024-W10';
  beforeAll(async () => {
    api = await startTestApp();
    const store = api.app.get<EventStore>(EVENT_STORE);
    const metadata = { commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID(), userId: 'operations-user', role: 'operations', recordedAt: '2024-03-09T12:00:00.000Z', schemaVersion: 1 };
    const append = (streamId: string, type: string, data: Record<string, unknown>) =>
      store.appendToStream(streamId, [{ id: randomUUID(), type, data, metadata: { ...metadata, commandId: randomUUID() } }], { expectedRevision: 'no_stream' });
    for (const [day, advisersEscorted] of [['07', 4611686018427387904], ['08', 4611686018427387904]] as const) {
      const movementId = randomUUID();
      const movement = { occurredAt: `2024-03-${day}T06:00:00.000Z`, mission: 'NMI', destination: 'Baghdad', advisersEscorted };
      await append(`movement-${movementId}`, 'MovementLogged', { movementId, loggedAt: metadata.recordedAt, ...movement });
    }
    for (const day of ['07', '08']) {
      const incidentId = randomUUID();
      const facts = {
        category: 'HEAT_ILLNESS', mission: 'NMI', occurredAt: `2024-03-${day}T10:00:00.000Z`, location: { name: 'Camp Union III' },
        summary: 'Heat casualties', severity: 2, details: { casualties: 1e308, severity: 'HEAT_STROKE', acclimatised: true },
      };
      await append(`incident-${incidentId}`, 'IncidentReported', { incidentId, reportedAt: metadata.recordedAt, ...facts });
    }
  });
  afterAll(() => api.close());

  it('counts each at most its bound in the weekly overview, its CSV and its publication', async () => {
    const overview = await api.request('GET', `/api/overviews/weekly/${week}`, { role: 'manager' });
    expect(overview.status).toBe(200);
    expect(overview.body.activities).toEqual({ movements: 2, advisersEscorted: 2000, adviserEngagements: 0 });
    expect(overview.body.heatIllnessCasualties).toBe(2000);
    const csv = await api.request('GET', `/api/overviews/weekly/${week}?format=csv`, { role: 'manager' });
    expect(csv.status).toBe(200);
    expect(csv.body).toMatch(/2000/);
    const published = await api.request('POST', `/api/overviews/weekly/${week}/publication`, { role: 'manager' });
    expect(published.status).toBe(201);
    expect((await api.request('GET', `/api/overviews/weekly/${week}`, { role: 'manager' })).body).toMatchObject({
      status: 'PUBLISHED', activities: { advisersEscorted: 2000 }, heatIllnessCasualties: 2000,
    });
  });

  it('counts each at most its bound in the progress report', async () => {
    const report = await api.request('GET', '/api/reports/progress?from=2024-03-01&to=2024-03-31', { role: 'manager' });
    expect(report.status).toBe(200);
    expect(report.body.byMission.NMI).toMatchObject({ movements: 2, advisersEscorted: 2000 });
  });
});
