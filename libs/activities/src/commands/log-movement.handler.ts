import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { utcInstant } from '../../../incidents/src/commands/incident-facts';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { LogMovementRequest } from '../http/activity.dto';
import { executeActivityCommand } from './execute-activity-command';

export class LogMovementCommand extends ItemCommand<LogMovementRequest> {}

@CommandHandler(LogMovementCommand)
export class LogMovementHandler implements ICommandHandler<LogMovementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: LogMovementCommand): Promise<CommandResult> {
    const movement = { occurredAt: utcInstant(body.occurredAt), mission: body.mission, destination: body.destination, advisersEscorted: body.advisersEscorted };
    return executeActivityCommand(this.executor, { type: 'LogMovement', movementId: itemId, movement, at: context.now }, context);
  }
}
