import { startTestApp, type TestApp } from '../support/test-app';
import { hoursAgo, identifyRisk, incidentBody, reportIncident, riskBody } from '../support/operations-fixtures';

/**
 * Heat illness, the main medical risk of the deployment (SPEC 1): summer reports carry WBGT and acclimatisation,
 * and each one materialises the heat-illness risk of its mission in the register's 28-day count.
 */
describe('heat illness in summer and the heat-illness risk', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const heatIllness = (occurredAt: string, mission = 'NMI', details: Record<string, unknown> = {}) =>
    incidentBody('HEAT_ILLNESS', {
      mission,
      occurredAt,
      location: { name: 'Route from Camp Union III to the Ministry of Defence' },
      summary: 'Soldier collapsed during a dismounted escort in the afternoon',
      details: { casualties: 1, severity: 'HEAT_EXHAUSTION', wbgtCelsius: 34.2, acclimatised: false, ...details },
    });
  const registerAsOf = async (asOf?: string) =>
    (await api.request('GET', `/api/risks${asOf ? `?asOf=${asOf}` : ''}`, { role: 'manager' })).body.items as Array<{ id: string; materialisations: number }>;
  const materialisations = async (riskId: string, asOf?: string) => (await registerAsOf(asOf)).find((item) => item.id === riskId)?.materialisations;

  it('keeps WBGT and acclimatisation on each summer report', async () => {
    const { id } = await reportIncident(api, heatIllness('2024-07-12T13:00:00+03:00', 'NMI', { casualties: 2, severity: 'HEAT_STROKE', wbgtCelsius: 35.5, acclimatised: true }));
    const detail = await api.request('GET', `/api/incidents/${id}`, { role: 'legal' });
    expect(detail.body).toMatchObject({
      category: 'HEAT_ILLNESS',
      occurredAt: '2024-07-12T10:00:00.000Z',
      details: { casualties: 2, severity: 'HEAT_STROKE', wbgtCelsius: 35.5, acclimatised: true },
    });
    const withoutWbgt = heatIllness('2024-07-13T13:00:00+03:00');
    delete (withoutWbgt.details as Record<string, unknown>).wbgtCelsius;
    expect((await api.request('POST', '/api/incidents', { role: 'operations', body: withoutWbgt })).status).toBe(201);
  });

  it('counts incidents of the same category and mission in the 28 days up to the question', async () => {
    const heatRisk = await identifyRisk(api, riskBody({
      category: 'HEAT_ILLNESS', title: 'Heat illness during escorts', description: 'WBGT above 32 °C on afternoon movements',
      owner: 'Company medic', likelihood: 4, impact: 4, residualLikelihood: 3, residualImpact: 4,
    }));
    const oirHeatRisk = await identifyRisk(api, riskBody({ category: 'HEAT_ILLNESS', mission: 'OIR', likelihood: 2, impact: 4 }));
    const medicalRisk = await identifyRisk(api, riskBody({ category: 'MEDICAL', likelihood: 2, impact: 3 }));

    await reportIncident(api, heatIllness('2024-06-20T12:00:00Z'));
    const early = await reportIncident(api, heatIllness('2024-07-05T12:00:00Z'));
    await reportIncident(api, heatIllness('2024-07-29T12:00:00Z'));
    await reportIncident(api, heatIllness('2024-07-30T12:00:00Z', 'OIR'));
    await reportIncident(api, incidentBody('INDIRECT_FIRE', { occurredAt: '2024-07-30T12:00:00Z' }));

    // The incidents of the first test (12 and 13 July) fall in the window as well.
    const asOf = '2024-08-01T00:00:00Z';
    expect(await materialisations(heatRisk.id, asOf)).toBe(4);
    expect(await materialisations(oirHeatRisk.id, asOf)).toBe(1);
    expect(await materialisations(medicalRisk.id, asOf)).toBe(0);
    expect(await materialisations(heatRisk.id, '2024-07-01T00:00:00Z')).toBe(1);

    // An amendment that moves an incident out of the window takes it out of the count.
    const moved = await api.request('POST', `/api/incidents/${early.id}/amendments`, {
      role: 'operations', body: { reason: 'Medical log shows it was June', occurredAt: '2024-06-25T12:00:00Z' },
    });
    expect(moved.status).toBe(200);
    expect(await materialisations(heatRisk.id, asOf)).toBe(3);

    // Without asOf the window ends now: only recent incidents count.
    expect(await materialisations(heatRisk.id)).toBe(0);
    await reportIncident(api, heatIllness(hoursAgo(5)));
    expect(await materialisations(heatRisk.id)).toBe(1);
    const detail = await api.request('GET', `/api/risks/${heatRisk.id}`, { role: 'operations' });
    expect(detail.body).toMatchObject({ materialisations: 1, score: 16, level: 'HIGH', residual: { score: 12, level: 'HIGH' } });
  });
});
