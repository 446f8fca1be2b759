import { ROLES } from '../../libs/platform/src/role';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

/** An account from one address has five free failures, then waits 1 s, 2 s, 4 s ... (sign-in-throttle.ts). */
const FREE_FAILURES = 5;
const HELD_BACK = [401, 401, 401, 401, 401, 429];

describe('repeated failed sign-ins', () => {
  let api: TestApp;
  let clock: number;
  let minutesAhead = 0;
  beforeAll(async () => {
    api = await startTestApp();
  });
  // The throttle reads Date.now(): a stopped clock makes "within the lock" and "after it" exact, however slow argon2 is.
  // Each test starts a minute later, so the per-address limit of 30 failed sign-ins a minute starts afresh.
  beforeEach(() => {
    clock = Date.now() + ++minutesAhead * 61_000;
    jest.spyOn(Date, 'now').mockImplementation(() => clock);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const signIn = (username: string, password: string) => api.request('POST', '/api/auth/token', { body: { username, password } });
  const statusesOf = async (username: string, attempts: number) => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < attempts; attempt++) statuses.push((await signIn(username, `wrong ${attempt}`)).status);
    return statuses;
  };

  it('holds an account back after five failures (429, Retry-After), even for the right password; others are unaffected', async () => {
    expect(await statusesOf('legal-user', FREE_FAILURES + 1)).toEqual(HELD_BACK);
    const held = await signIn('legal-user', TEST_PASSWORD);
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toBe('1');
    expect(held.body.accessToken).toBeUndefined();
    expect((await signIn('operations-user', TEST_PASSWORD)).status).toBe(200);
  });

  it('lets the account try again once Retry-After has passed, doubles the wait after each failure, forgets on success', async () => {
    clock += 1000;
    expect((await signIn('legal-user', 'still wrong')).status).toBe(401);
    expect((await signIn('legal-user', TEST_PASSWORD)).headers.get('retry-after')).toBe('2');
    clock += 2000;
    expect((await signIn('legal-user', TEST_PASSWORD)).status).toBe(200);
    // Seven failures would now mean a 4 s lock; after the success this one is the first again.
    expect((await signIn('legal-user', 'wrong once more')).status).toBe(401);
  });

  it('answers an unknown username exactly like a known one, so lockout does not reveal which accounts exist', async () => {
    expect(await statusesOf('nobody-by-this-name', FREE_FAILURES + 1)).toEqual(HELD_BACK);
    const [wrongPassword, noSuchUser] = [await signIn('manager-user', 'not it'), await signIn('no-one', 'not it')];
    expect(noSuchUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(noSuchUser.body);
  });

  it('limits any one address to 30 failed sign-ins a minute, whichever accounts they name, with Retry-After', async () => {
    for (let attempt = 0; attempt < 30; attempt++) expect((await signIn(`guess-${attempt}`, 'Winter2024!')).status).toBe(401);
    const limited = await signIn('manager-user', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    // No proxy is trusted here: a client cannot escape the limit by naming another address.
    const spoofed = await api.request('POST', '/api/auth/token', { body: { username: 'manager-user', password: TEST_PASSWORD }, headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(spoofed.status).toBe(429);
  });

  it('counts neither successful nor malformed sign-ins, so colleagues signing in behind one address are never refused', async () => {
    for (let attempt = 0; attempt < 40; attempt++) expect((await signIn('operations-user', TEST_PASSWORD)).status).toBe(200);
    for (let attempt = 0; attempt < 40; attempt++) {
      expect((await api.request('POST', '/api/auth/token', { body: { username: `guess-${attempt}` } })).status).toBe(400);
    }
    expect((await signIn('manager-user', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('the per-address sign-in limit behind a trusted reverse proxy (TRUST_PROXY)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ TRUST_PROXY: '127.0.0.1,::1' });
  });
  afterAll(() => api.close());

  const signInFrom = (client: string, body: Record<string, string>) => api.request('POST', '/api/auth/token', { body, headers: { 'x-forwarded-for': client } });

  it('counts each client the proxy names, so one noisy client does not lock out everyone behind it', async () => {
    for (let attempt = 0; attempt < 30; attempt++) expect((await signInFrom('203.0.113.5', { username: `guess-${attempt}`, password: 'Winter2024!' })).status).toBe(401);
    expect((await signInFrom('203.0.113.5', { username: 'manager-user', password: TEST_PASSWORD })).status).toBe(429);
    expect((await signInFrom('203.0.113.6', { username: 'manager-user', password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('the flood cap on sign-in requests', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('refuses an address its 301st sign-in request of a minute to one instance, whatever it contains', async () => {
    // The test setup signed in once per role from this address: those count too.
    for (let attempt = ROLES.length; attempt < 300; attempt++) {
      expect((await api.request('POST', '/api/auth/token', { body: { username: `flood-${attempt}` } })).status).toBe(400);
    }
    const capped = await api.request('POST', '/api/auth/token', { body: { username: 'manager-user', password: TEST_PASSWORD } });
    expect(capped.status).toBe(429);
  });
});
