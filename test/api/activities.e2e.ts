import { startTestApp, type TestApp } from '../support/test-app';
import { engagementBody, headPosition, movementBody, newId } from '../support/operations-fixtures';

/** Movements and adviser engagements (SPEC 3.5): logged by operations, listed for every reader. */
describe('activities', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const kinds = [
    { path: '/api/movements', body: movementBody, kind: 'MOVEMENT' },
    { path: '/api/adviser-engagements', body: engagementBody, kind: 'ADVISER_ENGAGEMENT' },
  ] as const;

  describe.each(kinds)('$path', ({ path, body, kind }) => {
    const log = (content: unknown, headers?: Record<string, string>) => api.request('POST', path, { role: 'operations', body: content, headers });

    it('logs an activity and lists it at once', async () => {
      const answer = await log(body({ occurredAt: '2024-03-04T09:30:00+03:00', mission: 'OIR' }));
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(String) });
      const list = await api.request('GET', `${path}?mission=OIR&from=2024-03-04T00:00:00Z&to=2024-03-05T00:00:00Z`, { role: 'legal' });
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
      expect(list.body.items[0]).toMatchObject({ id: answer.body.id, kind, occurredAt: '2024-03-04T06:30:00.000Z', mission: 'OIR', loggedBy: 'operations-user' });
    });

    it('answers a retried Idempotency-Key or client id with the first result, and other content with 409', async () => {
      const content = body({ id: newId() });
      const headers = { 'idempotency-key': newId() };
      const first = await log(content, headers);
      const head = await headPosition(api);
      expect(await log(content, headers)).toMatchObject({ status: 201, body: first.body });
      expect(await log(content)).toMatchObject({ status: 201, body: first.body });
      expect((await log({ ...content, mission: 'EUAM' })).status).toBe(409);
      expect(await headPosition(api)).toBe(head);
    });

    it.each([
      ['occurredAt', { occurredAt: '2024-03-04 09:30' }],
      ['mission', { mission: 'UNIFIL' }],
      ['id', { id: 42 }],
      ['extra', { extra: true }],
    ])('answers 400 naming %s and writes nothing', async (field, overrides) => {
      const before = await headPosition(api);
      const answer = await log(body(overrides));
      expect([answer.status, Object.keys(answer.body.fields)]).toEqual([400, [field]]);
      expect(await headPosition(api)).toBe(before);
    });

    it('answers 422 for an activity more than 5 minutes in the future', async () => {
      expect((await log(body({ occurredAt: new Date(Date.now() + 600_000).toISOString() }))).status).toBe(422);
    });

    it('answers 401 without a token, 403 for roles other than operations, and lists for all readers', async () => {
      expect((await api.request('POST', path, { body: body() })).status).toBe(401);
      for (const role of ['legal', 'manager', 'admin'] as const) expect((await api.request('POST', path, { role, body: body() })).status).toBe(403);
      for (const role of ['operations', 'legal', 'manager'] as const) expect((await api.request('GET', path, { role })).status).toBe(200);
      expect((await api.request('GET', path, { role: 'admin' })).status).toBe(403);
      expect((await api.request('GET', `${path}?pageSize=0&mission=x`, { role: 'legal' })).body.fields).toEqual({
        pageSize: expect.any(Array), mission: expect.any(Array),
      });
    });
  });

  it.each([
    ['destination', { destination: '' }],
    ['advisersEscorted', { advisersEscorted: 0 }],
    ['advisersEscorted', { advisersEscorted: 1.5 }],
    ['advisersEscorted', { advisersEscorted: 4611686018427387904 }],
    ['advisersEscorted', { advisersEscorted: 1e308 }],
  ])('refuses a movement with a bad %s', async (field, overrides) => {
    const answer = await api.request('POST', '/api/movements', { role: 'operations', body: movementBody(overrides) });
    expect([answer.status, Object.keys(answer.body.fields)]).toEqual([400, [field]]);
  });

  it.each([
    ['counterpart', { counterpart: ' ' }],
    ['topic', { topic: 'x'.repeat(1001) }],
    ['topic', { topic: null }],
  ])('refuses an engagement with a bad %s', async (field, overrides) => {
    const answer = await api.request('POST', '/api/adviser-engagements', { role: 'operations', body: engagementBody(overrides) });
    expect([answer.status, Object.keys(answer.body.fields)]).toEqual([400, [field]]);
  });

  it('keeps movements and engagements apart', async () => {
    const movement = await api.request('POST', '/api/movements', { role: 'operations', body: movementBody({ mission: 'MOPA' }) });
    const engagements = await api.request('GET', '/api/adviser-engagements?mission=MOPA', { role: 'manager' });
    expect(engagements.body.items.map((item: { id: string }) => item.id)).not.toContain(movement.body.id);
    const movements = await api.request('GET', '/api/movements?mission=MOPA', { role: 'manager' });
    expect(movements.body.items[0]).toEqual(expect.objectContaining({ id: movement.body.id, destination: 'Ministry of Defence, Baghdad', advisersEscorted: 3 }));
    expect(movements.body.items[0]).not.toHaveProperty('counterpart');
  });
});
