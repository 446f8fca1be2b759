import { startTestApp, type TestApp } from '../support/test-app';
import { investigationInThePast } from '../reporting/support/legal-history';
import { logEngagement, logMovement, reportIncident } from '../reporting/support/register-data';

describe('progress report', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ NOTIFICATION_DUE_DAYS: '14' });
  });
  afterAll(() => api.close());

  const report = (query: string, role: 'manager' | 'legal' = 'manager') => api.request('GET', `/api/reports/progress?${query}`, { role });

  async function sendNotification(reviewId: string, kind: string, sentOn: string): Promise<void> {
    const board = await api.request('GET', `/api/parliamentary-notifications?triggerId=${reviewId}&kind=${kind}`, { role: 'legal' });
    const path = `/api/parliamentary-notifications/${board.body.items[0].id}`;
    await api.request('POST', `${path}/draft`, { role: 'legal', body: { text: 'Geachte Voorzitter, ...' } });
    await api.request('POST', `${path}/approval`, { role: 'manager' });
    const sent = await api.request('POST', `${path}/dispatch`, { role: 'legal', body: { paperReference: 'Kamerstuk 27 925, nr. 1002', sentOn } });
    expect(sent.status).toBe(200);
  }

  it('sums the indicators per mission over a range of days, with every mission and category listed', async () => {
    await reportIncident(api, 'USE_OF_FORCE', '2024-06-03T09:00:00+03:00');
    await reportIncident(api, 'HEAT_ILLNESS', '2024-06-30T23:30:00+02:00', { mission: 'OIR' }); // the last day, local time
    await reportIncident(api, 'HEAT_ILLNESS', '2024-07-01T00:30:00+02:00', { mission: 'OIR' }); // outside
    await logMovement(api, '2024-06-10T08:00:00+03:00', 4);
    await logMovement(api, '2024-06-11T08:00:00+03:00', 1);
    await logEngagement(api, '2024-06-12T10:00:00+03:00', 'EUAM');
    const reviewId = await investigationInThePast(api, new Date('2024-06-03T08:00:00Z'), new Date('2024-06-05T08:00:00Z'));
    await sendNotification(reviewId, 'CIVCAS_INVESTIGATION_OPENED', '2024-06-10'); // 7 days, on time
    await sendNotification(reviewId, 'CIVCAS_INVESTIGATION_CONCLUDED', '2024-06-25'); // 20 days, late

    const answer = await report('from=2024-06-01&to=2024-06-30');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      from: '2024-06-01',
      to: '2024-06-30',
      byMission: {
        NMI: {
          incidents: { total: 1, byCategory: { USE_OF_FORCE: 1, HEAT_ILLNESS: 0 } },
          useOfForce: 1,
          movements: 2,
          advisersEscorted: 5,
          adviserEngagements: 0,
          casualtyReviews: { reported: 1, credible: 1, notCredible: 0, investigationsOpened: 1, investigationsConcluded: 1 },
        },
        OIR: { incidents: { total: 1, byCategory: { HEAT_ILLNESS: 1 } }, heatIllnessCasualties: 2 },
        EUAM: { adviserEngagements: 1, incidents: { total: 0 } },
        MOPA: { incidents: { total: 0 }, movements: 0 },
      },
      notifications: { sent: 2, medianDaysToSend: 13.5, sentOnTimeShare: 0.5 },
    });
    expect(Object.keys(answer.body.byMission.MOPA.incidents.byCategory)).toHaveLength(8);
  });

  it('answers an empty range with zeros and no median', async () => {
    const answer = await report('from=2023-01-01&to=2023-01-31');
    expect(answer.body.byMission.NMI.incidents.total).toBe(0);
    expect(answer.body.notifications).toEqual({ sent: 0, medianDaysToSend: null, sentOnTimeShare: null });
  });

  it('is for managers, and validates from and to', async () => {
    expect((await report('from=2024-06-01&to=2024-06-30', 'legal')).status).toBe(403);
    for (const query of ['', 'from=2024-06-01', 'to=2024-06-30', 'from=2024-06-31&to=2024-07-01', 'from=2024-07-01&to=2024-06-30', 'from=yesterday&to=today', 'from=2024-06-01&to=2024-06-30&mission=NMI']) {
      const answer = await report(query);
      expect([query, answer.status]).toEqual([query, 400]);
    }
    expect((await report('from=2024-07-01&to=2024-06-30')).body.fields).toHaveProperty('to');
  });
});
