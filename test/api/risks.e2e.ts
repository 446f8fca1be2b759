import { startTestApp, type TestApp } from '../support/test-app';
import { headPosition, identifyRisk, newId, riskBody } from '../support/operations-fixtures';

/** The risk register (SPEC 3.4): identification, reassessment, mitigations, closure, register and heatmap. */
describe('risks', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const post = (path: string, body: unknown, role: 'operations' | 'manager' = 'operations', headers?: Record<string, string>) =>
    api.request('POST', path, { role, body, headers });
  const detail = async (id: string) => (await api.request('GET', `/api/risks/${id}`, { role: 'legal' })).body;

  it('identifies a risk with score and level, readable at once by every reader', async () => {
    const answer = await post('/api/risks', riskBody({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 5 }), 'manager');
    expect([answer.status, answer.body.revision]).toEqual([201, 0]);
    for (const role of ['operations', 'legal', 'manager'] as const) {
      const risk = await api.request('GET', `/api/risks/${answer.body.id}`, { role });
      expect(risk.body).toMatchObject({
        id: answer.body.id, status: 'OPEN', revision: 0, score: 20, level: 'CRITICAL', reviewBy: '2024-09-01',
        residual: { likelihood: 2, impact: 5, score: 10, level: 'HIGH' }, openMitigations: 0, mitigations: [],
      });
    }
  });

  it.each([
    [1, 4, 'LOW'], [5, 1, 'MEDIUM'], [3, 3, 'MEDIUM'], [2, 5, 'HIGH'], [4, 4, 'HIGH'], [5, 4, 'CRITICAL'], [5, 5, 'CRITICAL'],
  ])('likelihood %i × impact %i is %s', async (likelihood, impact, level) => {
    const { id } = await identifyRisk(api, riskBody({ likelihood, impact }));
    expect(await detail(id)).toMatchObject({ score: likelihood * impact, level });
  });

  it.each([
    ['category', { category: 'WEATHER' }],
    ['title', { title: '' }],
    ['description', { description: ' ' }],
    ['mission', { mission: 'KFOR' }],
    ['owner', { owner: 7 }],
    ['likelihood', { likelihood: 0 }],
    ['impact', { impact: 6 }],
    ['likelihood', { likelihood: 2.5 }],
    ['residualImpact', { residualLikelihood: 2 }],
    ['residualLikelihood', { residualLikelihood: 9, residualImpact: 2 }],
    ['reviewBy', { reviewBy: '2024-02-30' }],
    ['reviewBy', { reviewBy: '1 September 2024' }],
    ['id', { id: 'risk-1' }],
    ['score', { score: 12 }],
  ])('refuses a risk with a bad %s (400 naming it, nothing written)', async (field, overrides) => {
    const before = await headPosition(api);
    const answer = await post('/api/risks', riskBody(overrides));
    expect([answer.status, Object.keys(answer.body.fields ?? {})]).toEqual([400, [field]]);
    expect(await headPosition(api)).toBe(before);
  });

  it.each(['CIVILIAN_CASUALTIES', 'MEDICAL', 'INFRASTRUCTURE', 'OPERATIONAL_READINESS', 'CYBER_ESPIONAGE'])('accepts the category %s', async (category) => {
    expect((await post('/api/risks', riskBody({ category }))).status).toBe(201);
  });

  it('reassesses, keeping every earlier assessment in the history', async () => {
    const { id } = await identifyRisk(api, riskBody({ likelihood: 2, impact: 2 }));
    const answer = await post(`/api/risks/${id}/assessments`, { likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 3, reviewBy: '2024-10-01', rationale: 'More attacks' });
    expect([answer.status, answer.body.revision]).toEqual([200, 1]);
    await post(`/api/risks/${id}/assessments`, { likelihood: 5, impact: 4 }, 'manager');
    const risk = await detail(id);
    expect(risk).toMatchObject({ likelihood: 5, impact: 4, score: 20, level: 'CRITICAL', residual: null, reviewBy: '2024-10-01', revision: 2 });
    expect(risk.history.map((entry: { type: string; data: { likelihood: number } }) => [entry.type, entry.data.likelihood])).toEqual([
      ['RiskIdentified', 2], ['RiskReassessed', 4], ['RiskReassessed', 5],
    ]);
    expect(risk.history[1].data).toMatchObject({ rationale: 'More attacks', previous: { likelihood: 2, impact: 2, reviewBy: '2024-09-01' } });
    expect((await post(`/api/risks/${id}/assessments`, { likelihood: 5 })).body.fields).toEqual({ impact: expect.any(Array) });
  });

  it('adds and completes mitigations; completing a completed one is 422, an unknown one 404', async () => {
    const { id } = await identifyRisk(api);
    const added = await post(`/api/risks/${id}/mitigations`, { description: 'Counter-rocket radar', owner: 'Air defence', dueBy: '2024-08-01' });
    expect(added).toMatchObject({ status: 200, body: { id, revision: 1, mitigationId: expect.any(String) } });
    expect(await detail(id)).toMatchObject({ openMitigations: 1, mitigations: [{ id: added.body.mitigationId, owner: 'Air defence', dueBy: '2024-08-01', completedAt: null }] });
    const completion = `/api/risks/${id}/mitigations/${added.body.mitigationId}/completion`;
    expect((await post(completion, undefined)).status).toBe(200);
    expect(await detail(id)).toMatchObject({ openMitigations: 0, mitigations: [{ completedAt: expect.any(String) }] });
    const before = await headPosition(api);
    expect((await post(completion, {})).status).toBe(422);
    expect((await post(`/api/risks/${id}/mitigations/${newId()}/completion`, {})).status).toBe(404);
    expect(await headPosition(api)).toBe(before);
    expect((await post(`/api/risks/${id}/mitigations/not-a-uuid/completion`, {})).body.fields).toEqual({ mid: expect.any(Array) });
    expect((await post(`/api/risks/${id}/mitigations`, { description: 'x', owner: 'y', dueBy: 'soon' })).body.fields).toEqual({ dueBy: expect.any(Array) });
  });

  it('answers a retried mitigation (same Idempotency-Key or same client id) with the first result', async () => {
    const { id } = await identifyRisk(api);
    const body = { description: 'Bunkers near sleeping quarters', owner: 'Engineers', dueBy: '2024-08-01' };
    const headers = { 'idempotency-key': newId() };
    const first = await post(`/api/risks/${id}/mitigations`, body, 'operations', headers);
    const head = await headPosition(api);
    expect(await post(`/api/risks/${id}/mitigations`, body, 'operations', headers)).toMatchObject({ status: 200, body: first.body });
    expect(await headPosition(api)).toBe(head);
    const withId = { ...body, id: newId() };
    const own = await post(`/api/risks/${id}/mitigations`, withId);
    expect(own.body.mitigationId).toBe(withId.id);
    expect(await post(`/api/risks/${id}/mitigations`, withId)).toMatchObject({ status: 200, body: own.body });
    expect((await post(`/api/risks/${id}/mitigations`, { ...withId, owner: 'Someone else' })).status).toBe(409);
  });

  it('closes with a reason, after which nothing is accepted (422)', async () => {
    const { id } = await identifyRisk(api);
    const added = await post(`/api/risks/${id}/mitigations`, { description: 'x', owner: 'y', dueBy: '2024-08-01' });
    expect((await post(`/api/risks/${id}/closure`, {})).body.fields).toEqual({ reason: expect.any(Array) });
    expect((await post(`/api/risks/${id}/closure`, { reason: 'Threat ended' }, 'manager')).status).toBe(200);
    const before = await headPosition(api);
    for (const [path, body] of [
      [`/api/risks/${id}/closure`, { reason: 'again' }],
      [`/api/risks/${id}/assessments`, { likelihood: 1, impact: 1 }],
      [`/api/risks/${id}/mitigations`, { description: 'x', owner: 'y', dueBy: '2024-08-01' }],
      [`/api/risks/${id}/mitigations/${added.body.mitigationId}/completion`, {}],
    ] as const) {
      expect([path, (await post(path, body)).status]).toEqual([path, 422]);
    }
    expect(await headPosition(api)).toBe(before);
    expect(await detail(id)).toMatchObject({ status: 'CLOSED', closeReason: 'Threat ended', closedAt: expect.any(String) });
  });

  it('answers 409 to a stale expectedRevision and 404 to an unknown risk', async () => {
    const { id } = await identifyRisk(api);
    expect((await post(`/api/risks/${id}/assessments`, { likelihood: 1, impact: 1, expectedRevision: 0 })).status).toBe(200);
    expect((await post(`/api/risks/${id}/assessments`, { likelihood: 2, impact: 1, expectedRevision: 0 })).status).toBe(409);
    expect((await post(`/api/risks/${id}/closure`, { reason: 'x', expectedRevision: 7 })).status).toBe(409);
    expect((await post(`/api/risks/${newId()}/closure`, { reason: 'x' })).status).toBe(404);
    expect((await api.request('GET', `/api/risks/${newId()}`, { role: 'legal' })).status).toBe(404);
    expect((await api.request('GET', '/api/risks/12', { role: 'legal' })).status).toBe(400);
  });

  describe('register and heatmap', () => {
    let local: TestApp;
    beforeAll(async () => {
      local = await startTestApp();
    });
    afterAll(() => local.close());

    it('sorts by score, filters, and counts open risks per likelihood × impact', async () => {
      const low = await identifyRisk(local, riskBody({ likelihood: 1, impact: 2, mission: 'OIR' }));
      const critical = await identifyRisk(local, riskBody({ likelihood: 5, impact: 5 }));
      const high = await identifyRisk(local, riskBody({ likelihood: 3, impact: 4 }));
      const closed = await identifyRisk(local, riskBody({ likelihood: 3, impact: 4 }));
      await local.request('POST', `/api/risks/${closed.id}/closure`, { role: 'manager', body: { reason: 'gone' } });
      const register = (await local.request('GET', '/api/risks?status=OPEN', { role: 'legal' })).body;
      expect(register.items.map((item: { id: string }) => item.id)).toEqual([critical.id, high.id, low.id]);
      expect(register).toMatchObject({ total: 3, page: 1, pageSize: 50 });
      expect((await local.request('GET', '/api/risks?mission=OIR', { role: 'legal' })).body.items).toEqual([expect.objectContaining({ id: low.id, level: 'LOW' })]);
      expect((await local.request('GET', '/api/risks?level=HIGH', { role: 'legal' })).body.total).toBe(2);
      const heatmap = (await local.request('GET', '/api/risks/heatmap', { role: 'operations' })).body;
      expect(heatmap.total).toBe(3);
      expect(heatmap.counts[0][1]).toBe(1);
      expect(heatmap.counts[4][4]).toBe(1);
      expect(heatmap.counts[2][3]).toBe(1);
      expect(heatmap.counts.flat().reduce((sum: number, count: number) => sum + count, 0)).toBe(3);
      expect((await local.request('GET', '/api/risks/heatmap?mission=OIR', { role: 'manager' })).body.total).toBe(1);
    });

    it.each(['status=ACTIVE', 'level=EXTREME', 'asOf=now', 'page=-3', 'category=FIRE', 'extra=1'])('answers 400 for %s', async (query) => {
      expect((await local.request('GET', `/api/risks?${query}`, { role: 'legal' })).status).toBe(400);
    });

    it('answers 400 for a bad heatmap filter and 401 without a token', async () => {
      expect((await local.request('GET', '/api/risks/heatmap?mission=x', { role: 'legal' })).status).toBe(400);
      expect((await local.request('GET', '/api/risks/heatmap')).status).toBe(401);
    });
  });
});
