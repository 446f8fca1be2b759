import { instanceOnSameStore } from '../support/second-instance';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'another long enough password';
/** The proxy in front (the test itself) names each client, so every test can sign in from addresses of its own. */
const BEHIND_PROXY = { TRUST_PROXY: '127.0.0.1,::1' };

describe('account administration (SPEC 2) and sign-in limits (issue 10)', () => {
  let api: TestApp;
  let accounts = 0;
  beforeAll(async () => {
    api = await startTestApp(BEHIND_PROXY);
  });
  afterAll(() => api.close());

  const admin = (path: string, body: unknown = {}, headers: Record<string, string> = {}) =>
    api.request('POST', `/api/accounts${path}`, { role: 'admin', body, headers });
  const signIn = (username: string, password: string, from = '198.51.100.1', on = api) =>
    on.request('POST', '/api/auth/token', { body: { username, password }, headers: { 'x-forwarded-for': from } });
  const withToken = (token: string) => api.request('GET', '/api/incidents', { headers: { authorization: `Bearer ${token}` } });
  /** A new legal account and a token it signed in for. */
  const signedInAccount = async () => {
    const username = `jurist-${++accounts}`;
    expect((await admin('', { username, role: 'legal', password: PASSWORD })).status).toBe(201);
    const answer = await signIn(username, PASSWORD);
    expect(answer.status).toBe(200);
    expect((await withToken(answer.body.accessToken)).status).toBe(200);
    return { username, token: answer.body.accessToken as string };
  };
  const listed = async (username: string) =>
    (await api.request('GET', '/api/accounts?pageSize=500', { role: 'admin' })).body.items.find((item: { id: string }) => item.id === username);

  describe('disabling and enabling', () => {
    it('refuses every token the account was given from the next request, and its sign-in like a wrong password', async () => {
      const { username, token } = await signedInAccount();
      expect(await admin(`/${username}/disable`)).toMatchObject({ status: 200, body: { id: username, revision: 1 } });
      expect((await withToken(token)).status).toBe(401);
      const [disabled, wrong] = [await signIn(username, PASSWORD), await signIn('legal-user', 'not the password')];
      expect(disabled.status).toBe(401);
      expect(disabled.body).toEqual(wrong.body);
      expect(await listed(username)).toEqual({ id: username, username, role: 'legal', status: 'DISABLED', revision: 1, registeredAt: expect.any(String) });
    });

    it('lets the account sign in again once enabled; tokens from before it was disabled stay refused', async () => {
      const { username, token } = await signedInAccount();
      await admin(`/${username}/disable`);
      expect(await admin(`/${username}/enable`)).toMatchObject({ status: 200, body: { revision: 2 } });
      expect((await withToken(token)).status).toBe(401);
      const again = await signIn(username, PASSWORD);
      expect(again.status).toBe(200);
      expect((await withToken(again.body.accessToken)).status).toBe(200);
      expect(await listed(username)).toMatchObject({ status: 'ACTIVE', revision: 2 });
    });

    it('refuses to disable a disabled account or enable an active one (422), and answers 404 for an unknown account', async () => {
      const { username } = await signedInAccount();
      expect((await admin(`/${username}/enable`)).status).toBe(422);
      await admin(`/${username}/disable`);
      expect(await admin(`/${username}/disable`)).toMatchObject({ status: 422, body: { message: expect.stringMatching(/already disabled/) } });
      for (const step of ['disable', 'enable', 'sessions-ended']) expect((await admin(`/nobody-here/${step}`)).status).toBe(404);
      expect((await admin('/nobody-here/password-reset', { password: NEW_PASSWORD })).status).toBe(404);
    });
  });

  describe('resetting a password and ending sessions', () => {
    it('a password reset refuses old tokens and the old password; the new password signs in', async () => {
      const { username, token } = await signedInAccount();
      expect((await admin(`/${username}/password-reset`, { password: NEW_PASSWORD })).status).toBe(200);
      expect((await withToken(token)).status).toBe(401);
      expect((await signIn(username, PASSWORD)).status).toBe(401);
      const fresh = await signIn(username, NEW_PASSWORD);
      expect(fresh.status).toBe(200);
      expect((await withToken(fresh.body.accessToken)).status).toBe(200);
    });

    it('ending the sessions refuses every earlier token at once; the person signs in again as before', async () => {
      const { username, token } = await signedInAccount();
      const second = (await signIn(username, PASSWORD)).body.accessToken;
      expect((await admin(`/${username}/sessions-ended`)).status).toBe(200);
      expect([(await withToken(token)).status, (await withToken(second)).status]).toEqual([401, 401]);
      const again = await signIn(username, PASSWORD);
      expect((await withToken(again.body.accessToken)).status).toBe(200);
    });

    it('holds the new password to the rule of a new account, naming the field; never a 500', async () => {
      const { username } = await signedInAccount();
      const short = await admin(`/${username}/password-reset`, { password: 'too short' });
      expect(short).toMatchObject({ status: 400, body: { fields: { password: [expect.stringMatching(/at least 12/)] } } });
      expect((await admin(`/${username}/password-reset`, {})).body.fields).toHaveProperty('password');
      expect((await admin(`/${username}/disable`, { reason: 'x' })).body.fields).toHaveProperty('reason');
      expect((await admin('/Not%20A%20Name/disable')).body.fields).toHaveProperty('id');
      expect((await admin(`/${username}/disable`, { expectedRevision: -1 })).body.fields).toHaveProperty('expectedRevision');
    });

    it('takes expectedRevision (409 when stale) and Idempotency-Key (a retry is answered, not repeated)', async () => {
      const { username } = await signedInAccount();
      expect((await admin(`/${username}/sessions-ended`, { expectedRevision: 5 })).status).toBe(409);
      const first = await admin(`/${username}/sessions-ended`, { expectedRevision: 0 }, { 'idempotency-key': `end-${username}` });
      const retry = await admin(`/${username}/sessions-ended`, { expectedRevision: 0 }, { 'idempotency-key': `end-${username}` });
      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(retry.body).toEqual(first.body);
      const reset = { password: NEW_PASSWORD };
      const resetOnce = await admin(`/${username}/password-reset`, reset, { 'idempotency-key': `reset-${username}` });
      expect(await admin(`/${username}/password-reset`, reset, { 'idempotency-key': `reset-${username}` })).toMatchObject({ status: 200, body: resetOnce.body });
      expect((await admin(`/${username}/password-reset`, { password: `${NEW_PASSWORD}!` }, { 'idempotency-key': `reset-${username}` })).status).toBe(409);
      expect(await listed(username)).toMatchObject({ revision: 2 });
    });
  });

  describe('the list', () => {
    it('is paged like every other list and shows no password hash', async () => {
      await signedInAccount();
      const all = await api.request('GET', '/api/accounts', { role: 'admin' });
      expect(all.body).toEqual({ items: expect.any(Array), total: all.body.items.length, page: 1, pageSize: 50 });
      expect(all.body.items[0]).toEqual({ id: expect.any(String), username: expect.any(String), role: expect.any(String), status: 'ACTIVE', revision: expect.any(Number), registeredAt: expect.any(String) });
      const second = await api.request('GET', '/api/accounts?page=2&pageSize=2', { role: 'admin' });
      expect(second.body).toMatchObject({ items: all.body.items.slice(2, 4), total: all.body.total, page: 2, pageSize: 2 });
      expect((await api.request('GET', '/api/accounts?pageSize=501', { role: 'admin' })).body.fields).toHaveProperty('pageSize');
      expect(JSON.stringify(all.body)).not.toContain('argon2');
    });
  });

  describe('failed sign-ins, per account and client address', () => {
    let clock: number;
    // A stopped clock makes "held back" and "free again" exact however slow argon2 is; each test has its own addresses.
    beforeEach(() => {
      clock = Date.now();
      jest.spyOn(Date, 'now').mockImplementation(() => clock);
    });
    afterEach(() => jest.restoreAllMocks());

    const failFrom = async (username: string, from: string, times: number, on = api) => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < times; attempt++) statuses.push((await signIn(username, `wrong ${attempt}`, from, on)).status);
      return statuses;
    };

    it("holds back the guesser's address, while the real user signs in from an address that has not failed", async () => {
      const { username } = await signedInAccount();
      expect(await failFrom(username, '203.0.113.66', 6)).toEqual([401, 401, 401, 401, 401, 429]);
      const held = await signIn(username, PASSWORD, '203.0.113.66');
      expect([held.status, held.headers.get('retry-after'), held.body.accessToken]).toEqual([429, '1', undefined]);
      expect((await signIn(username, PASSWORD, '198.51.100.23')).status).toBe(200);
    });

    it('slows a guesser spread over many addresses: once an account has 10 failures in an hour, each failed address waits an hour', async () => {
      const { username } = await signedInAccount();
      for (let address = 1; address <= 10; address++) expect(await failFrom(username, `203.0.113.${address}`, 1)).toEqual([401]);
      const again = await signIn(username, 'guess again', '203.0.113.1');
      expect([again.status, again.headers.get('retry-after')]).toEqual([429, '3600']);
      expect(await failFrom(username, '203.0.113.11', 1)).toEqual([401]);
      expect((await signIn(username, PASSWORD, '198.51.100.24')).status).toBe(200);
      clock += 3_600_000;
      expect(await failFrom(username, '203.0.113.1', 1)).toEqual([401]);
    });

    it('answers an unknown username exactly like a known one, held back alike', async () => {
      const unknown = await failFrom('nobody-by-this-name', '203.0.113.77', 6);
      const known = await failFrom('manager-user', '203.0.113.78', 6);
      expect(unknown).toEqual(known);
      const [noSuchUser, wrongPassword] = [await signIn('no-one-at-all', 'x', '203.0.113.79'), await signIn('manager-user', 'x', '203.0.113.79')];
      expect([noSuchUser.status, noSuchUser.body]).toEqual([wrongPassword.status, wrongPassword.body]);
    });

    it('shares the count between two instances on one data directory', async () => {
      const { username } = await signedInAccount();
      const second = await instanceOnSameStore(api, api.config.dataDir, BEHIND_PROXY);
      try {
        expect(await failFrom(username, '203.0.113.90', 3)).toEqual([401, 401, 401]);
        expect(await failFrom(username, '203.0.113.90', 3, second)).toEqual([401, 401, 429]);
        expect((await signIn(username, PASSWORD, '203.0.113.90')).status).toBe(429);
        expect((await signIn(username, PASSWORD, '198.51.100.25', second)).status).toBe(200);
      } finally {
        await second.close();
      }
    }, 120_000);
  });
});

