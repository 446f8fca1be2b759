import { startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

const FOREIGN_ORIGIN = 'https://evil.example';

/** Headers helmet sets; the content security policy is checked at work in test/browser/content-security.e2e.ts. */
const EXPECTED_HEADERS: Record<string, string | RegExp> = {
  'content-security-policy': /^default-src 'self';script-src 'self';.*frame-ancestors 'none'$/,
  'x-content-type-options': 'nosniff',
  'x-frame-options': /^(SAMEORIGIN|DENY)$/,
  'strict-transport-security': /max-age=\d{7,}/,
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
};

describe('security headers and CORS', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** Answers of every kind: success, each refusal, JSON and HTML, and one refused before any route ran. */
  const samples = () => [
    api.request('GET', '/api/health'),
    api.request('GET', '/api/incidents', { role: 'operations' }),
    api.request('GET', '/api/incidents'),
    api.request('GET', '/api/metrics', { role: 'operations' }),
    api.request('GET', '/api/incidents/not-a-uuid', { role: 'operations' }),
    api.request('GET', '/api/no-such-route', { role: 'operations' }),
    api.request('POST', '/api/incidents', { role: 'operations', body: '{"cut off' }),
    api.request('POST', '/api/incidents', { role: 'operations', body: JSON.stringify({ summary: 'x'.repeat(300_000) }) }),
    api.request('GET', '/api/docs'),
    api.request('GET', '/'),
  ];

  it('sends the security headers on every kind of answer, and no X-Powered-By', async () => {
    const answers = await Promise.all(samples());
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 401, 403, 400, 404, 400, 413, 200, 200]);
    for (const answer of answers) {
      const actual = Object.fromEntries(Object.keys(EXPECTED_HEADERS).map((name) => [name, answer.headers.get(name)]));
      for (const [name, expected] of Object.entries(EXPECTED_HEADERS)) {
        expect({ status: answer.status, [name]: actual[name] }).toEqual({ status: answer.status, [name]: typeof expected === 'string' ? expected : expect.stringMatching(expected) });
      }
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets no browser or proxy keep an API answer (tokens, personal data), while pages and assets stay cacheable', async () => {
    const answers = await Promise.all([
      ...samples(),
      api.request('POST', '/api/auth/token', { body: { username: 'operations-user', password: TEST_PASSWORD } }),
      api.request('POST', '/api/auth/token', { body: { username: 'operations-user', password: 'wrong' } }),
    ]);
    const paths = ['/api/health', '/api/incidents', '/api/incidents', '/api/metrics', '/api/incidents/not-a-uuid', '/api/no-such-route', '/api/incidents', '/api/incidents', '/api/docs', '/', '/api/auth/token', '/api/auth/token'];
    const cacheControl = answers.map((answer, index) => [paths[index], answer.status, answer.headers.get('cache-control')]);
    expect(cacheControl).toEqual(paths.map((path, index) => [path, answers[index].status, path.startsWith('/api') ? 'no-store' : 'no-cache']));
  });

  it('grants a foreign origin nothing: no Access-Control-Allow-Origin on answers', async () => {
    for (const [method, path, role] of [['GET', '/api/health', undefined], ['GET', '/api/incidents', 'operations'], ['POST', '/api/auth/token', undefined]] as const) {
      const answer = await api.request(method, path, { role, headers: { origin: FOREIGN_ORIGIN }, body: method === 'POST' ? { username: 'x', password: 'y' } : undefined });
      expect({ path, allowOrigin: answer.headers.get('access-control-allow-origin'), credentials: answer.headers.get('access-control-allow-credentials') }).toEqual({
        path,
        allowOrigin: null,
        credentials: null,
      });
    }
  });

  it('refuses a preflight from a foreign origin: not 2xx, and no Access-Control-Allow-* headers', async () => {
    for (const path of ['/api/incidents', '/api/auth/token', '/api/accounts']) {
      const preflight = await api.request('OPTIONS', path, {
        headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      const granted = [...preflight.headers.keys()].filter((name) => name.startsWith('access-control-allow-'));
      expect({ path, ok: preflight.status >= 200 && preflight.status < 300, granted }).toEqual({ path, ok: false, granted: [] });
    }
  });
});
