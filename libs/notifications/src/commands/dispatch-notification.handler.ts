import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { APP_CONFIG, type AppConfig } from '../../../platform/src/config/app-config';
import { ItemCommand } from '../../../platform/src/item-command';
import type { DispatchNotificationRequest } from '../http/notification.dto';
import { executeNotificationCommand } from './execute-notification-command';

export class DispatchNotificationCommand extends ItemCommand<DispatchNotificationRequest> {}

@CommandHandler(DispatchNotificationCommand)
export class DispatchNotificationHandler implements ICommandHandler<DispatchNotificationCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ itemId, body, context }: DispatchNotificationCommand): Promise<CommandResult> {
    const command = {
      type: 'DispatchNotification',
      notificationId: itemId,
      paperReference: body.paperReference.trim(),
      sentOn: body.sentOn,
      timeZone: this.config.reportingTimeZone,
      at: context.now,
    } as const;
    return executeNotificationCommand(this.executor, command, context, body.expectedRevision);
  }
}
