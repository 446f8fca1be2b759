/** Who issued a command and how to trace it: recorded on every event the command produces. */
export interface CommandContext {
  /** The Idempotency-Key when the client sent one; otherwise unique to this request. */
  commandId: string;
  correlationId: string;
  /** The command itself for direct requests; the triggering event for process managers. */
  causationId: string;
  userId: string;
  role: string;
  /** The clock reading for this command: the only "now" the domain ever sees. */
  now: Date;
  /** Hash of what was asked (route and body), to tell a retry from a conflicting reuse of an id or key. */
  requestHash: string;
  /** The client's Idempotency-Key: one request of this user, wherever it is used again. */
  idempotencyKey?: string;
}

/** The answer to every accepted command. Position is a decimal string: $all positions may exceed 2^53. */
export interface CommandResult {
  id: string;
  revision: number;
  position: string;
}
