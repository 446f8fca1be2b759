import fc from 'fast-check';
import { ROLES, type Role } from '../../libs/platform/src/role';
import { pathSegment, queryString, requestBody, requestHeaders } from './support/arbitraries';
import { operationsOf, PUBLIC_ROUTES, referencesIn, resolve, routeName, type Operation } from './support/openapi';
import { allowedRoles, routeTarget, settledHead } from './support/probes';

/** Fixed, so a failure reproduces; FUZZ_SEED and FUZZ_RUNS explore further (e.g. FUZZ_RUNS=500 before a release). */
const SEED = Number(process.env.FUZZ_SEED ?? 20240101);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

interface Answer {
  status: number;
  text: string;
}

describe('generated bodies, headers, ids and query strings against every route in the OpenAPI document', () => {
  const target = routeTarget();

  const send = async (operation: Operation, path: string, query: string, headers: Record<string, string>, body?: string): Promise<Answer> => {
    const response = await fetch(`${target.api.baseUrl}${path}${query ? `?${query}` : ''}`, { method: operation.method, headers, body, signal: AbortSignal.timeout(30_000) });
    return { status: response.status, text: await response.text() };
  };

  function generatedRequest(operation: Operation, roles: Role[]) {
    const segments = fc.record(Object.fromEntries(operation.pathParameters.map((name) => [name, pathSegment(name, target.samples[name] ?? [])])));
    return fc.record({
      role: fc.constantFrom(...roles),
      path: segments.map((values) => operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] as string)),
      query: queryString(target.document, operation),
      headers: requestHeaders,
      body: operation.method === 'GET' ? fc.constant(undefined) : requestBody(target.document, operation.body),
    });
  }

  it('is driven by a target.document whose every schema reference resolves (else bodies are generated blind)', () => {
    const dangling = referencesIn(target.document).filter((reference) => resolve(target.document, { $ref: reference }) === undefined);
    expect([...new Set(dangling)]).toEqual([]);
  });

  it('answers every route below 500, and writes nothing unless it answered 2xx', async () => {
    const operations = operationsOf(target.document);
    expect(operations.length).toBeGreaterThan(30);
    for (const [index, operation] of operations.entries()) {
      const roles = PUBLIC_ROUTES.includes(routeName(operation)) ? ROLES.slice() : await allowedRoles(target.api, operation, target.samples);
      expect({ route: routeName(operation), allowedRoles: roles.length > 0 }).toEqual({ route: routeName(operation), allowedRoles: true });
      await fc.assert(
        fc.asyncProperty(generatedRequest(operation, roles), async (request) => {
          const before = await settledHead(target.api);
          // Without a content type of their own, bodies go as JSON (fetch would call a string text/plain).
          const headers = { 'content-type': 'application/json', ...request.headers, authorization: `Bearer ${target.api.tokens[request.role]}` };
          const answer = await send(operation, request.path, request.query, headers, request.body);
          const written = (await settledHead(target.api)) !== before;
          const mayWrite = answer.status >= 200 && answer.status < 300 && operation.method !== 'GET';
          if (answer.status >= 500 || (written && !mayWrite)) {
            throw new Error(`${routeName(operation)} answered ${answer.status}${written ? ' and wrote' : ''}: ${answer.text.slice(0, 300)}`);
          }
        }),
        { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
      );
    }
  }, 600_000);
});
