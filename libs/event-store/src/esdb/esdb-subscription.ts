import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { AllSubscription, RecordedEvent } from '../event-store.port';
import { isTransient, toStoreError } from './esdb-errors';
import { isSystemEvent, toRecordedEvent } from './esdb-events';

export interface ResubscribePolicy {
  /** Wait before the first attempt after a failure; doubles up to maxDelayMs, back to this after a confirmation. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface SubscriptionLogger {
  warn(message: string): void;
}

const STOPPED = Symbol('stopped');

export interface ResubscribingSource {
  /** Opens the client's subscription to $all strictly after the position (from the start when undefined). */
  open(after: bigint | undefined): AllStreamSubscription;
  /** Told of each transient failure before the next attempt, so the connection can recover. */
  onLost?(error: unknown): void;
  after: bigint | undefined;
  policy: ResubscribePolicy;
  logger?: SubscriptionLogger;
}

/**
 * A catch-up subscription to $all that outlives the server: when the server goes away it subscribes again,
 * with backoff, from the position of the last event it delivered (exclusive), so nothing is skipped; an event at
 * or before that position is dropped, so nothing is repeated.
 */
export function resubscribingSubscription({ open, onLost, after, policy, logger }: ResubscribingSource): AllSubscription {
  const stop = new AbortController();
  const stopped = new Promise<typeof STOPPED>((resolve) => stop.signal.addEventListener('abort', () => resolve(STOPPED)));

  async function* events(): AsyncGenerator<RecordedEvent> {
    let checkpoint = after;
    let delay = policy.initialDelayMs;
    while (!stop.signal.aborted) {
      const subscription = open(checkpoint);
      subscription.on('confirmation', () => (delay = policy.initialDelayMs));
      // The iterator reports errors; this keeps one arriving after release from becoming an uncaught exception.
      subscription.on('error', () => undefined);
      const iterator = subscription[Symbol.asyncIterator]();
      try {
        for (;;) {
          // Racing the stop signal: close() must not wait for the next event, which may never come.
          const next = await Promise.race([iterator.next(), stopped]);
          if (next === STOPPED || next.done) break;
          const resolved: AllStreamResolvedEvent = next.value;
          if (!resolved.event || isSystemEvent(resolved.event)) continue;
          const event = toRecordedEvent(resolved);
          if (checkpoint !== undefined && event.position <= checkpoint) continue;
          checkpoint = event.position;
          yield event;
        }
      } catch (error) {
        if (stop.signal.aborted) return;
        if (!isTransient(error)) throw toStoreError(error);
        onLost?.(error);
        logger?.warn(`$all subscription lost (${(error as Error).message}); resubscribing after ${checkpoint ?? 'the start'} in ${delay} ms`);
      } finally {
        await release(subscription);
      }
      if (stop.signal.aborted) return;
      await sleep(delay, stop.signal);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      stop.abort();
      await iterator.return(undefined);
    },
  };
}

/** Cancels the gRPC call and ends the readable, so a pending read settles. */
async function release(subscription: AllStreamSubscription): Promise<void> {
  subscription.destroy();
  await subscription.unsubscribe().catch(() => undefined);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
