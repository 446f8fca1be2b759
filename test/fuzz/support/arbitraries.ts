import fc from 'fast-check';
import { resolve, type OpenApiDocument, type Operation, type Schema } from './openapi';

/** Strings that have broken parsers, validators, loggers and databases before. */
const NASTY_STRINGS = [
  '', ' ', '\u0000', '\t\n', '\u202e\u0041', '\ud800', '💥', 'ﷺ', '<script>alert(1)</script>', "' OR 1=1 --", '${jndi:ldap://x}',
  '__proto__', 'constructor', 'null', 'undefined', 'NaN', '-0', '1e309', '../../etc/passwd', '%00', 'A'.repeat(70_000),
];

/** Raw path segments, sent exactly as written: bad percent-encodings, dots, overlong. */
const RAW_SEGMENTS = ['%', '%ZZ', '%00', '%C0%AF', '%2e%2e', 'a%2Fb', '%F0%9F%92%A5', '00000000-0000-0000-0000-000000000000', 'x'.repeat(3000), ';', '*', '~', '-1'];

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
/** What a header may carry on the wire (visible ASCII and spaces). */
export const headerValue = fc.string({ unit: printable, maxLength: 300 });

const anyJson = fc.jsonValue({ maxDepth: 3 });

function instantLike(example: string): fc.Arbitrary<unknown> {
  const date = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
  return fc.oneof(
    fc.constant(example),
    date.map((d) => d.toISOString()),
    date.map((d) => d.toISOString().slice(0, 10)),
    date.map((d) => d.toISOString().replace('Z', '+14:59')),
    fc.constantFrom('2024-02-30T10:00:00Z', '2024-07-15T24:00:00Z', '2024-07-15T14:30:00', '+275760-09-13T00:00:00Z', '2024-W05', '1970-01-01T00:00:00Z', 'now', '2024-07-15T14:30:00+03:00[Asia/Baghdad]'),
  );
}

function stringFor(schema: Schema): fc.Arbitrary<unknown> {
  const max = schema.maxLength ?? 200;
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(...NASTY_STRINGS),
    fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), ' '.repeat(Math.max(schema.minLength ?? 1, 1))),
  );
  if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.uuid().map((id) => id.toUpperCase()), text);
  if (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}/.test(schema.example)) return fc.oneof(instantLike(schema.example), text);
  return schema.example === undefined ? text : fc.oneof(fc.constant(schema.example), text);
}

function numberFor(schema: Schema): fc.Arbitrary<unknown> {
  const [min, max] = [schema.minimum ?? -10, schema.maximum ?? 1000];
  return fc.oneof(
    fc.integer({ min: Math.floor(min), max: Math.ceil(max) }),
    fc.constantFrom(min - 1, min, max, max + 1, 0, -0, 0.5, -1, 1e308, -1e308, 2 ** 53 + 2, 1e-7),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom('3', '1e2', ''),
  );
}

function objectFor(document: OpenApiDocument, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const required = (schema.required ?? []).filter((name) => schema.properties?.[name]);
  const record = fc.record(Object.fromEntries(properties.map(([name, child]) => [name, valueFor(document, child, depth + 1)])), { requiredKeys: required });
  // Now and then one required field goes missing or an unknown one comes along.
  return fc.tuple(record, fc.option(fc.constantFrom(...required, 'unknownField')), anyJson).map(([body, twist, extra]) => {
    if (twist === null) return body;
    const copy: Record<string, unknown> = { ...body };
    if (twist === 'unknownField') copy[twist] = extra;
    else delete copy[twist];
    return copy;
  });
}

function typedValue(document: OpenApiDocument, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const alternatives = schema.oneOf ?? schema.anyOf ?? schema.allOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => valueFor(document, alternative, depth)));
  if (schema.enum) {
    const chosen = fc.constantFrom(...schema.enum);
    return fc.oneof({ weight: 4, arbitrary: chosen }, { weight: 1, arbitrary: chosen.map((value) => `${String(value).toLowerCase()} `) });
  }
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'number':
    case 'integer':
      return numberFor(schema);
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 0, 1));
    case 'array':
      return fc.array(valueFor(document, schema.items ?? {}, depth + 1), { maxLength: 4 });
    default:
      return schema.properties ? objectFor(document, schema, depth) : anyJson;
  }
}

