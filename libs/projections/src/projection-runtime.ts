import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type Database from 'better-sqlite3';
import { EVENT_STORE, readAllPages, type EventStore } from '../../event-store/src';
import { ProcessManagerRunner } from './process-manager-runner';
import { EventProcessManager, ReadModelProjection, type ProcessManager, type Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { Quarantine, type QuarantinedEvent } from './quarantine';
import { Checkpoints, READ_MODEL_DATABASE } from './read-model-database';
import type { SubscriptionRunner } from './subscription-runner';

export interface ConsumerStatus {
  name: string;
  kind: 'projection' | 'process-manager';
  state: string;
  checkpoint: string;
  /** Positions between the store's head and the checkpoint (events, on the embedded store). */
  lag: string;
  lastError?: string;
  /** Events it could not handle and went past: no single event may stop a read model or a reaction. */
  quarantined?: QuarantinedEvent[];
}

export interface RebuildProgress {
  name: string;
  position: bigint;
  head: bigint;
}

const REBUILD_PAGE = 1000;

/**
 * Runs every projection and process manager found in the application on the store's subscription, answers
 * read-your-writes waits, and rebuilds projections from zero.
 */
@Injectable()
export class ProjectionRuntime {
  private readonly logger = new Logger(ProjectionRuntime.name);
  private readonly checkpoints: Checkpoints;
  private readonly quarantine: Quarantine;
  private projectionRunners?: ProjectionRunner[];
  private processManagerRunners?: ProcessManagerRunner[];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly db: Database.Database,
    private readonly discovery: DiscoveryService,
  ) {
    this.checkpoints = new Checkpoints(db);
    this.quarantine = new Quarantine(db);
  }

  /** Sets up every read model (rebuilding those whose version changed) and starts all consumers. */
  start(): void {
    for (const runner of this.runners()) runner.start();
  }

  /** Stops the consumers that were set up; one that never was (a CLI run that failed first) has nothing to stop. */
  async stop(): Promise<void> {
    const started = [...(this.projectionRunners ?? []), ...(this.processManagerRunners ?? [])];
    await Promise.all(started.map((runner) => runner.stop()));
  }

  async status(): Promise<ConsumerStatus[]> {
    const head = await this.store.headPosition();
    return this.runners().map((runner) => {
      const quarantined = this.quarantine.list(runner.name);
      return {
        name: runner.name,
        kind: runner.kind,
        state: runner.state,
        checkpoint: runner.checkpoint.toString(),
        lag: (head > runner.checkpoint ? head - runner.checkpoint : 0n).toString(),
        ...(runner.lastError && runner.state === 'failed' ? { lastError: runner.lastError } : {}),
        ...(quarantined.length > 0 ? { quarantined } : {}),
      };
    });
  }

  /**
   * Read-your-writes: waits until process managers have reacted to everything committed so far, then until every
   * projection holds everything committed by then (including what the process managers wrote).
   */
  async waitUntilCaughtUp(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const reactedTo = await this.store.headPosition();
    if (!(await this.waitAll(this.processManagers(), reactedTo, deadline))) return false;
    const written = await this.store.headPosition();
    return this.waitAll(this.projections(), written, deadline);
  }

  private async waitAll(runners: SubscriptionRunner[], position: bigint, deadline: number): Promise<boolean> {
    const results = await Promise.all(runners.map((runner) => runner.waitFor(position, Math.max(0, deadline - Date.now()))));
    return results.every(Boolean);
  }

  projectionNames(): string[] {
    return this.projections().map((runner) => runner.name);
  }

  /** Empties the named projections (all when none is named) and replays every event into them. */
  async rebuild(names: string[] = [], onProgress?: (progress: RebuildProgress) => void): Promise<void> {
    const unknown = names.filter((name) => !this.projectionNames().includes(name));
    if (unknown.length > 0) throw new Error(`Unknown projection(s): ${unknown.join(', ')}. Known: ${this.projectionNames().join(', ')}`);
    const chosen = this.projections().filter((runner) => names.length === 0 || names.includes(runner.name));
    for (const runner of chosen) {
      const wasRunning = runner.state !== 'stopped';
      await runner.stop();
      runner.reset();
      const head = await this.store.headPosition();
      for await (const page of readAllPages(this.store, { after: 0n, pageSize: REBUILD_PAGE })) {
        runner.applyBatch(page);
        runner.checkpoint = page[page.length - 1].position;
        onProgress?.({ name: runner.name, position: runner.checkpoint, head });
      }
      this.logger.log(`rebuilt ${runner.name} up to position ${runner.checkpoint}`);
      if (wasRunning) runner.start();
    }
  }

  private runners(): SubscriptionRunner[] {
    return [...this.projections(), ...this.processManagers()];
  }

  private projections(): ProjectionRunner[] {
    this.projectionRunners ??= this.discover<Projection>(ReadModelProjection).map((projection) => {
      const stored = this.checkpoints.read(projection.name);
      const runner = new ProjectionRunner(projection, this.store, this.db, this.checkpoints);
      // A changed version drops the old tables before setting up its own: they may have another shape.
      if (stored && stored.version !== projection.version) {
        this.logger.log(`${projection.name} changed from version ${stored.version} to ${projection.version}: rebuilding`);
        runner.reset();
      } else projection.setUp(this.db);
      return runner;
    });
    return this.projectionRunners;
  }

  private processManagers(): ProcessManagerRunner[] {
    this.processManagerRunners ??= this.discover<ProcessManager>(EventProcessManager).map(
      (processManager) => new ProcessManagerRunner(processManager, this.store, this.db, this.checkpoints),
    );
    return this.processManagerRunners;
  }

  private discover<T>(decorator: typeof ReadModelProjection): T[] {
    return this.discovery
      .getProviders({ metadataKey: decorator.KEY })
      .map((wrapper) => wrapper.instance as T)
      .filter(Boolean);
  }
}
