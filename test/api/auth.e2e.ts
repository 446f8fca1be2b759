import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

describe('authentication and accounts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('issues a bearer token for a valid username and password', async () => {
    const answer = await api.request('POST', '/api/auth/token', { body: { username: 'legal-user', password: TEST_PASSWORD } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900, role: 'legal' });
  });

  it('refuses a wrong password with 401 and unknown fields with 400', async () => {
    expect((await api.request('POST', '/api/auth/token', { body: { username: 'legal-user', password: 'wrong' } })).status).toBe(401);
    const extra = await api.request('POST', '/api/auth/token', { body: { username: 'a', password: 'b', admin: true } });
    expect(extra.status).toBe(400);
    expect(extra.body.fields).toHaveProperty('admin');
  });

  it('lets only admins manage accounts, and never shows a password hash', async () => {
    expect((await api.request('GET', '/api/accounts', { role: 'manager' })).status).toBe(403);
    const created = await api.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 'new-lawyer', role: 'legal', password: 'a long enough password' },
    });
    expect(created.status).toBe(201);
    const list = await api.request('GET', '/api/accounts', { role: 'admin' });
    expect(list.body.items).toContainEqual(expect.objectContaining({ username: 'new-lawyer', role: 'legal' }));
    expect(JSON.stringify(list.body)).not.toContain('argon2');
  });

  it('requires a token everywhere except health and sign-in', async () => {
    expect((await api.request('GET', '/api/health')).status).toBe(200);
    expect((await api.request('GET', '/api/health', { headers: { authorization: 'Bearer forged' } })).status).toBe(200);
    expect((await api.request('GET', '/api/metrics')).status).toBe(401);
    expect((await api.request('GET', '/api/metrics', { role: 'admin' })).status).toBe(200);
  });

  it('tells anyone and every non-admin role only whether the service is up; an admin also gets store, lag and errors', async () => {
    for (const role of [undefined, 'operations', 'legal', 'manager'] as const) {
      expect(await api.request('GET', '/api/health', { role })).toMatchObject({ status: 200, body: { status: 'up' } });
      expect(Object.keys((await api.request('GET', '/api/health', { role })).body)).toEqual(['status']);
    }
    expect((await api.request('GET', '/api/health', { role: 'admin' })).body).toEqual({
      status: 'ok',
      eventStore: { engine: expect.stringMatching(/^(sqlite|esdb)$/), status: 'up', headPosition: expect.stringMatching(/^\d+$/) },
      projections: expect.arrayContaining([expect.objectContaining({ name: 'incident-register', kind: 'projection', lag: expect.any(String) })]),
    });
  });

  it('gives admins the figures an operator watches: memory, event-loop delay since the last look, consumer lag', async () => {
    const metrics = await api.request('GET', '/api/metrics', { role: 'admin' });
    expect(metrics.body).toEqual({
      uptimeSeconds: expect.any(Number),
      memoryBytes: { rss: expect.any(Number), heapUsed: expect.any(Number), heapTotal: expect.any(Number) },
      eventLoopDelayMs: { p50: expect.any(Number), p99: expect.any(Number), max: expect.any(Number) },
      eventStore: { engine: expect.stringMatching(/^(sqlite|esdb)$/), headPosition: expect.stringMatching(/^\d+$/) },
      consumers: expect.arrayContaining([expect.objectContaining({ name: 'incident-register', kind: 'projection' })]),
    });
    // The service runs in this process: hold its event loop for 200 ms and the next figures show it. (The monitor
    // takes its first sample after a read as a baseline, so the hold starts a few samples later.)
    await new Promise((resolve) => setTimeout(resolve, 50));
    const heldUntil = Date.now() + 200;
    while (Date.now() < heldUntil);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const held = await api.request('GET', '/api/metrics', { role: 'admin' });
    expect(held.body.eventLoopDelayMs.max).toBeGreaterThanOrEqual(150);
  });
});
