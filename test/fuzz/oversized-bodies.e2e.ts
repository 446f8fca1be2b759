import { request } from 'node:http';
import { BODY_LIMIT_BYTES } from '../../apps/api/src/create-app';
import { startTestApp, type TestApp } from '../support/test-app';
import { operationsOf, type OpenApiDocument } from './support/openapi';

/** A JSON object of exactly `bytes` bytes. */
const jsonOfSize = (bytes: number) => JSON.stringify({ summary: 'x'.repeat(bytes - '{"summary":""}'.length) });

/** Sends the body in 64 KiB chunks with no Content-Length, so the server can only count as it reads. */
function postChunked(baseUrl: string, path: string, token: string, body: string): Promise<number> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const sending = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (response) => (response.resume(), resolve(response.statusCode!)),
    );
    // The server may answer 413 and close before it has read everything: that answer is what counts.
    sending.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (let start = 0; start < body.length; start += 65_536) sending.write(body.slice(start, start + 65_536));
    sending.end();
  });
}

describe(`bodies over the limit (${BODY_LIMIT_BYTES} bytes) on every route that takes one`, () => {
  let api: TestApp;
  let writeRoutes: string[];
  const head = async () => (await api.request('GET', '/api/health', { role: 'admin' })).body.eventStore.headPosition;

  beforeAll(async () => {
    api = await startTestApp();
    const document: OpenApiDocument = (await api.request('GET', '/api/docs-json')).body;
    // Path parameters get a well-formed id: the size check must come before anything looks at the item.
    writeRoutes = operationsOf(document)
      .filter((operation) => operation.method !== 'GET')
      .map((operation) => `${operation.method} ${operation.path.replace(/\{\w+\}/g, '3f0e4c1e-8d0a-4d8b-9a53-2f1b8a1c9e77')}`);
  });
  afterAll(() => api.close());

  it('are answered 413, with or without Content-Length, and write nothing', async () => {
    expect(writeRoutes.length).toBeGreaterThan(15);
    const before = await head();
    const oversized = jsonOfSize(BODY_LIMIT_BYTES + 1);
    for (const route of writeRoutes) {
      const [method, path] = route.split(' ');
      const declared = await api.request(method, path, { role: 'operations', body: oversized });
      const chunked = await postChunked(api.baseUrl, path, api.tokens.operations, jsonOfSize(4 * BODY_LIMIT_BYTES));
      expect({ route, declared: declared.status, chunked }).toEqual({ route, declared: 413, chunked: 413 });
    }
    expect(await head()).toBe(before);
  });

  it('a body just within the limit is read and judged on its content (400 for this one), not refused for size', async () => {
    const answer = await api.request('POST', '/api/incidents', { role: 'operations', body: jsonOfSize(BODY_LIMIT_BYTES) });
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toHaveProperty('summary');
  });
});
