import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { ConfigError, loadConfig } from '../../../libs/platform/src/config/app-config';
import { CliModule } from './cli.module';

async function main(): Promise<void> {
  const config = loadConfig();
  await CommandFactory.run(CliModule.forRoot(config), {
    cliName: 'register',
    logger: ['error', 'warn'],
    // A refused command is the operator's answer, not a crash: its message, and a failing exit code for scripts.
    serviceErrorHandler: (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
