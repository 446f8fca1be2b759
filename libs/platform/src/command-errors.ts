/** The item a command or query names does not exist: 404. */
export class ItemNotFoundError extends Error {
  override readonly name = 'ItemNotFoundError';
  constructor(kind: string, id: string) {
    super(`${kind} ${id} not found`);
  }
}

/** An id or Idempotency-Key reused for a different request, or a stale expectedRevision: 409. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}
