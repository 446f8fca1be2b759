import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { ProjectionRuntime } from '../../../../libs/projections/src';
import { CliOutput } from '../../../../libs/platform/src/cli-output';
import { RebuildProgressBars } from './rebuild-progress';

@SubCommand({
  name: 'rebuild',
  arguments: '[name]',
  description: 'Empty a projection (every one when no name is given) and replay all events into it; run with the service stopped',
})
export class RebuildProjectionsCommand extends CommandRunner {
  constructor(
    private readonly runtime: ProjectionRuntime,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run([name]: string[]): Promise<void> {
    const names = name ? [name] : [];
    const bars = new RebuildProgressBars();
    try {
      await this.runtime.rebuild(names, (progress) => bars.update(progress));
    } finally {
      bars.stop();
    }
    const rebuilt = names.length > 0 ? names : this.runtime.projectionNames();
    this.output.line(`Rebuilt ${rebuilt.join(', ') || 'no projections'}`);
  }
}

@Command({ name: 'projections', description: 'Manage the read models', subCommands: [RebuildProjectionsCommand] })
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
