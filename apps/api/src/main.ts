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

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
