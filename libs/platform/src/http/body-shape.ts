/** Deeper bodies are refused with 400: validation walks them recursively and would overflow the stack (a 500). */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys no field may have: class-transformer skips a key whose name is a method or accessor of Object.prototype
 * (or `prototype`), so the whitelist never sees it and the field would vanish silently instead of being refused.
 */
const RESERVED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Why a body was refused; `field` is the offending key's path when one key is to blame. */
export type BodyShapeProblem = { message: string; field?: string };

/**
 * Why a parsed JSON body cannot be validated field by field, or undefined when it can: nested deeper than
 * `maxDepth`, holding a reserved key, or null. Iterative, so a body of any depth is safe to check.
 */
export function bodyShapeProblem(body: unknown, maxDepth = MAX_BODY_DEPTH): BodyShapeProblem | undefined {
  // The pipe would take `null` as an empty object, and a route whose fields are all optional would then act.
  if (body === null) return { message: 'The body must be a JSON object, not null' };
  const pending: Array<{ value: unknown; depth: number; path: string }> = [{ value: body, depth: 0, path: '' }];
  while (pending.length > 0) {
    const { value, depth, path } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxDepth) return { message: `The body is nested more than ${maxDepth} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      // "items.1.name", as the validation pipe names nested fields.
      const childPath = path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && RESERVED_KEYS.has(key)) return { field: childPath, message: `no field may be named "${key}"` };
      pending.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
  return undefined;
}
