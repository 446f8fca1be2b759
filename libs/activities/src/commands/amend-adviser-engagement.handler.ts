import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { AmendAdviserEngagementRequest } from '../http/activity.dto';
import { engagementFacts } from './activity-facts';
import { executeActivityCommand } from './execute-activity-command';

export class AmendAdviserEngagementCommand extends ItemCommand<AmendAdviserEngagementRequest> {}

@CommandHandler(AmendAdviserEngagementCommand)
export class AmendAdviserEngagementHandler implements ICommandHandler<AmendAdviserEngagementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: AmendAdviserEngagementCommand): Promise<CommandResult> {
    const corrections = engagementFacts(body);
    const command = { type: 'AmendAdviserEngagement', engagementId: itemId, corrections, reason: body.reason, at: context.now } as const;
    return executeActivityCommand(this.executor, command, context, body.expectedRevision);
  }
}
