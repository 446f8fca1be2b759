import { ROLES, type Role } from '../../../libs/platform/src/role';
import type { TestApp } from '../../support/test-app';
import type { Operation } from './openapi';

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
