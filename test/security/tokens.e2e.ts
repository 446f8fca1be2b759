import { JwtService } from '@nestjs/jwt';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { operationsOf, PUBLIC_ROUTES, routeName, type OpenApiDocument } from '../fuzz/support/openapi';
import { startTestApp, type TestApp } from '../support/test-app';

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token assembled by hand, so header and signature can be anything an attacker might send. */
function handMadeToken(header: object, claims: object, sign: (input: string) => string): string {
  const input = `${base64url(header)}.${base64url(claims)}`;
  return `${input}.${sign(input)}`;
}

describe('bearer tokens that must not be accepted', () => {
  let api: TestApp;
  let secret: string;
  const now = () => Math.floor(Date.now() / 1000);
  const managerClaims = () => ({ sub: 'manager-user', role: 'manager', iat: now(), exp: now() + 600 });
  const hmac = (algorithm: 'sha256' | 'sha512', key: string | Buffer) => (input: string) =>
    createHmac(algorithm, key).update(input).digest('base64url');

  beforeAll(async () => {
    api = await startTestApp();
    secret = api.config.jwtSecret;
  });
  afterAll(() => api.close());

  const statusWith = async (token: string) =>
    (await api.request('GET', '/api/metrics', { headers: { authorization: `Bearer ${token}` } })).status;

  it('accepts the genuine article, so the refusals below are about the token and nothing else', async () => {
    const genuine = handMadeToken({ alg: 'HS256', typ: 'JWT' }, { ...managerClaims(), sub: 'admin-user', role: 'admin' }, hmac('sha256', secret));
    expect(await statusWith(genuine)).toBe(200);
  });

  it('refuses an expired token', async () => {
    const expired = new JwtService({ secret }).sign({ sub: 'admin-user', role: 'admin', iat: now() - 1000, exp: now() - 10 });
    expect(await statusWith(expired)).toBe(401);
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = api.tokens.operations.split('.');
    const claims = JSON.parse(Buffer.from(api.tokens.operations.split('.')[1], 'base64url').toString());
    const promoted = `${header}.${base64url({ ...claims, role: 'admin' })}.${signature}`;
    expect(await statusWith(promoted)).toBe(401);
    const flipped = `${api.tokens.admin.slice(0, -2)}${api.tokens.admin.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await statusWith(flipped)).toBe(401);
  });

  it('refuses alg none, with or without a signature', async () => {
    const claims = { ...managerClaims(), sub: 'admin-user', role: 'admin' };
    for (const alg of ['none', 'None', 'NONE']) {
      expect(await statusWith(handMadeToken({ alg, typ: 'JWT' }, claims, () => ''))).toBe(401);
      expect(await statusWith(handMadeToken({ alg, typ: 'JWT' }, claims, hmac('sha256', secret)))).toBe(401);
    }
  });

  it('refuses HS512 signed with the real secret: only HS256 is accepted', async () => {
    const claims = { ...managerClaims(), sub: 'admin-user', role: 'admin' };
    expect(await statusWith(handMadeToken({ alg: 'HS512', typ: 'JWT' }, claims, hmac('sha512', secret)))).toBe(401);
  });

  it('refuses an RS256 header, whether HMAC-signed with the secret (key confusion) or truly RSA-signed', async () => {
    const claims = { ...managerClaims(), sub: 'admin-user', role: 'admin' };
    expect(await statusWith(handMadeToken({ alg: 'RS256', typ: 'JWT' }, claims, hmac('sha256', secret)))).toBe(401);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsa = new JwtService({ privateKey, signOptions: { algorithm: 'RS256' } }).sign(claims);
    expect(await statusWith(rsa)).toBe(401);
  });

  it('refuses a token signed with another secret, and claims without a subject or with an unknown role', async () => {
    const claims = { ...managerClaims(), sub: 'admin-user', role: 'admin' };
    expect(await statusWith(handMadeToken({ alg: 'HS256' }, claims, hmac('sha256', `${secret}x`)))).toBe(401);
    expect(await statusWith(handMadeToken({ alg: 'HS256' }, { ...claims, sub: undefined }, hmac('sha256', secret)))).toBe(401);
    expect(await statusWith(handMadeToken({ alg: 'HS256' }, { ...claims, role: 'root' }, hmac('sha256', secret)))).toBe(401);
  });

  it('refuses malformed Authorization headers', async () => {
    const token = api.tokens.admin;
    for (const authorization of [token, `Basic ${token}`, `Bearer`, `Bearer  ${token}`, `Bearer ${token}.x`, 'Bearer a.b.c']) {
      const answer = await api.request('GET', '/api/metrics', { headers: { authorization } });
      expect({ authorization, status: answer.status }).toEqual({ authorization, status: 401 });
    }
  });

  it('refuses forged tokens on every non-public route of the OpenAPI document (the role matrix tries no token at all)', async () => {
    const claims = { ...managerClaims(), sub: 'admin-user', role: 'admin' };
    const forged = {
      expired: new JwtService({ secret }).sign({ ...claims, iat: now() - 1000, exp: now() - 10 }),
      none: handMadeToken({ alg: 'none' }, claims, () => ''),
      otherKey: handMadeToken({ alg: 'HS256' }, claims, hmac('sha256', 'not the secret')),
    };
    const document: OpenApiDocument = (await api.request('GET', '/api/docs-json')).body;
    const routes = operationsOf(document).filter((operation) => !PUBLIC_ROUTES.includes(routeName(operation)));
    expect(routes.length).toBeGreaterThan(25);
    for (const operation of routes) {
      const path = operation.path.replace(/\{\w+\}/g, '2024-W05');
      for (const [kind, token] of Object.entries(forged)) {
        const answer = await api.request(operation.method, path, { headers: { authorization: `Bearer ${token}` }, body: operation.method === 'GET' ? undefined : {} });
        expect({ route: routeName(operation), kind, status: answer.status }).toEqual({ route: routeName(operation), kind, status: 401 });
      }
    }
  });
});
