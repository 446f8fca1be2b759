import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from './command-context';

/**
 * The message a controller dispatches on the CommandBus: which item, the validated body, and who asked.
 * Each command subclasses it, so the bus routes by the subclass. Shared by every context's commands.
 */
export abstract class ItemCommand<Body> extends Command<CommandResult> {
  constructor(
    readonly itemId: string,
    readonly body: Body,
    readonly context: CommandContext,
  ) {
    super();
  }
}
