import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, StreamNotFoundError, type EventStore } from '../../event-store/src';
import { foldEvents } from '../../platform/src/decider';
import { accountDecider, type AccountState } from './account.decider';
import { accountStreamId, type AccountEvent } from './account.events';

/**
 * An account as its own stream says now, not as a projection last saw it: a new account signs in at once, and a
 * disable, password reset or end of sessions refuses old tokens from the very next request, on every instance.
 */
@Injectable()
export class AccountReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async current(username: string): Promise<AccountState> {
    try {
      const events = await this.store.readStream(accountStreamId(username));
      return foldEvents(accountDecider, events as unknown as AccountEvent[]);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return accountDecider.initialState();
      throw error;
    }
  }
}
