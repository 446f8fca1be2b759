import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { ProjectionRuntime } from '../../../../libs/projections/src';
import { CliOutput } from '../../../../libs/platform/src/cli-output';
import { EventBackup } from './event-backup';

@SubCommand({
  name: 'export',
  arguments: '<file>',
  description: 'Write every event, exactly as stored, to a new NDJSON file (one event per line, in $all order, then a closing line with their count and checksum)',
})
export class ExportEventsCommand extends CommandRunner {
  constructor(
    private readonly backup: EventBackup,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run([file]: string[]): Promise<void> {
    const count = await this.backup.exportTo(file);
    this.output.line(`Exported ${count} events to ${file}`);
  }
}

@SubCommand({
  name: 'import',
  arguments: '<file>',
  description: 'Restore an NDJSON export into an empty store; a malformed line or a file cut short is named and nothing is written',
})
export class ImportEventsCommand extends CommandRunner {
  constructor(
    private readonly backup: EventBackup,
    private readonly runtime: ProjectionRuntime,
    private readonly output: CliOutput,
  ) {
    super();
  }

  async run([file]: string[], options: { resume?: boolean; withoutClosingLine?: boolean } = {}): Promise<void> {
    const withoutClosingLine = options.withoutClosingLine === true;
    const count = await this.backup.importFrom(file, { resume: options.resume === true, withoutClosingLine });
    this.output.line(`Imported ${count} events from ${file}${withoutClosingLine ? ' (without a closing line: not checked to be whole)' : ''}`);
    // Read models left in DATA_DIR from an earlier store would hold checkpoints past the imported events.
    await this.runtime.rebuild();
    this.output.line('Rebuilt every projection from the imported events');
  }

  @Option({ flags: '--resume', description: 'Finish an import that stopped part-way (the store must hold exactly the first events of this file)' })
  parseResume(): boolean {
    return true;
  }

  @Option({
    flags: '--without-closing-line',
    description: 'Accept a backup exported before backups had a closing line (a file cut short at a line boundary then passes as whole)',
  })
  parseWithoutClosingLine(): boolean {
    return true;
  }
}

@Command({ name: 'events', description: 'Back up and restore the event store', subCommands: [ExportEventsCommand, ImportEventsCommand] })
export class EventsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
