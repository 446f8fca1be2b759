import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './test-app';

/** Another instance of the service on the same event store: sharing the first one's data directory, or with its own. */
export async function instanceOnSameStore(first: TestApp, dataDir: string, env: Record<string, string> = {}): Promise<TestApp> {
  const storeEnv: Record<string, string> = { DATA_DIR: dataDir };
  if (first.config.eventStore === 'esdb') {
    Object.assign(storeEnv, { EVENT_STORE: 'esdb', ESDB_CONNECTION_STRING: first.config.esdbConnectionString! });
  } else if (dataDir !== first.config.dataDir) {
    // SQLite follows the link, so both instances write one events file (and its WAL) while keeping their own read models.
    symlinkSync(join(first.config.dataDir, 'events.sqlite'), join(dataDir, 'events.sqlite'));
  }
  return startTestApp({ ...env, ...storeEnv });
}
