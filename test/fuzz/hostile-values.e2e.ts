import fc from 'fast-check';
import type { Role } from '../../libs/platform/src/role';
import { plausibleValue } from './support/arbitraries';
import { operationsOf, PUBLIC_ROUTES, resolve, routeName, type OpenApiDocument, type Operation, type Schema } from './support/openapi';
import { allowedRoles, routeTarget, settledHead } from './support/probes';

/**
 * The values that once answered 500 or were stored when they should not have been, sent to every field of their
 * kind on every route: each must be refused 4xx, never 5xx, and nothing may be written. A plausible body is the
 * carrier, so the hostile field is the one thing wrong with it.
 */
const HOSTILE_INSTANTS = ['2024-07-15T10:00:00+25:00', '2024-07-15T10:00:00+05:60', '2024-07-15T10:00:00+14:01', '2024-07-15T10:00:00-99:99'];
const HOSTILE_NUMBERS = [4611686018427387904, 1e308, -1e308, 2 ** 53 + 2];
/** Nothing a reader can see: NUL, zero-width space, zero-width joiner with word joiner, the Hangul filler. */
const INVISIBLE_TEXTS = ['\u0000', '\u200b', '\u200d\u2060', '\u3164', ' \u0000\u200b\t\u3164 '];

const isInstantField = (schema: Schema) => typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(schema.example);

/** The hostile values for one field, by its kind; none for enums, ids and booleans (other tests own those). */
function hostileValuesFor(schema: Schema): unknown[] {
  if (schema.enum || schema.format === 'uuid') return [];
  if (schema.type === 'integer' || schema.type === 'number') return HOSTILE_NUMBERS;
  if (schema.type !== 'string') return [];
  return isInstantField(schema) ? HOSTILE_INSTANTS : INVISIBLE_TEXTS;
}

/** Every leaf field of a body schema, one level of nesting included (location.name, details.rounds). */
function leafFields(document: OpenApiDocument, schema: Schema | undefined, prefix: string[] = []): Array<{ path: string[]; schema: Schema }> {
  const resolved = schema && resolve(document, schema);
  if (!resolved?.properties) return [];
  return Object.entries(resolved.properties).flatMap(([name, child]) => {
    const inner = resolve(document, child) ?? child;
    return inner.properties && prefix.length === 0 ? leafFields(document, inner, [name]) : [{ path: [...prefix, name], schema: inner }];
  });
}

function withField(body: unknown, path: string[], value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const [head, ...rest] = path;
  copy[head] = rest.length === 0 ? value : withField(copy[head] ?? {}, rest, value);
  return copy;
}

describe('hostile values on every route: refused 4xx, never 5xx, nothing written', () => {
  const target = routeTarget();

  /** The route with each sample item in its path: the one of the right kind gets past the 404. */
  const pathsOf = (operation: Operation): string[] =>
    operation.pathParameters.reduce(
      (paths, name) => paths.flatMap((path) => (target.samples[name] ?? ['x']).map((value) => path.replace(`{${name}}`, value))),
      [operation.path],
    );

  const roleFor = async (operation: Operation): Promise<Role> =>
    PUBLIC_ROUTES.includes(routeName(operation)) ? 'operations' : (await allowedRoles(target.api, operation, target.samples))[0];

  const send = async (operation: Operation, role: Role, path: string, body?: string) => {
    const response = await fetch(`${target.api.baseUrl}${path}`, {
      method: operation.method,
      headers: { authorization: `Bearer ${target.api.tokens[role]}`, 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it('refuses offsets past ±14:00 or 59 minutes, huge numbers, invisible text and null bodies in every body', async () => {
    const writers = operationsOf(target.document).filter((operation) => operation.method !== 'GET');
    expect(writers.length).toBeGreaterThan(20);
    const accepted: string[] = [];
    for (const [index, operation] of writers.entries()) {
      const role = await roleFor(operation);
      const [carrier] = fc.sample(plausibleValue(target.document, operation.body ?? {}), { seed: index, numRuns: 1 });
      const bodies = [
        { field: '(null body)', body: 'null' },
        ...leafFields(target.document, operation.body).flatMap(({ path, schema }) =>
          hostileValuesFor(schema).map((value) => ({ field: `${path.join('.')}=${JSON.stringify(value)}`, body: JSON.stringify(withField(carrier, path, value)) })),
        ),
      ];
      const before = await settledHead(target.api);
      for (const path of pathsOf(operation)) {
        for (const { field, body } of bodies) {
          const answer = await send(operation, role, path, body);
          if (answer.status < 400 || answer.status >= 500) accepted.push(`${operation.method} ${path} ${field}: ${answer.status} ${answer.text.slice(0, 200)}`);
        }
      }
      expect({ route: routeName(operation), head: await settledHead(target.api) }).toEqual({ route: routeName(operation), head: before });
    }
    expect(accepted).toEqual([]);
  }, 300_000);

  it('refuses hostile offsets in every query parameter that takes an instant or a date', async () => {
    const answers: string[] = [];
    for (const operation of operationsOf(target.document).filter((candidate) => candidate.method === 'GET')) {
      const role = await roleFor(operation);
      for (const { name } of operation.query.filter(({ name }) => ['from', 'to', 'asOf'].includes(name))) {
        for (const value of HOSTILE_INSTANTS) {
          for (const path of pathsOf(operation)) {
            const answer = await send(operation, role, `${path}?${name}=${encodeURIComponent(value)}`);
            if (answer.status >= 500 || answer.status < 400) answers.push(`${path}?${name}=${value}: ${answer.status} ${answer.text.slice(0, 200)}`);
          }
        }
      }
    }
    expect(answers).toEqual([]);
  }, 120_000);
});
