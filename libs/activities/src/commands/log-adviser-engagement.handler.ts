import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ItemCommand } from '../../../incidents/src/commands/item-command';
import { utcInstant } from '../../../incidents/src/commands/incident-facts';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { activityDecider } from '../activity.decider';
import { adviserEngagementStreamId } from '../activity.events';
import type { LogAdviserEngagementRequest } from '../http/activity.dto';

export class LogAdviserEngagementCommand extends ItemCommand<LogAdviserEngagementRequest> {}

@CommandHandler(LogAdviserEngagementCommand)
export class LogAdviserEngagementHandler implements ICommandHandler<LogAdviserEngagementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: LogAdviserEngagementCommand): Promise<CommandResult> {
    const engagement = { occurredAt: utcInstant(body.occurredAt), mission: body.mission, counterpart: body.counterpart, topic: body.topic };
    return this.executor.execute({
      kind: 'Adviser engagement',
      id: itemId,
      streamId: adviserEngagementStreamId(itemId),
      decider: activityDecider,
      command: { type: 'LogAdviserEngagement', engagementId: itemId, engagement, at: context.now },
      context,
      mode: 'create',
    });
  }
}
