import { clientAddressKey, signInHoldBack, SIGN_IN_LIMITS, type SignInHistory } from './sign-in-throttle';

const now = 1_000_000_000;
const SECOND = 1000;
const clean: SignInHistory = { pairFailures: 0, accountFailuresInWindow: 0, addressFailureTimes: [] };

/** given(what the store knows).whenSigningIn(at).thenWaits(milliseconds) */
const given = (history: Partial<SignInHistory>) => ({
  whenSigningIn: (at = now) => ({
    thenWaits: (ms: number) => expect(signInHoldBack({ ...clean, ...history }, at)).toBe(ms),
  }),
});

describe('sign-in throttle', () => {
  describe('per account and address', () => {
    it('lets the first five failures through without waiting', () => {
      given({}).whenSigningIn().thenWaits(0);
      given({ pairFailures: 4, pairLastFailureAt: now, accountFailuresInWindow: 4 }).whenSigningIn().thenWaits(0);
    });

    it('then waits 1 s after the last failure, doubling with each further failure', () => {
      given({ pairFailures: 5, pairLastFailureAt: now, accountFailuresInWindow: 5 }).whenSigningIn().thenWaits(1 * SECOND);
      given({ pairFailures: 6, pairLastFailureAt: now, accountFailuresInWindow: 6 }).whenSigningIn().thenWaits(2 * SECOND);
      given({ pairFailures: 7, pairLastFailureAt: now, accountFailuresInWindow: 7 }).whenSigningIn(now + 1500).thenWaits(2500);
      given({ pairFailures: 6, pairLastFailureAt: now, accountFailuresInWindow: 6 }).whenSigningIn(now + 2 * SECOND).thenWaits(0);
    });

    it('never waits longer than 15 minutes for the pair alone', () => {
      given({ pairFailures: 500, pairLastFailureAt: now, accountFailuresInWindow: 9 }).whenSigningIn().thenWaits(SIGN_IN_LIMITS.pairMaxDelayMs);
    });
  });

  describe('an account under attack from many addresses', () => {
    const underAttack = { accountFailuresInWindow: SIGN_IN_LIMITS.accountUnderAttackFailures };

    it('holds back an address that has failed on the account for an hour after its last failure there', () => {
      given({ ...underAttack, pairFailures: 1, pairLastFailureAt: now }).whenSigningIn().thenWaits(SIGN_IN_LIMITS.accountHoldMs);
      given({ ...underAttack, pairFailures: 1, pairLastFailureAt: now }).whenSigningIn(now + SIGN_IN_LIMITS.accountHoldMs).thenWaits(0);
    });

    it('never holds back an address that has not failed on it: the real user still signs in', () => {
      given({ accountFailuresInWindow: 100_000 }).whenSigningIn().thenWaits(0);
    });

    it('does not hold back below ten failures in the hour', () => {
      given({ accountFailuresInWindow: 9, pairFailures: 1, pairLastFailureAt: now }).whenSigningIn().thenWaits(0);
    });
  });

  describe('per address, across accounts', () => {
    const failuresAt = (count: number, from: number) => Array.from({ length: count }, (_value, index) => from + index * SECOND);

    it('holds back the 31st failed sign-in of a minute until enough failures have left the minute', () => {
      given({ addressFailureTimes: failuresAt(29, now - 29 * SECOND) }).whenSigningIn().thenWaits(0);
      // The oldest of 30 was 30 s ago: 30 s until it leaves the window.
      given({ addressFailureTimes: failuresAt(30, now - 30 * SECOND) }).whenSigningIn().thenWaits(30 * SECOND);
      given({ addressFailureTimes: failuresAt(31, now - 31 * SECOND) }).whenSigningIn().thenWaits(30 * SECOND);
    });

    it('does not count failures older than a minute', () => {
      given({ addressFailureTimes: failuresAt(40, now - 100 * SECOND) }).whenSigningIn().thenWaits(0);
    });

    it('takes the longest of the waits that apply', () => {
      given({ pairFailures: 6, pairLastFailureAt: now, accountFailuresInWindow: 6, addressFailureTimes: failuresAt(30, now - 50 * SECOND) })
        .whenSigningIn()
        .thenWaits(10 * SECOND);
    });
  });

  describe('the address failures count against', () => {
    it('is an IPv4 address as it is, also when IPv4-mapped', () => {
      expect(clientAddressKey('203.0.113.5')).toBe('203.0.113.5');
      expect(clientAddressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
    });

    it('is the /64 of an IPv6 address, however it is written', () => {
      expect(clientAddressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
      expect(clientAddressKey('2001:0DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
      expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
      expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
      expect(clientAddressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    });
  });
});
