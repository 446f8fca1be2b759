import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { AmendMovementRequest } from '../http/activity.dto';
import { movementFacts } from './activity-facts';
import { executeActivityCommand } from './execute-activity-command';

export class AmendMovementCommand extends ItemCommand<AmendMovementRequest> {}

@CommandHandler(AmendMovementCommand)
export class AmendMovementHandler implements ICommandHandler<AmendMovementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: AmendMovementCommand): Promise<CommandResult> {
    const command = { type: 'AmendMovement', movementId: itemId, corrections: movementFacts(body), reason: body.reason, at: context.now } as const;
    return executeActivityCommand(this.executor, command, context, body.expectedRevision);
  }
}
