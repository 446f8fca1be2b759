import { startTestApp, type TestApp } from '../support/test-app';
import { headPosition, identifyRisk, incidentBody, newId, reportIncident, riskBody } from '../support/operations-fixtures';

/**
 * An Idempotency-Key names one request of one user (SPEC 4): sent again with the same request it answers the
 * first result; with another request, on any item or route, 409 and nothing written; another user's equal key is
 * that user's own. Ids name one item whatever their letter case.
 */
describe('Idempotency-Key and client ids', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const keyed = (key: string) => ({ 'idempotency-key': key });

  it('refuses a key used to close incident A when it comes again to close incident B, and writes nothing', async () => {
    const [a, b] = [await reportIncident(api), await reportIncident(api)];
    const key = `close-${newId()}`;
    const close = (id: string) => api.request('POST', `/api/incidents/${id}/closure`, { role: 'operations', body: { reason: 'Handled' }, headers: keyed(key) });
    expect((await close(a.id)).status).toBe(200);
    const head = await headPosition(api);
    const reused = await close(b.id);
    expect([reused.status, reused.body.message]).toEqual([409, `Idempotency-Key ${key} was already used for a different request`]);
    expect(await headPosition(api)).toBe(head);
    expect((await api.request('GET', `/api/incidents/${b.id}`, { role: 'operations' })).body.status).toBe('REPORTED');
    expect((await close(a.id)).status).toBe(200);
    expect(await headPosition(api)).toBe(head);
  });

  it('refuses a key that created an incident when it comes again to create a risk', async () => {
    const key = `create-${newId()}`;
    expect((await api.request('POST', '/api/incidents', { role: 'operations', body: incidentBody(), headers: keyed(key) })).status).toBe(201);
    const head = await headPosition(api);
    const risk = await api.request('POST', '/api/risks', { role: 'operations', body: riskBody(), headers: keyed(key) });
    expect(risk.status).toBe(409);
    expect(await headPosition(api)).toBe(head);
  });

  it("takes another user's equal key as that user's own, on a new item and on the same item", async () => {
    const key = `shared-${newId()}`;
    const create = (role: 'operations' | 'manager') => api.request('POST', '/api/risks', { role, body: riskBody(), headers: keyed(key) });
    const [mine, theirs] = [await create('operations'), await create('manager')];
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);

    const risk = await identifyRisk(api);
    const reassess = (role: 'operations' | 'manager') =>
      api.request('POST', `/api/risks/${risk.id}/assessments`, { role, body: { likelihood: 2, impact: 2 }, headers: keyed(`reassess-${key}`) });
    const [first, second] = [await reassess('operations'), await reassess('manager')];
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.revision).toBe(first.body.revision + 1);
  });

  it('keeps a key free when its request was refused, so the corrected request may use it', async () => {
    const key = `refused-${newId()}`;
    const refused = await api.request('POST', '/api/incidents', { role: 'operations', body: incidentBody('INDIRECT_FIRE', { occurredAt: '2999-01-01T00:00:00Z' }), headers: keyed(key) });
    expect(refused.status).toBe(422);
    expect((await api.request('POST', '/api/incidents', { role: 'operations', body: incidentBody(), headers: keyed(key) })).status).toBe(201);
  });

  it('takes an id in capitals for the same item: one incident, found by either spelling', async () => {
    const id = newId();
    const body = incidentBody('CIVIL_UNREST', { id });
    const first = await api.request('POST', '/api/incidents', { role: 'operations', body });
    const head = await headPosition(api);
    const shouted = await api.request('POST', '/api/incidents', { role: 'operations', body: { ...body, id: id.toUpperCase() } });
    expect([first.status, shouted.status, shouted.body]).toEqual([201, 201, first.body]);
    expect(first.body.id).toBe(id);
    expect(await headPosition(api)).toBe(head);
    const detail = await api.request('GET', `/api/incidents/${id.toUpperCase()}`, { role: 'operations' });
    expect([detail.status, detail.body.id]).toEqual([200, id]);
    const closed = await api.request('POST', `/api/incidents/${id.toUpperCase()}/closure`, { role: 'operations', body: { reason: 'Dispersed' } });
    expect([closed.status, closed.body.id]).toEqual([200, id]);
  });
});
