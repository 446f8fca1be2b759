import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import type { CommandExecutor } from '../../../platform/src/command-executor';
import { activityDecider, type ActivityCommand } from '../activity.decider';
import { adviserEngagementStreamId, movementStreamId } from '../activity.events';

/** Runs an activity command on the activity's stream (a new one when logging). */
export function executeActivityCommand(
  executor: CommandExecutor,
  command: ActivityCommand,
  context: CommandContext,
  expectedRevision?: number,
): Promise<CommandResult> {
  const [kind, id, streamId] =
    'movementId' in command
      ? ['Movement', command.movementId, movementStreamId(command.movementId)]
      : ['Adviser engagement', command.engagementId, adviserEngagementStreamId(command.engagementId)];
  const mode = command.type === 'LogMovement' || command.type === 'LogAdviserEngagement' ? 'create' : 'update';
  return executor.execute({ kind, id, streamId, decider: activityDecider, command, context, mode, expectedRevision });
}
