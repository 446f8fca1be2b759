import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import type { CommandExecutor } from '../../../platform/src/command-executor';
import { notificationDecider, type NotificationCommand } from '../notification.decider';
import { notificationStreamId } from '../notification.events';

/** Runs a command on a parliamentary notification; only the process manager creates them. */
export function executeNotificationCommand(
  executor: CommandExecutor,
  command: NotificationCommand,
  context: CommandContext,
  expectedRevision?: number,
): Promise<CommandResult> {
  return executor.execute({
    kind: 'Parliamentary notification',
    id: command.notificationId,
    streamId: notificationStreamId(command.notificationId),
    decider: notificationDecider,
    command,
    context,
    mode: command.type === 'RequireNotification' ? 'create' : 'update',
    expectedRevision,
  });
}
