import { startTestApp, type TestApp } from '../support/test-app';
import { logEngagement, logMovement, reportIncident, weeklyOverview } from '../reporting/support/register-data';
import { SUSPICION } from '../reporting/support/legal-history';

const CATEGORIES = ['INDIRECT_FIRE', 'ARMED_DRONE', 'DIRECT_FIRE', 'CIVIL_UNREST', 'HEAT_ILLNESS', 'CYBER_ESPIONAGE', 'USE_OF_FORCE', 'OTHER'];

describe('weekly overview', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ REPORTING_TIME_ZONE: 'Europe/Amsterdam' });
    // 2024-W05 runs from Monday 2024-01-29 00:00 to Monday 2024-02-05 00:00, Amsterdam time (UTC+1).
    await reportIncident(api, 'INDIRECT_FIRE', '2024-02-04T23:30:00+03:00'); // Sunday 21:30 in Amsterdam
    await reportIncident(api, 'ARMED_DRONE', '2024-02-05T01:30:00+03:00'); // Monday in Baghdad, still Sunday 23:30 in Amsterdam
    await reportIncident(api, 'CIVIL_UNREST', '2024-02-05T02:30:00+03:00'); // Monday 00:30 in Amsterdam: 2024-W06
    await reportIncident(api, 'HEAT_ILLNESS', '2024-01-31T13:00:00+03:00', { mission: 'OIR' });
    await reportIncident(api, 'USE_OF_FORCE', '2024-01-29T00:15:00+01:00', { location: { name: 'Route Irish' } });
    await logMovement(api, '2024-01-30T08:00:00+03:00', 3);
    await logMovement(api, '2024-01-30T14:00:00+03:00', 2, 'EUAM');
    await logEngagement(api, '2024-02-01T10:00:00+03:00');
    await api.request('POST', '/api/casualty-reviews', { role: 'legal', body: { ...SUSPICION, occurredAt: '2024-02-02T12:00:00+03:00' } });
  });
  afterAll(() => api.close());

  it('covers local Monday 00:00 to the next, counts every category and mission (zeros too), by occurredAt in the reporting zone', async () => {
    const overview = await weeklyOverview(api, '2024-W05');
    expect(overview).toMatchObject({
      week: '2024-W05',
      from: '2024-01-29T00:00:00.000+01:00',
      to: '2024-02-05T00:00:00.000+01:00',
      timeZone: 'Europe/Amsterdam',
      status: 'DRAFT',
      revision: 0,
      incidents: {
        total: 4,
        byCategory: { INDIRECT_FIRE: 1, ARMED_DRONE: 1, DIRECT_FIRE: 0, CIVIL_UNREST: 0, HEAT_ILLNESS: 1, CYBER_ESPIONAGE: 0, USE_OF_FORCE: 1, OTHER: 0 },
        byMission: { NMI: 3, OIR: 1, EUAM: 0, MOPA: 0 },
      },
      activities: { movements: 2, advisersEscorted: 5, adviserEngagements: 1 },
      heatIllnessCasualties: 2,
      casualtyReviews: { reported: 1, byStatus: { REPORTED: 1, ASSESSED: 0, INVESTIGATION_OPENED: 0, INVESTIGATION_CONCLUDED: 0, CLOSED: 0 } },
      notifications: { dueInWeek: 0, sentInWeek: 0, overdueAtEndOfWeek: 0 },
      lateEntries: [],
    });
    expect(Object.keys(overview.incidents.byCategory).sort()).toEqual([...CATEGORIES].sort());
    expect(overview.useOfForce).toEqual([
      {
        incidentId: expect.any(String),
        occurredAt: '2024-01-28T23:15:00.000Z',
        mission: 'NMI',
        location: { name: 'Route Irish' },
        basis: 'SELF_DEFENCE',
        publicSummary: 'Warning shots at a vehicle',
      },
    ]);
    expect((await weeklyOverview(api, '2024-W06')).incidents.byCategory.CIVIL_UNREST).toBe(1);
  });

  it('keeps only counts and each use of force in brief in the public edition', async () => {
    const overview = await weeklyOverview(api, '2024-W05', '?edition=public');
    expect(Object.keys(overview).sort()).toEqual(['from', 'incidents', 'revision', 'status', 'to', 'useOfForce', 'week']);
    expect(overview.useOfForce).toEqual([{ occurredAt: '2024-01-28T23:15:00.000Z', mission: 'NMI', publicSummary: 'Warning shots at a vehicle' }]);
    expect(JSON.stringify(overview)).not.toMatch(/Route Irish|SELF_DEFENCE|Camp Union/);
  });

  it('gives the same content as CSV', async () => {
    const json = await weeklyOverview(api, '2024-W05');
    const csv = await api.request('GET', '/api/overviews/weekly/2024-W05?format=csv', { role: 'operations' });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines: string[] = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('field,value');
    expect(lines).toEqual(expect.arrayContaining(['week,2024-W05', 'incidents.total,4', 'incidents.byCategory.DIRECT_FIRE,0', 'useOfForce.0.location.name,Route Irish']));
    const leaves = (value: unknown): number =>
      value !== null && typeof value === 'object' ? Object.values(value).reduce((sum: number, item) => sum + leaves(item), 0) : 1;
    expect(lines.length - 1).toBe(leaves(json));
    const publicCsv = await api.request('GET', '/api/overviews/weekly/2024-W05?format=csv&edition=public', { role: 'manager' });
    expect(publicCsv.body).not.toMatch(/Route Irish|basis|lateEntries/);
  });

  it('places incidents in the right week at both DST changes', async () => {
    await reportIncident(api, 'OTHER', '2024-03-31T21:30:00Z'); // Sunday 23:30 CEST: 2024-W13
    await reportIncident(api, 'OTHER', '2024-03-31T22:30:00Z'); // Monday 00:30 CEST: 2024-W14
    await reportIncident(api, 'OTHER', '2024-10-27T00:30:00Z'); // 02:30 CEST, before the clocks go back: 2024-W43
    await reportIncident(api, 'OTHER', '2024-10-27T22:30:00Z'); // Sunday 23:30 CET: 2024-W43
    await reportIncident(api, 'OTHER', '2024-10-27T23:00:00Z'); // Monday 00:00 CET: 2024-W44
    const [w13, w14, w43, w44] = await Promise.all(['2024-W13', '2024-W14', '2024-W43', '2024-W44'].map((week) => weeklyOverview(api, week)));
    expect([w13.from, w13.to, w13.incidents.total]).toEqual(['2024-03-25T00:00:00.000+01:00', '2024-04-01T00:00:00.000+02:00', 1]);
    expect(w14.incidents.total).toBe(1);
    expect([w43.from, w43.to, w43.incidents.total]).toEqual(['2024-10-21T00:00:00.000+02:00', '2024-10-28T00:00:00.000+01:00', 2]);
    expect(w44.incidents.total).toBe(1);
  });

  it('knows the weeks at the turn of the year, and refuses weeks that do not exist', async () => {
    expect((await weeklyOverview(api, '2024-W01')).from).toBe('2024-01-01T00:00:00.000+01:00');
    expect((await weeklyOverview(api, '2026-W01')).from).toBe('2025-12-29T00:00:00.000+01:00');
    expect((await weeklyOverview(api, '2020-W53')).to).toBe('2021-01-04T00:00:00.000+01:00');
    for (const path of ['2021-W53', '2024-W00', '2024-5', 'latest', '2024-W05?edition=secret', '2024-W05?format=xml', '2024-W05?week=1']) {
      const answer = await api.request('GET', `/api/overviews/weekly/${path}`, { role: 'legal' });
      expect([path, answer.status]).toEqual([path, 400]);
    }
    expect((await api.request('GET', '/api/overviews/weekly/2024-W05', { role: 'admin' })).status).toBe(403);
    expect((await api.request('GET', '/api/overviews/weekly/2024-W05')).status).toBe(401);
  });
});
