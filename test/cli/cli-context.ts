import { Test, type TestingModule } from '@nestjs/testing';
import { ConsoleLogger, type Type } from '@nestjs/common';
import { CliModule } from '../../apps/cli/src/cli.module';
import { CliOutput } from '../../libs/platform/src/cli-output';
import { EVENT_STORE, withoutUpcasting, type EventStore } from '../../libs/event-store/src';
import { loadConfig } from '../../libs/platform/src/config/app-config';

export interface CliContext {
  /** Everything the commands printed, line by line. */
  printed: string[];
  command<T>(type: Type<T>): T;
  /** The store beneath upcasting, to compare events exactly as stored. */
  storedEvents(): EventStore;
  close(): Promise<void>;
}

/** The CLI's Nest context on a data directory, as `npm run cli` builds it, with its output captured. */
export async function cliContext(dataDir: string): Promise<CliContext> {
  const printed: string[] = [];
  const moduleRef: TestingModule = await Test.createTestingModule({ imports: [CliModule.forRoot(loadConfig({ DATA_DIR: dataDir }))] })
    .overrideProvider(CliOutput)
    .useValue({ line: (text: string) => printed.push(text) })
    .setLogger(new ConsoleLogger({ logLevels: ['error', 'fatal'] }))
    .compile();
  await moduleRef.init();
  return {
    printed,
    command: (type) => moduleRef.get(type),
    storedEvents: () => withoutUpcasting(moduleRef.get<EventStore>(EVENT_STORE)),
    close: () => moduleRef.close(),
  };
}
