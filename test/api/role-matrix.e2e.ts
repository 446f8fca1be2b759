import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../libs/platform/src/role';
import { startTestApp, type TestApp } from '../support/test-app';
import { headPosition } from '../support/operations-fixtures';

/**
 * Routes × roles (SPEC 2 and 4): each role named in a row may pass the roles guard, every other role gets 403,
 * and a request without a token gets 401 unless the route is public. ONE ROW PER ROUTE: when you add a route,
 * add its row here (the last test fails, naming it, until you do). Path parameters in {braces} are filled with
 * a fresh UUID unless SAMPLE_PARAMETERS has a value for them. Requests carry an empty body, so allowed roles are
 * answered 400/404/422 and nothing is written.
 */
type Row = { method: 'GET' | 'POST'; path: string; allowed: Role[] | 'public' };

const READERS: Role[] = ['operations', 'legal', 'manager'];
const SAMPLE_PARAMETERS: Record<string, string> = { week: '2999-W01' }; // not ended: publishing it is refused 422, nothing written

const ROUTES: Row[] = [
  { method: 'GET', path: '/api/health', allowed: 'public' },
  { method: 'POST', path: '/api/auth/token', allowed: 'public' },
  { method: 'GET', path: '/api/metrics', allowed: ['admin'] },
  { method: 'GET', path: '/api/accounts', allowed: ['admin'] },
  { method: 'POST', path: '/api/accounts', allowed: ['admin'] },
  { method: 'POST', path: '/api/accounts/{id}/disable', allowed: ['admin'] },
  { method: 'POST', path: '/api/accounts/{id}/enable', allowed: ['admin'] },
  { method: 'POST', path: '/api/accounts/{id}/password-reset', allowed: ['admin'] },
  { method: 'POST', path: '/api/accounts/{id}/sessions-ended', allowed: ['admin'] },

  { method: 'POST', path: '/api/incidents', allowed: ['operations'] },
  { method: 'GET', path: '/api/incidents', allowed: READERS },
  { method: 'GET', path: '/api/incidents/{id}', allowed: READERS },
  { method: 'POST', path: '/api/incidents/{id}/amendments', allowed: ['operations'] },
  { method: 'POST', path: '/api/incidents/{id}/closure', allowed: ['operations'] },

  { method: 'POST', path: '/api/movements', allowed: ['operations'] },
  { method: 'GET', path: '/api/movements', allowed: READERS },
  { method: 'GET', path: '/api/movements/{id}', allowed: READERS },
  { method: 'POST', path: '/api/movements/{id}/amendments', allowed: ['operations'] },
  { method: 'POST', path: '/api/movements/{id}/withdrawal', allowed: ['operations'] },
  { method: 'POST', path: '/api/adviser-engagements', allowed: ['operations'] },
  { method: 'GET', path: '/api/adviser-engagements', allowed: READERS },
  { method: 'GET', path: '/api/adviser-engagements/{id}', allowed: READERS },
  { method: 'POST', path: '/api/adviser-engagements/{id}/amendments', allowed: ['operations'] },
  { method: 'POST', path: '/api/adviser-engagements/{id}/withdrawal', allowed: ['operations'] },

  { method: 'POST', path: '/api/risks', allowed: ['operations', 'manager'] },
  { method: 'GET', path: '/api/risks', allowed: READERS },
  { method: 'GET', path: '/api/risks/heatmap', allowed: READERS },
  { method: 'GET', path: '/api/risks/{id}', allowed: READERS },
  { method: 'POST', path: '/api/risks/{id}/assessments', allowed: ['operations', 'manager'] },
  { method: 'POST', path: '/api/risks/{id}/mitigations', allowed: ['operations', 'manager'] },
  { method: 'POST', path: '/api/risks/{id}/mitigations/{mid}/completion', allowed: ['operations', 'manager'] },
  { method: 'POST', path: '/api/risks/{id}/closure', allowed: ['operations', 'manager'] },

  { method: 'POST', path: '/api/casualty-reviews', allowed: ['operations', 'legal'] },
  { method: 'GET', path: '/api/casualty-reviews', allowed: READERS },
  { method: 'GET', path: '/api/casualty-reviews/{id}', allowed: READERS },
  { method: 'POST', path: '/api/casualty-reviews/{id}/assessment', allowed: ['legal'] },
  { method: 'POST', path: '/api/casualty-reviews/{id}/investigation', allowed: ['legal'] },
  { method: 'POST', path: '/api/casualty-reviews/{id}/conclusion', allowed: ['legal'] },
  { method: 'POST', path: '/api/casualty-reviews/{id}/reopening', allowed: ['legal'] },

  { method: 'GET', path: '/api/parliamentary-notifications', allowed: ['legal', 'manager'] },
  { method: 'GET', path: '/api/parliamentary-notifications/{id}', allowed: ['legal', 'manager'] },
  { method: 'POST', path: '/api/parliamentary-notifications/{id}/draft', allowed: ['legal'] },
  { method: 'POST', path: '/api/parliamentary-notifications/{id}/approval', allowed: ['manager'] },
  { method: 'POST', path: '/api/parliamentary-notifications/{id}/dispatch', allowed: ['legal', 'manager'] },

  { method: 'GET', path: '/api/overviews/weekly/{week}', allowed: READERS },
  { method: 'POST', path: '/api/overviews/weekly/{week}/publication', allowed: ['manager'] },
  { method: 'GET', path: '/api/reports/progress', allowed: ['manager'] },
];

const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_match, name: string) => SAMPLE_PARAMETERS[name] ?? randomUUID());

describe('role matrix: routes × roles', () => {
  let api: TestApp;
  let head: bigint;
  beforeAll(async () => {
    api = await startTestApp();
    head = await headPosition(api);
  });
  afterAll(() => api.close());

  const send = (row: Row, role?: Role) => api.request(row.method, concrete(row.path), { role, body: row.method === 'POST' ? {} : undefined });

  describe.each(ROUTES)('$method $path', (row) => {
    it.each(ROLES.map((role) => [role, row.allowed === 'public' || row.allowed.includes(role)] as const))('%s allowed: %s', async (role, allowed) => {
      const answer = await send(row, role);
      if (allowed) expect([401, 403]).not.toContain(answer.status);
      else expect(answer.status).toBe(403);
      expect(answer.status).toBeLessThan(500);
    });

    it(row.allowed === 'public' ? 'is open without a token' : 'needs a token (401)', async () => {
      const answer = await send(row);
      if (row.allowed === 'public') expect([401, 403]).not.toContain(answer.status);
      else expect(answer.status).toBe(401);
    });
  });

  it('wrote nothing while trying every route with every role', async () => {
    expect(await headPosition(api)).toBe(head);
  });

  it('has a row for every route in the OpenAPI document', async () => {
    const document = (await api.request('GET', '/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const inMatrix = new Set(ROUTES.map((row) => `${row.method} ${row.path}`));
    expect(documented.filter((route) => !inMatrix.has(route))).toEqual([]);
    expect([...inMatrix].filter((route) => !documented.includes(route))).toEqual([]);
  });
});
