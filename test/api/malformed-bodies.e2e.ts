import fc from 'fast-check';
import type { Role } from '../../libs/platform/src/role';
import { startTestApp, type TestApp } from '../support/test-app';
import { engagementBody, headPosition, identifyRisk, incidentBody, movementBody, reportIncident, riskBody } from '../support/operations-fixtures';

/**
 * Property: whatever malformed body reaches a POST endpoint, the answer is a 4xx and nothing is written.
 * Bodies are valid ones broken in ways that no DTO accepts (a required field removed or given a value of a kind
 * no field takes, an unknown field, a body that is not an object or not JSON), one to three breaks at a time.
 */
type Endpoint = { name: string; path: () => string; role: Role; valid: () => Record<string, unknown>; required: string[] };

/** Unknown keys include the names of Object.prototype members, which class-transformer would otherwise drop unseen. */
const UNKNOWN_KEYS = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'admin', 'status', 'id_', ''),
  fc.string().map((key) => `x_${key}`),
);

/** A value no field of that kind accepts: scalars never take objects, arrays or null; objects never take scalars. */
function wrongKindOf(value: unknown): fc.Arbitrary<unknown> {
  return value !== null && typeof value === 'object'
    ? fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }))
    : fc.oneof(fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }));
}

type Break = (body: Record<string, unknown>) => Record<string, unknown>;

function breaks(endpoint: Endpoint): fc.Arbitrary<Break> {
  const fields = Object.keys(endpoint.valid());
  const remove = () =>
    fc.constantFrom(...endpoint.required).map((field): Break => (body) => {
      const { [field]: _removed, ...rest } = body;
      return rest;
    });
  const retype = fc.constantFrom(...fields).chain((field) => wrongKindOf(endpoint.valid()[field]).map((wrong): Break => (body) => ({ ...body, [field]: wrong })));
  const extra = fc.tuple(UNKNOWN_KEYS, fc.jsonValue()).map(([key, value]): Break => (body) => {
    const broken = { ...body };
    Object.defineProperty(broken, key, { value, enumerable: true, configurable: true, writable: true });
    return broken;
  });
  return endpoint.required.length > 0 ? fc.oneof(remove(), retype, extra) : fc.oneof(retype, extra);
}

