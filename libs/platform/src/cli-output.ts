import { Global, Injectable, Module } from '@nestjs/common';

/** Where commands report to the operator; a provider so tests can read what a command said. */
@Injectable()
export class CliOutput {
  line(text: string): void {
    process.stdout.write(`${text}\n`);
  }
}

@Global()
@Module({ providers: [CliOutput], exports: [CliOutput] })
export class CliOutputModule {}
