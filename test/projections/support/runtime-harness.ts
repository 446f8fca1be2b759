import { ConsoleLogger, type Provider, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '../../../libs/event-store/src';
import { openReadModelDatabase, ProjectionRuntime, READ_MODEL_DATABASE } from '../../../libs/projections/src';

export interface RuntimeHarness {
  runtime: ProjectionRuntime;
  db: Database.Database;
  /** The instance of a projection or process manager the context created. */
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

/** A Nest context holding only the runtime and the given consumers (found by discovery), on a real read-model file. */
export async function startRuntime(store: EventStore, readModelFile: string, consumers: Provider[]): Promise<RuntimeHarness> {
  const db = openReadModelDatabase(readModelFile);
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [{ provide: EVENT_STORE, useValue: store }, { provide: READ_MODEL_DATABASE, useValue: db }, ProjectionRuntime, ...consumers],
  })
    // Retries after an intended failure log errors; assertions, not logs, tell whether a test went wrong.
    .setLogger(new ConsoleLogger({ logLevels: ['fatal'] }))
    .compile();
  await moduleRef.init();
  const runtime = moduleRef.get(ProjectionRuntime);
  runtime.start();
  return {
    runtime,
    db,
    get: (type) => moduleRef.get(type),
    async close() {
      await runtime.stop();
      await moduleRef.close();
      db.close();
    },
  };
}
