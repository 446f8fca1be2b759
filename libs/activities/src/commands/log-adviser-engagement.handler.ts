import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { utcInstant } from '../../../incidents/src/commands/incident-facts';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { LogAdviserEngagementRequest } from '../http/activity.dto';
import { executeActivityCommand } from './execute-activity-command';

export class LogAdviserEngagementCommand extends ItemCommand<LogAdviserEngagementRequest> {}

@CommandHandler(LogAdviserEngagementCommand)
export class LogAdviserEngagementHandler implements ICommandHandler<LogAdviserEngagementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: LogAdviserEngagementCommand): Promise<CommandResult> {
    const engagement = { occurredAt: utcInstant(body.occurredAt), mission: body.mission, counterpart: body.counterpart, topic: body.topic };
    return executeActivityCommand(this.executor, { type: 'LogAdviserEngagement', engagementId: itemId, engagement, at: context.now }, context);
  }
}
