import { ROLES, type Role } from '../../../libs/platform/src/role';
import { startTestApp, type TestApp } from '../../support/test-app';
import type { OpenApiDocument, Operation } from './openapi';
import { sampleItems } from './sample-items';

/** The store's head once every projection and process manager has caught up with it: unchanged = nothing written. */
export async function settledHead(api: TestApp): Promise<string> {
  for (;;) {
    const health = (await api.request('GET', '/api/health', { role: 'admin' })).body;
    if (health.projections.every((consumer: { lag: string }) => consumer.lag === '0')) return health.eventStore.headPosition;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Roles that get past the roles guard: probed with an empty request, as a client would discover them. */
export async function allowedRoles(api: TestApp, operation: Operation, samples: Record<string, string[]>): Promise<Role[]> {
  const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => samples[name]?.[0] ?? 'x');
  const allowed: Role[] = [];
  for (const role of ROLES) {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method: operation.method,
      headers: { authorization: `Bearer ${api.tokens[role]}`, 'content-type': 'application/json' },
      body: operation.method === 'GET' ? undefined : '{}',
    });
    await response.arrayBuffer();
    if (response.status !== 401 && response.status !== 403) allowed.push(role);
  }
  return allowed;
}

export interface RouteTarget {
  api: TestApp;
  document: OpenApiDocument;
  /** Ids of real items by path parameter name, so a request can get past the 404. */
  samples: Record<string, string[]>;
}

/** The service with an item of each kind and its OpenAPI document, started before and closed after a describe block. */
export function routeTarget(): RouteTarget {
  const target = {} as RouteTarget;
  beforeAll(async () => {
    target.api = await startTestApp();
    target.document = (await target.api.request('GET', '/api/docs-json')).body;
    target.samples = await sampleItems(target.api);
  }, 120_000);
  afterAll(() => target.api.close());
  return target;
}
