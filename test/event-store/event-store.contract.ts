import { appendContract } from './contract/append.contract';
import { badInputContract } from './contract/bad-input.contract';
import { readContract } from './contract/read.contract';
import type { StoreFactory, StoreUnderTest } from './contract/store-under-test';
import { subscriptionContract } from './contract/subscription.contract';

export type { StoreFactory, StoreUnderTest } from './contract/store-under-test';

/**
 * The behaviour every EventStore implementation owes its callers, written once. Each test gets a store from
 * `create`, uses stream names of its own and only assumes positions increase, so it also runs on a shared server.
 */
export function describeEventStoreContract(name: string, create: StoreFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: StoreUnderTest | undefined;
    const current = (): StoreUnderTest => {
      if (!subject) throw new Error('The store under test is not open');
      return subject;
    };

    beforeEach(async () => {
      subject = await create();
    });

    afterEach(async () => {
      await subject?.cleanup();
      subject = undefined;
    });

    describe('appending', () => appendContract(() => current().store));
    describe('reading', () => readContract(() => current().store));
    describe('subscribing to $all', () => subscriptionContract(current));
    describe('bad input', () => badInputContract(() => current().store));
  });
}