function malformedBody(endpoint: Endpoint): fc.Arbitrary<string> {
  const brokenObject = fc.array(breaks(endpoint), { minLength: 1, maxLength: 3 }).map((all) => JSON.stringify(all.reduce((body, apply) => apply(body), endpoint.valid())));
  const notAnObject = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.array(fc.jsonValue(), { maxLength: 4 })).map((value) => JSON.stringify(value));
  const notJson = fc.string({ minLength: 1 }).filter((text) => !isJson(text));
  return fc.oneof({ weight: 6, arbitrary: brokenObject }, { weight: 1, arbitrary: notAnObject }, { weight: 1, arbitrary: notJson });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('malformed bodies never produce a 5xx or a write', () => {
  let api: TestApp;
  let incidentId: string;
  let riskId: string;
  let mitigationId: string;
  beforeAll(async () => {
    api = await startTestApp();
    incidentId = (await reportIncident(api)).id;
    riskId = (await identifyRisk(api)).id;
    const added = await api.request('POST', `/api/risks/${riskId}/mitigations`, { role: 'manager', body: { description: 'Bunkers', owner: 'Engineers', dueBy: '2024-08-01' } });
    mitigationId = added.body.mitigationId;
  });
  afterAll(() => api.close());

  const endpoints: Endpoint[] = [
    { name: 'POST /incidents', path: () => '/api/incidents', role: 'operations', valid: () => incidentBody('USE_OF_FORCE'), required: ['category', 'mission', 'occurredAt', 'location', 'summary', 'severity', 'details'] },
    { name: 'POST /incidents (heat illness)', path: () => '/api/incidents', role: 'operations', valid: () => incidentBody('HEAT_ILLNESS'), required: ['details', 'location', 'category'] },
    { name: 'POST /incidents/:id/amendments', path: () => `/api/incidents/${incidentId}/amendments`, role: 'operations', valid: () => ({ reason: 'Corrected', severity: 4, location: { name: 'Gate 2' } }), required: ['reason'] },
    { name: 'POST /incidents/:id/closure', path: () => `/api/incidents/${incidentId}/closure`, role: 'operations', valid: () => ({ reason: 'Done', expectedRevision: 0 }), required: ['reason'] },
    { name: 'POST /movements', path: () => '/api/movements', role: 'operations', valid: () => movementBody(), required: ['occurredAt', 'mission', 'destination', 'advisersEscorted'] },
    { name: 'POST /adviser-engagements', path: () => '/api/adviser-engagements', role: 'operations', valid: () => engagementBody(), required: ['occurredAt', 'mission', 'counterpart', 'topic'] },
    { name: 'POST /risks', path: () => '/api/risks', role: 'manager', valid: () => riskBody({ residualLikelihood: 2, residualImpact: 2 }), required: ['category', 'title', 'description', 'mission', 'owner', 'likelihood', 'impact', 'reviewBy'] },
    { name: 'POST /risks/:id/assessments', path: () => `/api/risks/${riskId}/assessments`, role: 'operations', valid: () => ({ likelihood: 2, impact: 3, reviewBy: '2024-10-01' }), required: ['likelihood', 'impact'] },
    { name: 'POST /risks/:id/mitigations', path: () => `/api/risks/${riskId}/mitigations`, role: 'operations', valid: () => ({ description: 'x', owner: 'y', dueBy: '2024-08-01' }), required: ['description', 'owner', 'dueBy'] },
    { name: 'POST /risks/:id/mitigations/:mid/completion', path: () => `/api/risks/${riskId}/mitigations/${mitigationId}/completion`, role: 'manager', valid: () => ({ expectedRevision: 1 }), required: [] },
    { name: 'POST /risks/:id/closure', path: () => `/api/risks/${riskId}/closure`, role: 'manager', valid: () => ({ reason: 'Gone' }), required: ['reason'] },
    { name: 'POST /casualty-reviews', path: () => '/api/casualty-reviews', role: 'legal', valid: () => ({ source: 'NGO', description: 'Two injured', occurredAt: '2024-03-04T10:15:00+03:00', mission: 'NMI', location: { name: 'Checkpoint 12' }, estimatedKilled: 0, estimatedInjured: 2, incidentId: '5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11' }), required: ['source', 'description', 'occurredAt', 'mission', 'location', 'estimatedKilled', 'estimatedInjured'] },
    { name: 'POST /casualty-reviews/:id/assessment', path: () => '/api/casualty-reviews/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/assessment', role: 'legal', valid: () => ({ outcome: 'CREDIBLE', rationale: 'Hospital records confirm it', expectedRevision: 0 }), required: ['outcome', 'rationale'] },
    { name: 'POST /casualty-reviews/:id/investigation', path: () => '/api/casualty-reviews/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/investigation', role: 'legal', valid: () => ({ authority: 'KMar', reference: 'K-1', expectedRevision: 1 }), required: ['authority'] },
    { name: 'POST /casualty-reviews/:id/conclusion', path: () => '/api/casualty-reviews/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/conclusion', role: 'legal', valid: () => ({ findings: 'One injured', confirmedKilled: 0, confirmedInjured: 1 }), required: ['findings', 'confirmedKilled', 'confirmedInjured'] },
    { name: 'POST /casualty-reviews/:id/reopening', path: () => '/api/casualty-reviews/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/reopening', role: 'legal', valid: () => ({ newInformation: 'A witness', reason: 'New facts' }), required: ['newInformation', 'reason'] },
    { name: 'POST /parliamentary-notifications/:id/draft', path: () => '/api/parliamentary-notifications/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/draft', role: 'legal', valid: () => ({ text: 'Geachte Voorzitter', expectedRevision: 0 }), required: ['text'] },
    { name: 'POST /parliamentary-notifications/:id/approval', path: () => '/api/parliamentary-notifications/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/approval', role: 'manager', valid: () => ({ expectedRevision: 1 }), required: [] },
    { name: 'POST /parliamentary-notifications/:id/dispatch', path: () => '/api/parliamentary-notifications/5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11/dispatch', role: 'legal', valid: () => ({ paperReference: 'Kamerstuk 27 925, nr. 999', sentOn: '2024-08-05', expectedRevision: 2 }), required: ['paperReference', 'sentOn'] },
    { name: 'POST /overviews/weekly/:week/publication', path: () => '/api/overviews/weekly/2999-W01/publication', role: 'manager', valid: () => ({ expectedRevision: 0 }), required: [] },
  ];

  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))('%s', async (_name, endpoint) => {
    await fc.assert(
      fc.asyncProperty(malformedBody(endpoint), async (body) => {
        const before = await headPosition(api);
        const answer = await api.request('POST', endpoint.path(), { role: endpoint.role, body });
        expect([body, answer.status]).toEqual([body, 400]);
        expect(await headPosition(api)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('names a key shaped like a built-in member, nested or not, as it names any other refused field', async () => {
    const before = await headPosition(api);
    const answer = await api.request('POST', '/api/incidents', { role: 'operations', body: { ...incidentBody('USE_OF_FORCE'), location: { name: 'Gate 2', toString: 'x' } } });
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toEqual({ 'location.toString': ['no field may be named "toString"'] });
    expect(await headPosition(api)).toBe(before);
    const query = await api.request('GET', '/api/incidents?category=USE_OF_FORCE&constructor=1', { role: 'operations' });
    expect([query.status, query.body.fields]).toEqual([400, { constructor: ['no field may be named "constructor"'] }]);
  });

  it('refuses a null body even where every field is optional, instead of acting as on {}', async () => {
    const before = await headPosition(api);
    const answer = await api.request('POST', `/api/incidents/${incidentId}/closure`, { role: 'operations', body: 'null' });
    expect([answer.status, answer.body.message]).toEqual([400, 'The body must be a JSON object, not null']);
    expect(await headPosition(api)).toBe(before);
  });

  it('names a __proto__ key, at the top or nested, as the field to remove', async () => {
    const before = await headPosition(api);
    const top = JSON.stringify(incidentBody('USE_OF_FORCE')).replace('{', '{"__proto__":{"role":"admin"},');
    const nested = JSON.stringify(incidentBody('USE_OF_FORCE')).replace('"location":{', '"location":{"__proto__":1,');
    const answers = await Promise.all([top, nested].map((body) => api.request('POST', '/api/incidents', { role: 'operations', body })));
    expect(answers.map((answer) => [answer.status, answer.body.fields])).toEqual([
      // Built from entries: a `__proto__` key in an object literal would set the prototype instead.
      [400, Object.fromEntries([['__proto__', ['no field may be named "__proto__"']]])],
      [400, { 'location.__proto__': ['no field may be named "__proto__"'] }],
    ]);
    expect(await headPosition(api)).toBe(before);
  });

  it('takes JSON only: a form or text body is 415, so no web page can post sign-ins or commands from a visitor', async () => {
    const before = await headPosition(api);
    const post = (path: string, type: string, body: string, role?: Role) =>
      api.request('POST', path, { role, body, headers: { 'content-type': type } }).then((answer) => [path, type, answer.status, answer.body.message]);
    const answers = await Promise.all([
      post('/api/auth/token', 'application/x-www-form-urlencoded', 'username=operations-user&password=x'),
      post('/api/auth/token', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nx\r\n--b--'),
      post('/api/auth/token', 'text/plain', JSON.stringify({ username: 'operations-user', password: 'x' })),
      post('/api/incidents', 'application/x-www-form-urlencoded', 'summary=x', 'operations'),
    ]);
    expect(answers).toEqual(answers.map(([path, type]) => [path, type, 415, 'Request bodies must be application/json']));
    expect(await headPosition(api)).toBe(before);
  });

  it('refuses a body nested too deep to validate, without walking it recursively', async () => {
    // Written out as text: JSON.stringify itself overflows the stack on a value this deep.
    const deep = '{"child":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const body = JSON.stringify({ ...incidentBody('USE_OF_FORCE'), details: 'DEEP' }).replace('"DEEP"', deep);
    const before = await headPosition(api);
    const answer = await api.request('POST', '/api/incidents', { role: 'operations', body });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toBe('The body is nested more than 32 levels deep');
    expect(await headPosition(api)).toBe(before);
  });
});
