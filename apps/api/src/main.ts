import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '../../../libs/platform/src/config/app-config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const logger = new Logger('main');
  const { port } = app.getHttpServer().address() as { port: number };
  // With PORT=0 this line is the only way a supervisor (or a test) learns the port.
  logger.log({ message: 'listening', url: `http://${config.host}:${port}`, port });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => logger.log({ message: `${signal}: refusing new requests, finishing those in flight`, signal }));
  }
}

/** Codes of a write the disk refused: full, over a size limit or quota, or failing to write or sync. */
const REFUSED_WRITE = /^(SQLITE_FULL|SQLITE_IOERR_(WRITE|FSYNC|DIR_FSYNC|TRUNCATE|SHMSIZE)|ENOSPC|EFBIG|EDQUOT)$/;

/** Why the service could not start, in the operator's terms where the cause is known. */
function startupFailure(error: unknown): unknown {
  if (error instanceof ConfigError) return error.message;
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string' && REFUSED_WRITE.test(code)) {
    return `The service could not start: the disk under DATA_DIR refused a write (${code}: ${(error as Error).message}). ` +
      'Free space or check the disk, then start again; nothing acknowledged before is lost.';
  }
  return error;
}

main().catch((error: unknown) => {
  console.error(startupFailure(error));
  process.exit(1);
});
