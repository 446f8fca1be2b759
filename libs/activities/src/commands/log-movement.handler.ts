import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { LogMovementRequest } from '../http/activity.dto';
import { movementFacts } from './activity-facts';
import { executeActivityCommand } from './execute-activity-command';

export class LogMovementCommand extends ItemCommand<LogMovementRequest> {}

@CommandHandler(LogMovementCommand)
export class LogMovementHandler implements ICommandHandler<LogMovementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: LogMovementCommand): Promise<CommandResult> {
    const command = { type: 'LogMovement', movementId: itemId, movement: movementFacts(body), at: context.now } as const;
    return executeActivityCommand(this.executor, command, context);
  }
}
