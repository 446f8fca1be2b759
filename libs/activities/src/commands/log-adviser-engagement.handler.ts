import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { LogAdviserEngagementRequest } from '../http/activity.dto';
import { engagementFacts } from './activity-facts';
import { executeActivityCommand } from './execute-activity-command';

export class LogAdviserEngagementCommand extends ItemCommand<LogAdviserEngagementRequest> {}

@CommandHandler(LogAdviserEngagementCommand)
export class LogAdviserEngagementHandler implements ICommandHandler<LogAdviserEngagementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: LogAdviserEngagementCommand): Promise<CommandResult> {
    const command = { type: 'LogAdviserEngagement', engagementId: itemId, engagement: engagementFacts(body), at: context.now } as const;
    return executeActivityCommand(this.executor, command, context);
  }
}
