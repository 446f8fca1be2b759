import { startTestApp, type TestApp } from '../support/test-app';
import { DETAILS_BY_CATEGORY, headPosition, hoursAgo, incidentBody, newId, reportIncident, type Category } from '../support/operations-fixtures';

/** POST /api/incidents and the register: every category, every validation rule, retries and conflicts. */
describe('reporting incidents', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const report = (body: unknown, headers?: Record<string, string>) => api.request('POST', '/api/incidents', { role: 'operations', body, headers });

  /** A refused request names exactly these fields and writes nothing. */
  async function refused(body: unknown, fields: string[]) {
    const before = await headPosition(api);
    const answer = await report(body);
    expect([answer.status, Object.keys(answer.body.fields ?? {}).sort()]).toEqual([400, [...fields].sort()]);
    expect(await headPosition(api)).toBe(before);
  }

  it.each(Object.keys(DETAILS_BY_CATEGORY) as Category[])('reports %s and shows it in the register and detail at once', async (category) => {
    const answer = await report(incidentBody(category));
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(String), revision: 0, position: expect.stringMatching(/^\d+$/) });
    const detail = await api.request('GET', `/api/incidents/${answer.body.id}`, { role: 'legal' });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: answer.body.id, status: 'REPORTED', revision: 0, category, details: DETAILS_BY_CATEGORY[category] });
    expect(detail.body.history).toEqual([
      expect.objectContaining({ revision: 0, type: category === 'USE_OF_FORCE' ? 'UseOfForceReported' : 'IncidentReported', userId: 'operations-user', role: 'operations' }),
    ]);
    const register = await api.request('GET', `/api/incidents?category=${category}`, { role: 'manager' });
    expect(register.body.items.map((item: { id: string }) => item.id)).toContain(answer.body.id);
  });

  it('keeps the instant as UTC and the location with its coordinates', async () => {
    const { id } = await reportIncident(api, incidentBody('CIVIL_UNREST', { occurredAt: '2024-07-15T14:30:00+03:00' }));
    const detail = await api.request('GET', `/api/incidents/${id}`, { role: 'operations' });
    expect(detail.body).toMatchObject({ occurredAt: '2024-07-15T11:30:00.000Z', location: { name: 'Camp Union III', lat: 33.311, lon: 44.392 } });
  });

  it('lets DIRECT_FIRE, CYBER_ESPIONAGE and OTHER leave details out', async () => {
    for (const category of ['DIRECT_FIRE', 'CYBER_ESPIONAGE', 'OTHER'] as const) {
      const { details: _left, ...body } = incidentBody(category);
      expect((await report(body)).status).toBe(201);
    }
  });

  describe('refuses malformed reports with 400 naming each field, writing nothing', () => {
    it.each([
      ['category', { category: 'ROCKETS' }, ['category']],
      ['mission', { mission: 'ISAF' }, ['mission']],
      ['occurredAt without offset', { occurredAt: '2024-07-15T14:30:00' }, ['occurredAt']],
      ['occurredAt as a date', { occurredAt: '2024-07-15' }, ['occurredAt']],
      ['occurredAt that does not exist', { occurredAt: '2024-02-30T10:00:00Z' }, ['occurredAt']],
      ['occurredAt as a number', { occurredAt: 1720000000000 }, ['occurredAt']],
      ['location without name', { location: { lat: 33 } }, ['location.name', 'location.lon']],
      ['location not an object', { location: 'Baghdad' }, ['location']],
      ['latitude out of range', { location: { name: 'x', lat: 91, lon: 44 } }, ['location.lat']],
      ['longitude out of range', { location: { name: 'x', lat: 33, lon: -181 } }, ['location.lon']],
      ['empty summary', { summary: '' }, ['summary']],
      ['blank summary', { summary: '   ' }, ['summary']],
      ['summary over 4000 characters', { summary: 'x'.repeat(4001) }, ['summary']],
      ['severity 0', { severity: 0 }, ['severity']],
      ['severity 6', { severity: 6 }, ['severity']],
      ['severity 2.5', { severity: 2.5 }, ['severity']],
      ['severity as a string', { severity: '3' }, ['severity']],
      ['client id not a UUID', { id: 'incident-1' }, ['id']],
      ['unknown field', { priority: 'high' }, ['priority']],
    ])('%s', async (_name, overrides, fields) => {
      await refused(incidentBody('INDIRECT_FIRE', overrides), fields);
    });

    it.each([
      ['INDIRECT_FIRE', { munition: 'ARTILLERY', rounds: 1, intercepted: 0 }, ['details.munition']],
      ['INDIRECT_FIRE', { munition: 'ROCKET', rounds: 0, intercepted: 0 }, ['details.rounds']],
      ['INDIRECT_FIRE', { munition: 'ROCKET', rounds: 2, intercepted: 3 }, ['details.intercepted']],
      ['INDIRECT_FIRE', { munition: 'ROCKET', rounds: 2, intercepted: -1 }, ['details.intercepted']],
      ['INDIRECT_FIRE', { munition: 'ROCKET' }, ['details.rounds', 'details.intercepted']],
      ['ARMED_DRONE', { drones: 0, intercepted: 0 }, ['details.drones']],
      ['ARMED_DRONE', { drones: 1, intercepted: 2 }, ['details.intercepted']],
      ['CIVIL_UNREST', { crowdEstimate: -1, violent: 'yes' }, ['details.crowdEstimate', 'details.violent']],
      ['HEAT_ILLNESS', { casualties: 0, severity: 'SUNBURN', acclimatised: true }, ['details.casualties', 'details.severity']],
      ['HEAT_ILLNESS', { casualties: 1, severity: 'HEAT_STROKE', wbgtCelsius: 9.9, acclimatised: true }, ['details.wbgtCelsius']],
      ['HEAT_ILLNESS', { casualties: 1, severity: 'HEAT_STROKE', wbgtCelsius: 45.1, acclimatised: true }, ['details.wbgtCelsius']],
      ['HEAT_ILLNESS', { casualties: 1, severity: 'HEAT_STROKE' }, ['details.acclimatised']],
      ['HEAT_ILLNESS', { casualties: 1e308, severity: 'HEAT_STROKE', acclimatised: true }, ['details.casualties']],
      ['INDIRECT_FIRE', { munition: 'ROCKET', rounds: 4611686018427387904, intercepted: 0 }, ['details.rounds']],
      ['CIVIL_UNREST', { crowdEstimate: 1e308, violent: false }, ['details.crowdEstimate']],
      ['USE_OF_FORCE', { ...DETAILS_BY_CATEGORY.USE_OF_FORCE, basis: 'RETALIATION' }, ['details.basis']],
      ['USE_OF_FORCE', { ...DETAILS_BY_CATEGORY.USE_OF_FORCE, escalation: 'SHOUTING' }, ['details.escalation']],
      ['USE_OF_FORCE', { ...DETAILS_BY_CATEGORY.USE_OF_FORCE, roundsFired: -1 }, ['details.roundsFired']],
      ['USE_OF_FORCE', { ...DETAILS_BY_CATEGORY.USE_OF_FORCE, casualtiesObserved: 'no' }, ['details.casualtiesObserved']],
      ['USE_OF_FORCE', { ...DETAILS_BY_CATEGORY.USE_OF_FORCE, publicSummary: '' }, ['details.publicSummary']],
      ['USE_OF_FORCE', { ...DETAILS_BY_CATEGORY.USE_OF_FORCE, publicSummary: 'x'.repeat(1001) }, ['details.publicSummary']],
      ['OTHER', { notes: 42 }, ['details.notes']],
      ['DIRECT_FIRE', { rounds: 3 }, ['details.rounds']],
      ['INDIRECT_FIRE', { ...DETAILS_BY_CATEGORY.INDIRECT_FIRE, drones: 1 }, ['details.drones']],
    ])('%s details %j', async (category, details, fields) => {
      await refused(incidentBody(category as Category, { details }), fields);
    });

    it.each(['INDIRECT_FIRE', 'ARMED_DRONE', 'CIVIL_UNREST', 'HEAT_ILLNESS', 'USE_OF_FORCE'] as const)('%s without details', async (category) => {
      const { details: _left, ...body } = incidentBody(category);
      await refused(body, ['details']);
    });

    it('details that are not an object', async () => {
      await refused(incidentBody('ARMED_DRONE', { details: 'two drones' }), ['details']);
    });

    it('several fields at once, each named', async () => {
      await refused(incidentBody('HEAT_ILLNESS', { mission: 'X', severity: 9, details: { casualties: 0, severity: 'HEAT_STROKE', acclimatised: true } }), [
        'mission', 'severity', 'details.casualties',
      ]);
    });

    it('a body that is not JSON, or not an object', async () => {
      for (const body of ['{"category":', '[]', '"text"', 'null']) {
        const answer = await report(body);
        expect([body, answer.status]).toEqual([body, 400]);
      }
    });
  });

  it('answers 422 for an occurredAt more than 5 minutes in the future, and writes nothing', async () => {
    const before = await headPosition(api);
    const answer = await report(incidentBody('OTHER', { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }));
    expect(answer.status).toBe(422);
    expect(answer.body.message).toMatch(/occurredAt.*future/);
    expect(await headPosition(api)).toBe(before);
  });

  it('never refuses bad news: a grave report is accepted like any other', async () => {
    const grave = incidentBody('INDIRECT_FIRE', { severity: 5, details: { munition: 'UNKNOWN', rounds: 40, intercepted: 0 } });
    expect((await report(grave)).status).toBe(201);
  });

  it('answers 401 without a token and 403 to roles that may not report', async () => {
    expect((await api.request('POST', '/api/incidents', { body: incidentBody() })).status).toBe(401);
    expect((await api.request('GET', '/api/incidents')).status).toBe(401);
    for (const role of ['legal', 'manager', 'admin'] as const) {
      expect((await api.request('POST', '/api/incidents', { role, body: incidentBody() })).status).toBe(403);
    }
  });

  describe('retries', () => {
    it('answers the same Idempotency-Key with the same result and appends nothing', async () => {
      const headers = { 'idempotency-key': `report-${newId()}` };
      const body = incidentBody();
      const first = await report(body, headers);
      const head = await headPosition(api);
      const again = await report(body, headers);
      expect([again.status, again.body]).toEqual([201, first.body]);
      expect(await headPosition(api)).toBe(head);
    });

    it('answers 409 when an Idempotency-Key is reused for different content', async () => {
      const headers = { 'idempotency-key': `report-${newId()}` };
      await report(incidentBody('OTHER', { summary: 'first' }), headers);
      const head = await headPosition(api);
      expect((await report(incidentBody('OTHER', { summary: 'second' }), headers)).status).toBe(409);
      expect(await headPosition(api)).toBe(head);
    });

    it('answers a client id sent again with the same content with the first result, and with other content 409', async () => {
      const body = incidentBody('CIVIL_UNREST', { id: newId() });
      const first = await report(body);
      expect(first.body.id).toBe(body.id);
      const head = await headPosition(api);
      const again = await report(body);
      expect([again.status, again.body]).toEqual([201, first.body]);
      const conflict = await report({ ...body, summary: 'Something else entirely' });
      expect(conflict.status).toBe(409);
      expect(await headPosition(api)).toBe(head);
    });

    it('refuses a malformed Idempotency-Key', async () => {
      expect((await report(incidentBody(), { 'idempotency-key': 'x'.repeat(201) })).status).toBe(400);
    });
  });

  it('answers 400 for a detail path that is not a UUID and 404 for an unknown incident', async () => {
    expect((await api.request('GET', '/api/incidents/not-a-uuid', { role: 'legal' })).body.fields).toHaveProperty('id');
    expect((await api.request('GET', '/api/incidents/not-a-uuid', { role: 'legal' })).status).toBe(400);
    expect((await api.request('GET', `/api/incidents/${newId()}`, { role: 'legal' })).status).toBe(404);
  });

  it('records the reporting time apart from when it happened', async () => {
    const { id } = await reportIncident(api, incidentBody('OTHER', { occurredAt: hoursAgo(30) }));
    const detail = await api.request('GET', `/api/incidents/${id}`, { role: 'legal' });
    expect(Date.parse(detail.body.reportedAt)).toBeGreaterThan(Date.parse(detail.body.occurredAt));
  });
});
