/** Failures allowed before sign-in for that account is held back. */
const FREE_FAILURES = 5;
const MAX_DELAY_MS = 15 * 60 * 1000;
/** Bounds memory when someone tries many made-up names: the oldest entries go first. */
const MAX_TRACKED = 10_000;

/**
 * Backs off repeated failed sign-ins per account: after five failures each further attempt must wait twice as long
 * as the last (1 s, 2 s, 4 s ... at most 15 minutes). A success clears the account. Pure: the clock comes in.
 */
export class SignInBackoff {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  /** Milliseconds the caller must still wait, or 0. */
  waitFor(username: string, now: number): number {
    const entry = this.failures.get(username);
    return entry ? Math.max(0, entry.lockedUntil - now) : 0;
  }

  recordFailure(username: string, now: number): void {
    const count = (this.failures.get(username)?.count ?? 0) + 1;
    const delay = count < FREE_FAILURES ? 0 : Math.min(1000 * 2 ** (count - FREE_FAILURES), MAX_DELAY_MS);
    this.failures.delete(username);
    this.failures.set(username, { count, lockedUntil: now + delay });
    if (this.failures.size > MAX_TRACKED) this.failures.delete(this.failures.keys().next().value!);
  }

  recordSuccess(username: string): void {
    this.failures.delete(username);
  }
}