/** A value the schema allows, as far as the schema says (cross-field rules aside): the way past validation. */
export function plausibleValue(document: OpenApiDocument, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema);
  if (!resolved || depth > 4) return fc.constant({});
  const alternatives = resolved.oneOf ?? resolved.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => plausibleValue(document, alternative, depth)));
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  switch (resolved.type) {
    case 'string': {
      if (resolved.format === 'uuid') return fc.uuid();
      const example = resolved.example;
      if (typeof example === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(example)) {
        return fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date(Date.now() - 3_600_000), noInvalidDate: true }).map((d) => d.toISOString());
      }
      if (typeof example === 'string') return fc.constant(example);
      const [min, max] = [Math.max(resolved.minLength ?? 1, 1), Math.min(resolved.maxLength ?? 60, 200)];
      return fc.lorem({ maxCount: 12 }).map((text) => `${text} ${'x'.repeat(min)}`.slice(0, max).trim() || 'x');
    }
    case 'number':
    case 'integer':
      return fc.integer({ min: Math.ceil(resolved.minimum ?? 0), max: Math.floor(resolved.maximum ?? 100) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(plausibleValue(document, resolved.items ?? {}, depth + 1), { maxLength: 3 });
    default: {
      const properties = Object.entries(resolved.properties ?? {});
      const required = (resolved.required ?? []).filter((name) => resolved.properties?.[name]);
      return fc.record(Object.fromEntries(properties.map(([name, child]) => [name, plausibleValue(document, child, depth + 1)])), { requiredKeys: required });
    }
  }
}

/** A plausible body with, half the time, one field broken (removed, or given a wild value). */
function nearlyValid(document: OpenApiDocument, schema: Schema): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema);
  const properties = resolved?.properties ?? {};
  const fields = Object.keys(properties);
  if (!resolved || fields.length === 0) return plausibleValue(document, schema);
  const breakage = fc.constantFrom(...fields).chain((field) => fc.tuple(fc.constant(field), fc.boolean(), valueFor(document, properties[field])));
  return fc.tuple(plausibleValue(document, resolved), fc.option(breakage, { freq: 2 })).map(([body, broken]) => {
    if (broken === null) return body;
    const [field, remove, wild] = broken;
    const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    if (remove) delete copy[field];
    else copy[field] = wild;
    return copy;
  });
}

/** A value shaped by the schema: mostly plausible, often at or past a boundary, sometimes anything at all. */
export function valueFor(document: OpenApiDocument, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(document, schema);
  if (!resolved || depth > 4) return anyJson;
  return fc.oneof({ weight: 9, arbitrary: typedValue(document, resolved, depth) }, { weight: 1, arbitrary: anyJson });
}

/** A path segment for a parameter: a real id now and then, else a UUID, text, or a raw malformed segment. */
export function pathSegment(name: string, realValues: string[]): fc.Arbitrary<string> {
  const weeks = fc.constantFrom('2024-W05', '2024-W53', '2020-W53', '2024-W00', '2024-W54', '0000-W01', '9999-W52', '2024-w05', '2024W05', '+2024-W05');
  return fc.oneof(
    { weight: 3, arbitrary: realValues.length > 0 ? fc.constantFrom(...realValues) : fc.uuid() },
    { weight: 2, arbitrary: name === 'week' ? weeks : fc.uuid() },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
  );
}

/** Lone surrogates become U+FFFD first: encodeURIComponent throws on them, and no client could send them. */
const encode = (text: string) => encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));

const asQueryValue = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

/** A query string: the route's own parameters with schema-shaped values, unknown and repeated keys, raw junk. */
export function queryString(document: OpenApiDocument, operation: Operation): fc.Arbitrary<string> {
  const known = operation.query.map(({ name, schema }) => valueFor(document, schema).map((value) => [name, asQueryValue(value)] as const));
  const pair = fc.oneof(
    ...known.map((arbitrary) => ({ weight: 4, arbitrary })),
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })) },
    { weight: 1, arbitrary: fc.constantFrom(['__proto__', 'x'], ['constructor', 'x'], ['page', '1e3'], ['pageSize', '0'], ['page', '99999999999999999999'], ['a[b]', 'c'], ['overdue', 'yes'], ['from', '2024-02-30']) },
  );
  const encoded = fc.array(pair, { maxLength: 5 }).map((pairs) => pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&'));
  return fc.oneof({ weight: 6, arbitrary: encoded }, { weight: 1, arbitrary: fc.constantFrom('%', '&&&', '=', 'page=%ZZ', 'page&page', 'page=1&page=2&page=3') });
}

/** Each header now and then (a quarter of requests), so most requests still get as far as the route's own checks. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { freq: 3 });

export const requestHeaders = fc
  .record({
    'idempotency-key': sometimes(fc.oneof(fc.uuid(), headerValue)),
    'x-correlation-id': sometimes(headerValue),
    'content-type': sometimes(
      fc.constantFrom(
        'application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x', 'application/xml', 'application/merge-patch+json', 'application/json, text/plain', 'APPLICATION/JSON',
      ),
    ),
    accept: sometimes(fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html', 'application/xml')),
  })
  .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== null)) as Record<string, string>);

/** A body for the route: mostly from its schema, sometimes any JSON, text that is not JSON, or classic parser traps. */
export function requestBody(document: OpenApiDocument, schema: Schema | undefined): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: nearlyValid(document, schema ?? {}).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 3, arbitrary: valueFor(document, schema ?? {}).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"a":', 'null', '[]', '{"__proto__":{"admin":true}}', '\ufeff{}', '{"a":1,"a":2}', '1'.repeat(400)) },
  );
}
