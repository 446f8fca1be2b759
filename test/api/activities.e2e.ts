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
    { path: '/api/movements', body: movementBody, kind: 'MOVEMENT', correction: { advisersEscorted: 5 }, wrong: { advisersEscorted: 4611686018427387904 } },
    { path: '/api/adviser-engagements', body: engagementBody, kind: 'ADVISER_ENGAGEMENT', correction: { topic: 'Range safety' }, wrong: { topic: '' } },
  ] as const;

  describe.each(kinds)('$path', ({ path, body, kind, correction, wrong }) => {
    const log = (content: unknown, headers?: Record<string, string>) => api.request('POST', path, { role: 'operations', body: content, headers });
    const logged = async () => (await log(body())).body.id as string;
    const amend = (id: string, content: unknown) => api.request('POST', `${path}/${id}/amendments`, { role: 'operations', body: content });
    const withdraw = (id: string, content: unknown) => api.request('POST', `${path}/${id}/withdrawal`, { role: 'operations', body: content });
    const detail = async (id: string) => (await api.request('GET', `${path}/${id}`, { role: 'manager' })).body;

    it('corrects an activity with a reason, shows it as corrected with its history, and withdraws it', async () => {
      const id = await logged();
      expect(await detail(id)).toMatchObject({ id, kind, status: 'LOGGED', revision: 0, history: [{ revision: 0, userId: 'operations-user', role: 'operations' }] });

      const amended = await amend(id, { reason: 'Wrong in the log', expectedRevision: 0, ...correction, occurredAt: '2024-03-04T09:30:00+03:00' });
      expect(amended).toMatchObject({ status: 200, body: { id, revision: 1, position: expect.any(String) } });
      const corrected = await detail(id);
      expect(corrected).toMatchObject({ status: 'LOGGED', revision: 1, occurredAt: '2024-03-04T06:30:00.000Z', ...correction });
      expect(corrected.history[1]).toMatchObject({ revision: 1, type: expect.stringMatching(/Amended$/), data: { reason: 'Wrong in the log', changedFields: ['occurredAt', ...Object.keys(correction)] } });

      expect(await withdraw(id, { reason: 'Logged twice', expectedRevision: 1 })).toMatchObject({ status: 200, body: { id, revision: 2 } });
      expect(await detail(id)).toMatchObject({ status: 'WITHDRAWN', revision: 2, history: [{}, {}, { type: expect.stringMatching(/Withdrawn$/), data: { reason: 'Logged twice' } }] });
      const list = await api.request('GET', `${path}?status=WITHDRAWN&pageSize=500`, { role: 'legal' });
      expect(list.body.items).toContainEqual(expect.objectContaining({ id, status: 'WITHDRAWN', revision: 2 }));
      expect((await api.request('GET', `${path}?status=LOGGED&pageSize=500`, { role: 'legal' })).body.items.map((item: { id: string }) => item.id)).not.toContain(id);

      // Withdrawn is final.
      expect((await amend(id, { reason: 'Still wrong', ...correction })).status).toBe(422);
      expect((await withdraw(id, { reason: 'Again' })).status).toBe(422);
    });

    it('answers 422 for an amendment that changes nothing or moves the activity into the future, and 409 for a stale revision', async () => {
      const id = await logged();
      const before = await headPosition(api);
      expect((await amend(id, { reason: 'Nothing really' })).status).toBe(422);
      expect((await amend(id, { reason: 'Later', occurredAt: new Date(Date.now() + 600_000).toISOString() })).status).toBe(422);
      expect((await amend(id, { reason: 'Stale', expectedRevision: 3, ...correction })).status).toBe(409);
      expect((await withdraw(id, { reason: 'Stale', expectedRevision: 1 })).status).toBe(409);
      expect(await headPosition(api)).toBe(before);
    });

    it.each([
      ['reason', 'amendments', { mission: 'OIR' }],
      ['reason', 'withdrawal', { reason: '   ' }],
      ['mission', 'amendments', { reason: 'x', mission: 'UNIFIL' }],
      ['occurredAt', 'amendments', { reason: 'x', occurredAt: '2024-03-04T09:30:00+25:00' }],
      ['extra', 'withdrawal', { reason: 'x', extra: 1 }],
      ['expectedRevision', 'withdrawal', { reason: 'x', expectedRevision: -1 }],
    ])('answers 400 naming %s on %s, and writes nothing', async (field, route, content) => {
      const id = await logged();
      const before = await headPosition(api);
      const answer = await api.request('POST', `${path}/${id}/${route}`, { role: 'operations', body: content });
      expect([answer.status, Object.keys(answer.body.fields)]).toEqual([400, [field]]);
      expect(await headPosition(api)).toBe(before);
    });

    it('answers 400 naming a corrected field out of bounds, and writes nothing', async () => {
      const id = await logged();
      const before = await headPosition(api);
      const answer = await amend(id, { reason: 'x', ...wrong });
      expect([answer.status, Object.keys(answer.body.fields)]).toEqual([400, Object.keys(wrong)]);
      expect(await headPosition(api)).toBe(before);
    });

    it('answers 404 for an unknown activity and 400 for an id that is not a UUID', async () => {
      expect((await api.request('GET', `${path}/${newId()}`, { role: 'legal' })).status).toBe(404);
      expect((await amend(newId(), { reason: 'x', ...correction })).status).toBe(404);
      expect((await withdraw(newId(), { reason: 'x' })).status).toBe(404);
      expect((await api.request('GET', `${path}/not-a-uuid`, { role: 'legal' })).status).toBe(400);
      expect((await withdraw('not-a-uuid', { reason: 'x' })).status).toBe(400);
    });

    it('lets only operations correct or withdraw, and every reader see the detail', async () => {
      const id = await logged();
      for (const role of ['legal', 'manager', 'admin'] as const) {
        expect((await api.request('POST', `${path}/${id}/amendments`, { role, body: { reason: 'x', ...correction } })).status).toBe(403);
        expect((await api.request('POST', `${path}/${id}/withdrawal`, { role, body: { reason: 'x' } })).status).toBe(403);
      }
      expect((await api.request('POST', `${path}/${id}/withdrawal`, { body: { reason: 'x' } })).status).toBe(401);
      for (const role of ['operations', 'legal', 'manager'] as const) expect((await api.request('GET', `${path}/${id}`, { role })).status).toBe(200);
      expect((await api.request('GET', `${path}/${id}`, { role: 'admin' })).status).toBe(403);
    });

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

  describe('in the weekly overview and the progress report', () => {
    // 2024-W12 (weeks start on Wednesday) runs from 20 to 26 March 2024 in Amsterdam; EUAM has nothing else here.
    const week = '2024-W12';
    const activities = async () => (await api.request('GET', `/api/overviews/weekly/${week}`, { role: 'manager' })).body;
    const progress = async () =>
      (await api.request('GET', '/api/reports/progress?from=2024-03-20&to=2024-03-26', { role: 'manager' })).body.byMission.EUAM;
    const post = (path: string, body: unknown) => api.request('POST', path, { role: 'operations', body });
    let first: string;

    it('count a corrected activity with its new values and a withdrawn one no more', async () => {
      first = (await post('/api/movements', movementBody({ mission: 'EUAM', occurredAt: '2024-03-21T08:00:00+01:00', advisersEscorted: 3 }))).body.id;
      const second = (await post('/api/movements', movementBody({ mission: 'EUAM', occurredAt: '2024-03-22T08:00:00+01:00', advisersEscorted: 2 }))).body.id;
      const engagement = (await post('/api/adviser-engagements', engagementBody({ mission: 'EUAM', occurredAt: '2024-03-21T10:00:00+01:00' }))).body.id;
      expect((await activities()).activities).toEqual({ movements: 2, advisersEscorted: 5, adviserEngagements: 1 });

      expect((await post(`/api/movements/${first}/amendments`, { reason: 'Miscounted', advisersEscorted: 6 })).status).toBe(200);
      expect((await activities()).activities).toEqual({ movements: 2, advisersEscorted: 8, adviserEngagements: 1 });
      expect(await progress()).toMatchObject({ movements: 2, advisersEscorted: 8, adviserEngagements: 1 });

      expect((await post(`/api/movements/${second}/withdrawal`, { reason: 'Cancelled before departure' })).status).toBe(200);
      expect((await post(`/api/adviser-engagements/${engagement}/withdrawal`, { reason: 'Did not take place' })).status).toBe(200);
      expect((await activities()).activities).toEqual({ movements: 1, advisersEscorted: 6, adviserEngagements: 0 });
      expect(await progress()).toMatchObject({ movements: 1, advisersEscorted: 6, adviserEngagements: 0 });
    });

    it('mark a published week CORRECTION_REQUIRED when a movement in it is corrected or withdrawn', async () => {
      expect((await api.request('POST', `/api/overviews/weekly/${week}/publication`, { role: 'manager' })).status).toBe(201);
      expect(await activities()).toMatchObject({ status: 'PUBLISHED', revision: 1, lateEntries: [] });

      // A correction that leaves the week's counts as they were is no correction of the week.
      expect((await post(`/api/movements/${first}/amendments`, { reason: 'Typo', destination: 'Ministry of Interior' })).status).toBe(200);
      expect((await activities()).status).toBe('PUBLISHED');

      expect((await post(`/api/movements/${first}/amendments`, { reason: 'Recounted', advisersEscorted: 7 })).status).toBe(200);
      expect((await post(`/api/movements/${first}/withdrawal`, { reason: 'Belonged to another unit' })).status).toBe(200);
      const overview = await activities();
      expect(overview).toMatchObject({ status: 'CORRECTION_REQUIRED', revision: 1, activities: { movements: 0, advisersEscorted: 0 } });
      expect(overview.lateEntries).toEqual([
        expect.objectContaining({ kind: 'MOVEMENT', id: first, change: 'CHANGED', eventType: 'MovementAmended', reason: 'Recounted' }),
        expect.objectContaining({ kind: 'MOVEMENT', id: first, change: 'REMOVED', eventType: 'MovementWithdrawn', reason: 'Belonged to another unit' }),
      ]);
      const notifications = await api.request('GET', `/api/parliamentary-notifications?kind=WEEKLY_OVERVIEW_CORRECTION&triggerId=${week}`, { role: 'manager' });
      expect(notifications.body.items).toEqual([expect.objectContaining({ triggerId: week, status: 'REQUIRED' })]);
    });
  });
});
