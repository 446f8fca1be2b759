import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import type { CommandExecutor } from '../../../platform/src/command-executor';
import { activityDecider, type ActivityCommand } from '../activity.decider';
import { adviserEngagementStreamId, movementStreamId } from '../activity.events';

/** Logs an activity in a stream of its own. */
export function executeActivityCommand(executor: CommandExecutor, command: ActivityCommand, context: CommandContext): Promise<CommandResult> {
  const [kind, id, streamId] =
    command.type === 'LogMovement'
      ? ['Movement', command.movementId, movementStreamId(command.movementId)]
      : ['Adviser engagement', command.engagementId, adviserEngagementStreamId(command.engagementId)];
  return executor.execute({ kind, id, streamId, decider: activityDecider, command, context, mode: 'create' });
}
