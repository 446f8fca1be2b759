import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

// The pages are built by `npm test`'s pretest step (npm run build:web) before jest starts.
describe('web pages served by the API process', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers the app shell at the root and at deep links, so reloads work', async () => {
    for (const path of ['/', '/incidents/3f1c2d4e-0000-4000-8000-000000000000', '/overviews/weekly/2024-W05?x=1']) {
      const answer = await api.request('GET', path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.body).toContain('<div id="app"></div>');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year and leaves /api to the API', async () => {
    const script = readdirSync(join(__dirname, '..', '..', 'apps', 'web', 'dist', 'assets')).find((name) => name.endsWith('.js'));
    const asset = await api.request('GET', `/assets/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const unknownApi = await api.request('GET', '/api/no-such-route');
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.body).toMatchObject({ statusCode: 404 });
    expect((await api.request('GET', '/assets/missing.js')).status).toBe(404);
    expect((await api.request('GET', '/%E0%A4%A')).status).toBe(400); // a malformed URL is refused, never a 500
  });

  it('hands out no source maps: none is built, none is named in a script, none is served', async () => {
    const assets = readdirSync(join(__dirname, '..', '..', 'apps', 'web', 'dist', 'assets'));
    expect(assets.filter((name) => name.endsWith('.map'))).toEqual([]);
    for (const script of assets.filter((name) => name.endsWith('.js'))) {
      const answer = await api.request('GET', `/assets/${script}`);
      expect([script, answer.body]).not.toEqual([script, expect.stringContaining('sourceMappingURL')]);
      expect((await api.request('GET', `/assets/${script}.map`)).status).toBe(404);
    }
  });
});
