import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Namespace for every id this system derives, so a derived id never collides with a client's random one. */
const REGISTER_NAMESPACE = '5b0f1d8e-3f4a-4c55-9a57-2d6a3f0c9e11';

/** A stable UUID for a name: the same trigger, key or command always maps to the same id. */
export function deterministicId(...parts: string[]): string {
  return uuidv5(parts.join('\u001f'), REGISTER_NAMESPACE);
}

/** JSON with sorted keys, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs in any letter case and name one item whatever the case: kept lower-case. */
export function canonicalId(value: unknown): unknown {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : value;
}

/** Every id in a request in its canonical case, so `{id: "A1…"}` resent as `{id: "a1…"}` is the same request. */
export function withCanonicalIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withCanonicalIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withCanonicalIds(inner)]));
  }
  return canonicalId(value);
}
