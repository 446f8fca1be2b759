import { Logger } from '@nestjs/common';
import type { AllSubscription, EventStore, RecordedEvent } from '../../event-store/src';

export type RunnerState = 'starting' | 'running' | 'failed' | 'stopped';

const MAX_BACKOFF_MS = 5000;

/**
 * Drives one consumer from its checkpoint through a catch-up subscription to $all, and starts again from the
 * checkpoint with growing backoff whenever anything fails (store unavailable, a consumer error).
 */
export abstract class SubscriptionRunner {
  state: RunnerState = 'stopped';
  lastError?: string;
  protected readonly logger: Logger;
  private subscription?: AllSubscription;
  private loop?: Promise<void>;
  private active = false;
  private waiters: Array<{ position: bigint; resolve: () => void }> = [];
  private failure?: unknown;

  protected constructor(
    readonly name: string,
    readonly kind: 'projection' | 'process-manager',
    protected readonly store: EventStore,
    public checkpoint: bigint,
  ) {
    this.logger = new Logger(`${kind}:${name}`);
  }

  /** Handles one event; may defer work until flush(). */
  protected abstract onEvent(event: RecordedEvent): Promise<void> | void;
  /** Completes deferred work; called when the subscription pauses or closes. */
  protected flush(): void {}

  start(): void {
    if (this.active) return;
    this.active = true;
    this.state = 'starting';
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.active = false;
    await this.subscription?.close();
    await this.loop;
    this.loop = undefined;
    this.state = 'stopped';
  }

  /** Resolves once the checkpoint has reached the position, or false after the timeout. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.checkpoint >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { position, resolve: () => (clearTimeout(timer), resolve(true)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Deferred work failed: nothing more is applied, and the run starts again from the checkpoint. */
  protected fail(error: unknown): void {
    this.failure = error;
    void this.subscription?.close();
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  protected advanceTo(position: bigint): void {
    this.checkpoint = position;
    const ready = this.waiters.filter((waiter) => waiter.position <= position);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => waiter.position > position);
    for (const waiter of ready) waiter.resolve();
  }

  private async run(): Promise<void> {
    let backoff = 100;
    while (this.active) {
      try {
        this.subscription = this.store.subscribeToAll({ after: this.checkpoint });
        this.state = 'running';
        for await (const event of this.subscription) {
          this.throwIfFailed();
          await this.onEvent(event);
          backoff = 100;
        }
        this.flush();
        this.throwIfFailed();
      } catch (error) {
        this.failure = undefined;
        this.state = 'failed';
        this.lastError = (error as Error).message;
        this.logger.error(`stopped at position ${this.checkpoint}: ${this.lastError}; retrying in ${backoff} ms`);
        await this.subscription?.close().catch(() => undefined);
        if (this.active) await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }
}
