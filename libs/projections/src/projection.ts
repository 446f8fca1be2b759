import { DiscoveryService } from '@nestjs/core';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../event-store/src';

/**
 * A read model: tables in the local read-model database, kept up to date from $all. The runtime applies events
 * and moves the checkpoint in one transaction, so each event takes effect exactly once.
 */
export interface Projection {
  readonly name: string;
  /** Bump when the tables or their meaning change: the runtime then rebuilds the projection from zero. */
  readonly version: number;
  /** Creates its tables and indexes if they are missing. */
  setUp(db: Database.Database): void;
  /** Drops its tables, for a rebuild; setUp() runs again right after. */
  reset(db: Database.Database): void;
  /** Applies one event, synchronously, inside the runtime's transaction. Ignores event types it does not use. */
  apply(event: RecordedEvent, db: Database.Database): void;
}

/**
 * Reacts to committed events by issuing commands. Delivery is at least once, so every command it issues must be
 * idempotent (an id derived from the triggering event): a replay, a restart or a second instance never acts twice.
 */
export interface ProcessManager {
  readonly name: string;
  handle(event: RecordedEvent): Promise<void>;
}

/** Marks a provider as a projection; the runtime finds every one of them at start. */
export const ReadModelProjection = DiscoveryService.createDecorator<void>();
/** Marks a provider as a process manager; the runtime finds every one of them at start. */
export const EventProcessManager = DiscoveryService.createDecorator<void>();
