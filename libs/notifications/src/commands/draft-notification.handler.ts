import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { DraftNotificationRequest } from '../http/notification.dto';
import { executeNotificationCommand } from './execute-notification-command';

export class DraftNotificationCommand extends ItemCommand<DraftNotificationRequest> {}

@CommandHandler(DraftNotificationCommand)
export class DraftNotificationHandler implements ICommandHandler<DraftNotificationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: DraftNotificationCommand): Promise<CommandResult> {
    const command = { type: 'DraftNotification', notificationId: itemId, text: body.text, at: context.now } as const;
    return executeNotificationCommand(this.executor, command, context, body.expectedRevision);
  }
}
