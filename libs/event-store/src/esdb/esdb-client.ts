import { EventStoreDBClient } from '@eventstore/db-client';
import { isTransient } from './esdb-errors';

/** Pause before the one retry of a call that met a dropped connection: lets the client finish reconnecting. */
const RETRY_PAUSE_MS = 50;

/**
 * The client of one connection string, with two defects of @eventstore/db-client 6.2.1 worked around, both only
 * seen with gossip seeds when no seed answers (see docs/eventstoredb.md):
 * - it reconnects in the background (`handleError`) without awaiting it, so a failed rediscovery rejects
 *   unhandled and ends the Node process: that rejection is dropped here (the next call reports the failure);
 * - it caches its server-features lookup even when discovery failed, so every append fails from then on:
 *   after a failed discovery the client is replaced by a fresh one.
 */
export class EsdbConnection {
  private current: EventStoreDBClient;
  private readonly retired: EventStoreDBClient[] = [];
  private closed = false;

  constructor(private readonly connectionString: string) {
    this.current = connectClient(connectionString);
  }

  get client(): EventStoreDBClient {
    return this.current;
  }

  /** Runs a call, and once more when it met a dropped connection: the client reconnects on the next call. */
  async run<T>(operation: (client: EventStoreDBClient) => Promise<T>): Promise<T> {
    const client = this.current;
    try {
      return await operation(client);
    } catch (error) {
      if (!isTransient(error) || this.closed) throw error;
      this.recover(client, error);
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      return operation(this.current);
    }
  }

  /** Replaces the client after a failed discovery, unless another call already did. */
  recover(failed: EventStoreDBClient, error: unknown): void {
    if (this.closed || failed !== this.current || !isDiscoveryFailure(error)) return;
    // Not disposed now: subscriptions still reading through it end on their own and reopen on the new one.
    this.retired.push(failed);
    this.current = connectClient(this.connectionString);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.current, ...this.retired].map((client) => client.dispose()));
  }
}

function isDiscoveryFailure(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Failed to discover');
}

function connectClient(connectionString: string): EventStoreDBClient {
  const client = EventStoreDBClient.connectionString(connectionString);
  const internals = client as unknown as { handleError?: (...args: unknown[]) => Promise<void> };
  const handleError = internals.handleError;
  if (typeof handleError !== 'function') {
    throw new Error('@eventstore/db-client changed: handleError is gone; review EsdbConnection before upgrading');
  }
  internals.handleError = (...args) => handleError(...args).catch(() => undefined);
  return client;
}
