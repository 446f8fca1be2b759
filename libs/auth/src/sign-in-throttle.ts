/*
 * When a sign-in is held back, and for how long (OWASP Authentication Cheat Sheet: slow guessing per account and
 * per client address, without letting anyone lock a person out). Pure: counts and the clock come in.
 *
 * - Pair: an account from one address has 5 free failures, then waits 1 s, 2 s, 4 s ... at most 15 minutes
 *   after its last failure. Only that pair waits: the person signing in from an address that has not failed
 *   gets in at once, so knowing a username is not enough to lock its owner out.
 * - Account under attack: once an account has 10 failures in an hour from all addresses together, every
 *   address that has failed on it waits an hour after its last failure there. An address with no failure on
 *   the account is never held back by this, so a distributed guesser gets about one guess per address per hour.
 * - Address: 30 failed sign-ins a minute from one address, whatever the accounts, and it waits until the
 *   minute has passed (stops one address trying one password on every account). Successful sign-ins do not
 *   count, so a room of colleagues behind one proxy is never refused for signing in correctly.
 * A success clears the pair; failures are forgotten a day after they happened.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const SIGN_IN_LIMITS = {
  pairFreeFailures: 5,
  pairFirstDelayMs: SECOND,
  pairMaxDelayMs: 15 * MINUTE,
  accountUnderAttackFailures: 10,
  accountWindowMs: HOUR,
  accountHoldMs: HOUR,
  addressFailures: 30,
  addressWindowMs: MINUTE,
  forgetAfterMs: 24 * HOUR,
} as const;

/** What the shared store knows about earlier failed sign-ins that concern this attempt. */
export interface SignInHistory {
  /** Failures of this account from this address (within a day), and when the last one was. */
  pairFailures: number;
  pairLastFailureAt?: number;
  /** Failures of this account from every address in the last hour. */
  accountFailuresInWindow: number;
  /** When each failed sign-in from this address, for any account, happened in the last minute. */
  addressFailureTimes: number[];
}

/** Milliseconds this attempt must still wait before its password is even checked, or 0. */
export function signInHoldBack(history: SignInHistory, now: number): number {
  const limits = SIGN_IN_LIMITS;
  const until: number[] = [];
  const last = history.pairLastFailureAt;
  if (last !== undefined && history.pairFailures >= limits.pairFreeFailures) {
    const doublings = history.pairFailures - limits.pairFreeFailures;
    until.push(last + Math.min(limits.pairFirstDelayMs * 2 ** doublings, limits.pairMaxDelayMs));
  }
  if (last !== undefined && history.pairFailures > 0 && history.accountFailuresInWindow >= limits.accountUnderAttackFailures) {
    until.push(last + limits.accountHoldMs);
  }
  const recent = history.addressFailureTimes.filter((at) => at > now - limits.addressWindowMs).sort((a, b) => a - b);
  if (recent.length >= limits.addressFailures) {
    // Free again when enough of them have left the window to bring the count below the limit.
    until.push(recent[recent.length - limits.addressFailures] + limits.addressWindowMs);
  }
  return Math.max(0, ...until.map((instant) => instant - now));
}

/**
 * The address that failures are counted against: IPv4 as it is, an IPv4-mapped IPv6 address as its IPv4, and
 * other IPv6 addresses by their /64, which one subscriber usually holds whole (2^64 addresses to rotate through).
 */
export function clientAddressKey(ip: string): string {
  const address = ip.split('%')[0].toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail] = address.split('::');
  const groups = (text: string | undefined) => (text ? text.split(':').flatMap((part) => (part.includes('.') ? ['0', '0'] : [part])) : []);
  const [before, after] = [groups(head), groups(tail)];
  const all = tail === undefined ? before : [...before, ...Array<string>(Math.max(0, 8 - before.length - after.length)).fill('0'), ...after];
  return `${all.slice(0, 4).map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}
