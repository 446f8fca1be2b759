import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { CliOutput } from '../../../platform/src/cli-output';
import { DemoSeeder } from './demo-seeder';

@SubCommand({
  name: 'seed',
  description: 'Fill the register with a FICTIONAL 2024 scenario for the Force Protection company at Camp Union III; running it again adds nothing',
})
export class SeedDemoCommand extends CommandRunner {
  constructor(
    private readonly seeder: DemoSeeder,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run(): Promise<void> {
    const { steps, newEvents } = await this.seeder.seed();
    this.output.line(`Seeded the fictional 2024 scenario: ${steps} steps, ${newEvents} new events (every text is marked [FICTIONAL])`);
  }
}

@Command({ name: 'demo', description: 'Demonstration data', subCommands: [SeedDemoCommand] })
export class DemoCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

/** Registered in apps/cli/src/cli.module.ts. */
@Module({ imports: [DiscoveryModule], providers: [DemoCommand, SeedDemoCommand, DemoSeeder] })
export class DemoCommandsModule {}
