import { startTestApp, type TestApp } from '../support/test-app';
import { DETAILS_BY_CATEGORY, headPosition, hoursAgo, incidentBody, newId, reportIncident } from '../support/operations-fixtures';

/** Amendments, closure, history and the register's filters, order and paging. */
describe('incident lifecycle and register', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const amend = (id: string, body: unknown, headers?: Record<string, string>) =>
    api.request('POST', `/api/incidents/${id}/amendments`, { role: 'operations', body, headers });
  const close = (id: string, body: unknown) => api.request('POST', `/api/incidents/${id}/closure`, { role: 'operations', body });
  const detail = async (id: string) => (await api.request('GET', `/api/incidents/${id}`, { role: 'legal' })).body;

  describe('amendments', () => {
    it('correct fields with a reason, keep the original in the history, and show at once', async () => {
      const { id } = await reportIncident(api, incidentBody('INDIRECT_FIRE', { occurredAt: '2024-07-15T11:40:00Z' }));
      const answer = await amend(id, { reason: 'Radar log shows an earlier time', occurredAt: '2024-07-08T23:50:00Z', severity: 4 });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ id, revision: 1, position: expect.any(String) });
      const after = await detail(id);
      expect(after).toMatchObject({ revision: 1, occurredAt: '2024-07-08T23:50:00.000Z', severity: 4, status: 'REPORTED' });
      expect(after.history).toEqual([
        expect.objectContaining({ revision: 0, type: 'IncidentReported', reason: null, changes: expect.objectContaining({ occurredAt: '2024-07-15T11:40:00.000Z', severity: 3 }) }),
        expect.objectContaining({
          revision: 1, type: 'IncidentAmended', reason: 'Radar log shows an earlier time', userId: 'operations-user', role: 'operations',
          changes: { occurredAt: { from: '2024-07-15T11:40:00.000Z', to: '2024-07-08T23:50:00.000Z' }, severity: { from: 3, to: 4 } },
        }),
      ]);
    });

    it('may change the category together with its details, validated for the new category', async () => {
      const { id } = await reportIncident(api, incidentBody('DIRECT_FIRE'));
      const wrong = await amend(id, { reason: 'It was a use of force', category: 'USE_OF_FORCE', details: { basis: 'SELF_DEFENCE' } });
      expect(wrong.status).toBe(400);
      expect(Object.keys(wrong.body.fields).sort()).toEqual(['details.casualtiesObserved', 'details.escalation', 'details.publicSummary', 'details.roundsFired']);
      const right = await amend(id, { reason: 'It was a use of force', category: 'USE_OF_FORCE', details: DETAILS_BY_CATEGORY.USE_OF_FORCE });
      expect(right.status).toBe(200);
      expect(await detail(id)).toMatchObject({ category: 'USE_OF_FORCE', details: DETAILS_BY_CATEGORY.USE_OF_FORCE });
    });

    it.each([
      ['no reason', { severity: 4 }, ['reason']],
      ['a blank reason', { reason: '  ', severity: 4 }, ['reason']],
      ['details without their category', { reason: 'x', details: { drones: 1, intercepted: 0 } }, ['category']],
      ['a bad field', { reason: 'x', severity: 7, occurredAt: 'yesterday' }, ['severity', 'occurredAt']],
      ['an unknown field', { reason: 'x', status: 'CLOSED' }, ['status']],
      ['a bad expectedRevision', { reason: 'x', severity: 4, expectedRevision: -1 }, ['expectedRevision']],
      ['a null expectedRevision', { reason: 'x', severity: 4, expectedRevision: null }, ['expectedRevision']],
      ['null for a field', { reason: 'x', severity: null, location: { name: 'x', lat: null } }, ['severity', 'location.lat', 'location.lon']],
      ['bad details for the named category', { reason: 'x', category: 'INDIRECT_FIRE', details: { munition: 'ROCKET', rounds: 1, intercepted: 2 } }, ['details.intercepted']],
    ])('answer 400 naming the field for %s, and write nothing', async (_name, body, fields) => {
      const { id } = await reportIncident(api);
      const before = await headPosition(api);
      const answer = await amend(id, body);
      expect([answer.status, Object.keys(answer.body.fields ?? {}).sort()]).toEqual([400, [...fields].sort()]);
      expect(await headPosition(api)).toBe(before);
    });

    it('answer 422 when nothing changes or the new occurredAt lies in the future', async () => {
      const body = incidentBody();
      const { id } = await reportIncident(api, body);
      expect((await amend(id, { reason: 'same', severity: body.severity })).status).toBe(422);
      expect((await amend(id, { reason: 'later', occurredAt: new Date(Date.now() + 3_600_000).toISOString() })).status).toBe(422);
    });

    it('answer 409 to a stale expectedRevision and accept the current one', async () => {
      const { id } = await reportIncident(api);
      expect((await amend(id, { reason: 'first', severity: 4, expectedRevision: 0 })).status).toBe(200);
      const before = await headPosition(api);
      expect((await amend(id, { reason: 'stale', severity: 5, expectedRevision: 0 })).status).toBe(409);
      expect(await headPosition(api)).toBe(before);
      expect((await amend(id, { reason: 'current', severity: 5, expectedRevision: 1 })).status).toBe(200);
    });

    it('answer a retried Idempotency-Key with the first result, appending once', async () => {
      const { id } = await reportIncident(api);
      const headers = { 'idempotency-key': newId() };
      const first = await amend(id, { reason: 'retry', severity: 1 }, headers);
      const head = await headPosition(api);
      const again = await amend(id, { reason: 'retry', severity: 1 }, headers);
      expect([again.status, again.body]).toEqual([200, first.body]);
      expect(await headPosition(api)).toBe(head);
      expect((await amend(id, { reason: 'other', severity: 2 }, headers)).status).toBe(409);
    });

    it('answer 404 for an unknown incident and 400 for a path that is not a UUID', async () => {
      expect((await amend(newId(), { reason: 'x', severity: 2 })).status).toBe(404);
      expect((await amend('123', { reason: 'x', severity: 2 })).status).toBe(400);
    });
  });

  describe('closure', () => {
    it('closes with a reason, after which amending or closing again is 422', async () => {
      const { id } = await reportIncident(api);
      const closed = await close(id, { reason: 'Battle damage assessed; no further action' });
      expect([closed.status, closed.body.revision]).toEqual([200, 1]);
      expect(await detail(id)).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
      const before = await headPosition(api);
      expect((await close(id, { reason: 'again' })).status).toBe(422);
      expect((await amend(id, { reason: 'late', severity: 1 })).status).toBe(422);
      expect(await headPosition(api)).toBe(before);
      expect((await detail(id)).history.map((entry: { type: string }) => entry.type)).toEqual(['IncidentReported', 'IncidentClosed']);
    });

    it('needs a reason (400), a known incident (404) and the current revision (409)', async () => {
      const { id } = await reportIncident(api);
      expect((await close(id, {})).body.fields).toHaveProperty('reason');
      expect((await close(newId(), { reason: 'x' })).status).toBe(404);
      expect((await close(id, { reason: 'x', expectedRevision: 3 })).status).toBe(409);
    });
  });

  describe('register', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      ids.old = (await reportIncident(api, incidentBody('ARMED_DRONE', { mission: 'OIR', occurredAt: '2023-03-01T10:00:00Z' }))).id;
      ids.mid = (await reportIncident(api, incidentBody('ARMED_DRONE', { mission: 'EUAM', occurredAt: '2023-03-02T10:00:00Z' }))).id;
      ids.last = (await reportIncident(api, incidentBody('CIVIL_UNREST', { mission: 'MOPA', occurredAt: '2023-03-03T10:00:00+01:00' }))).id;
      await close(ids.mid, { reason: 'done' });
    });
    const list = async (query: string) => (await api.request('GET', `/api/incidents?${query}`, { role: 'manager' })).body;
    const idsOf = (page: { items: Array<{ id: string }> }) => page.items.map((item) => item.id);

    it('lists newest occurredAt first with the page shape of SPEC 4', async () => {
      const page = await list('from=2023-03-01T00:00:00Z&to=2023-03-04T00:00:00Z');
      expect(page).toMatchObject({ total: 3, page: 1, pageSize: 50 });
      expect(idsOf(page)).toEqual([ids.last, ids.mid, ids.old]);
      expect(page.items[0]).toEqual(expect.objectContaining({ id: ids.last, status: 'REPORTED', revision: 0, category: 'CIVIL_UNREST', mission: 'MOPA' }));
    });

    it.each([
      ['category=ARMED_DRONE&to=2023-04-01T00:00:00Z', ['mid', 'old']],
      ['mission=OIR&to=2023-04-01T00:00:00Z', ['old']],
      ['status=CLOSED&to=2023-04-01T00:00:00Z', ['mid']],
      ['from=2023-03-02T10:00:00Z&to=2023-03-03T09:00:00Z', ['mid']],
      ['from=2023-03-02T11:00:00%2B01:00&to=2023-03-03T10:00:00%2B01:00', ['mid']],
      ['category=ARMED_DRONE&mission=EUAM&status=CLOSED&from=2023-01-01T00:00:00Z&to=2023-12-31T00:00:00Z', ['mid']],
    ])('filters %s', async (query, expected) => {
      expect(idsOf(await list(query))).toEqual(expected.map((name) => ids[name]));
    });

    it('pages', async () => {
      const window = 'from=2023-03-01T00:00:00Z&to=2023-03-04T00:00:00Z';
      const second = await list(`${window}&page=2&pageSize=2`);
      expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(idsOf(second)).toEqual([ids.old]);
    });

    it.each([
      ['page=0', 'page'], ['page=x', 'page'], ['pageSize=501', 'pageSize'], ['pageSize=-1', 'pageSize'],
      ['category=rockets', 'category'], ['mission=nmi', 'mission'], ['status=OPEN', 'status'],
      ['from=2024-13-01T00:00:00Z', 'from'], ['to=tomorrow', 'to'], ['colour=red', 'colour'], ['category=OTHER&category=USE_OF_FORCE', 'category'],
    ])('answers 400 naming the parameter for %s', async (query, field) => {
      const answer = await api.request('GET', `/api/incidents?${query}`, { role: 'manager' });
      expect([answer.status, Object.keys(answer.body.fields ?? {})]).toEqual([400, [field]]);
    });

    it('reads its own writes: a report is listed by the very next request', async () => {
      for (let round = 0; round < 5; round++) {
        const { id } = await reportIncident(api, incidentBody('HEAT_ILLNESS', { occurredAt: hoursAgo(1) }));
        expect(idsOf(await list('category=HEAT_ILLNESS&pageSize=500'))).toContain(id);
      }
    });
  });
});
