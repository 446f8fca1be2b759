import { Module } from '@nestjs/common';
import { ApproveNotificationHandler } from './commands/approve-notification.handler';
import { DispatchNotificationHandler } from './commands/dispatch-notification.handler';
import { DraftNotificationHandler } from './commands/draft-notification.handler';
import { NotificationsController } from './http/notifications.controller';
import { NotificationsProcessManager } from './notifications.process-manager';
import { NotificationBoardProjection } from './projections/notification-board.projection';
import { NotificationBoardQueries } from './projections/notification-board.queries';

/** Parliamentary notifications (SPEC 3.3): required by triggers, drafted, approved and sent. */
@Module({
  controllers: [NotificationsController],
  providers: [
    DraftNotificationHandler,
    ApproveNotificationHandler,
    DispatchNotificationHandler,
    NotificationBoardProjection,
    NotificationBoardQueries,
    NotificationsProcessManager,
  ],
  exports: [NotificationBoardQueries],
})
export class NotificationsModule {}
