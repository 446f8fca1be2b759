import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { ApproveNotificationRequest } from '../http/notification.dto';
import { executeNotificationCommand } from './execute-notification-command';

export class ApproveNotificationCommand extends ItemCommand<ApproveNotificationRequest> {}

@CommandHandler(ApproveNotificationCommand)
export class ApproveNotificationHandler implements ICommandHandler<ApproveNotificationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: ApproveNotificationCommand): Promise<CommandResult> {
    const command = { type: 'ApproveNotification', notificationId: itemId, at: context.now } as const;
    return executeNotificationCommand(this.executor, command, context, body.expectedRevision);
  }
}
