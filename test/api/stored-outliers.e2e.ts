import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '../../libs/event-store/src';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * Events the store accepted before counts had bounds may hold absurd numbers. They are appended here straight to
 * the store, past the HTTP validation that now refuses them, and no report may answer 500 or a non-number.
 */
const RECORDED_AT = '2024-03-09T12:00:00.000Z';
const metadata = () => ({
  commandId: randomUUID(), correlationId: randomUUID(), causationId: randomUUID(), userId: 'operations-user', role: 'operations', recordedAt: RECORDED_AT, schemaVersion: 1,
});

describe('reports over stored events with absurd counts', () => {
  let api: TestApp;
  // 2024-W10 (weeks start on Wednesday) runs from 6 to 12 March 2024 in Amsterdam.
  const week = '2024-W10';
  beforeAll(async () => {
    api = await startTestApp();
    for (const [day, advisersEscorted] of [['07', 4611686018427387904], ['08', 4611686018427387904]] as const) {
      const movementId = randomUUID();
      const movement = { occurredAt: `2024-03-${day}T06:00:00.000Z`, mission: 'NMI', destination: 'Baghdad', advisersEscorted };
      await append(`movement-${movementId}`, 'MovementLogged', { movementId, loggedAt: RECORDED_AT, ...movement });
    }
    for (const day of ['07', '08']) {
      const incidentId = randomUUID();
      const facts = {
        category: 'HEAT_ILLNESS', mission: 'NMI', occurredAt: `2024-03-${day}T10:00:00.000Z`, location: { name: 'Camp Union III' },
        summary: 'Heat casualties', severity: 2, details: { casualties: 1e308, severity: 'HEAT_STROKE', acclimatised: true },
      };
      await append(`incident-${incidentId}`, 'IncidentReported', { incidentId, reportedAt: RECORDED_AT, ...facts });
    }
  });
  afterAll(() => api.close());
  const append = (streamId: string, type: string, data: Record<string, unknown>) =>
    api.app.get<EventStore>(EVENT_STORE).appendToStream(streamId, [{ id: randomUUID(), type, data, metadata: { ...metadata(), commandId: randomUUID() } }], {
      expectedRevision: 'no_stream',
    });

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

  it('quarantines an event a read model cannot hold, keeps serving, and names it to admins in /api/health', async () => {
    const movementId = randomUUID();
    // No occurredAt: no day to count it on, and no row the activity log can hold.
    const { position } = await append(`movement-${movementId}`, 'MovementLogged', { movementId, loggedAt: RECORDED_AT, mission: 'NMI', advisersEscorted: 1 });
    expect((await api.request('GET', `/api/overviews/weekly/${week}`, { role: 'manager' })).status).toBe(200);
    expect((await api.request('GET', '/api/movements', { role: 'legal' })).body.total).toBe(2);
    const health = await api.request('GET', '/api/health', { role: 'admin' });
    expect(health.body.status).toBe('degraded');
    const quarantined = [{ position: position.toString(), eventId: expect.any(String), eventType: 'MovementLogged', error: expect.any(String) }];
    expect(health.body.projections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'activity-log', state: 'running', lag: '0', quarantined }),
        expect.objectContaining({ name: 'weekly-reporting', state: 'running', lag: '0', quarantined }),
        expect.objectContaining({ name: 'weekly-overview-corrections', state: 'running', lag: '0', quarantined }),
      ]),
    );
    expect((await api.request('GET', '/api/health')).body).toEqual({ status: 'up' });
  });
});
