import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import {
  EVENT_STORE,
  EventSchemas,
  SqliteEventStore,
  UpcastingEventStore,
  type EventSchema,
  type EventStore,
} from '../../event-store/src';
import { EsdbEventStore } from '../../event-store/src/esdb';
import { openReadModelDatabase, ProjectionRuntime, READ_MODEL_DATABASE } from '../../projections/src';
import { CommandExecutor } from './command-executor';
import { APP_CONFIG, type AppConfig } from './config/app-config';

function openEventStore(config: AppConfig, schemas: EventSchemas): EventStore {
  const engine =
    config.eventStore === 'esdb'
      ? new EsdbEventStore(config.esdbConnectionString!)
      : new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
  return new UpcastingEventStore(engine, schemas);
}

/**
 * The building blocks every context shares: configuration, the event store chosen by EVENT_STORE, the local
 * read-model database, the projection runtime and the command executor.
 */
@Global()
@Module({})
export class StorageModule {
  static forRoot(config: AppConfig, schemas: EventSchema[]): DynamicModule {
    return {
      module: StorageModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EventSchemas, useValue: new EventSchemas(schemas) },
        { provide: EVENT_STORE, useFactory: (s: EventSchemas) => openEventStore(config, s), inject: [EventSchemas] },
        { provide: READ_MODEL_DATABASE, useFactory: () => openReadModelDatabase(join(config.dataDir, 'read-models.sqlite')) },
        ProjectionRuntime,
        CommandExecutor,
        {
          // Runs after the HTTP server has drained: stop the consumers, then close the files they read and write.
          provide: 'STORAGE_CLOSER',
          inject: [EVENT_STORE, READ_MODEL_DATABASE, ProjectionRuntime],
          useFactory: (store: EventStore, db: Database.Database, runtime: ProjectionRuntime) => ({
            async onApplicationShutdown() {
              await runtime.stop();
              await store.close();
              db.close();
            },
          }),
        },
      ],
      exports: [APP_CONFIG, EventSchemas, EVENT_STORE, READ_MODEL_DATABASE, ProjectionRuntime, CommandExecutor],
    };
  }
}
