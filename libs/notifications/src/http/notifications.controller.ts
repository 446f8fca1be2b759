import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandCtx } from '../../../platform/src/http/command-context.decorator';
import type { Page } from '../../../platform/src/http/page';
import { Roles } from '../../../platform/src/http/roles';
import { ApproveNotificationCommand } from '../commands/approve-notification.handler';
import { DispatchNotificationCommand } from '../commands/dispatch-notification.handler';
import { DraftNotificationCommand } from '../commands/draft-notification.handler';
import type { NotificationDetail, NotificationItem } from '../notification.views';
import { NotificationBoardQueries } from '../projections/notification-board.queries';
import {
  ApproveNotificationRequest,
  DispatchNotificationRequest,
  DraftNotificationRequest,
  NotificationBoardQuery,
  NotificationParams,
} from './notification.dto';

@ApiTags('parliamentary-notifications')
@ApiBearerAuth()
@Controller('parliamentary-notifications')
export class NotificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: NotificationBoardQueries,
  ) {}

  /** The board, earliest due first, filtered by status, kind, trigger and overdue=true. */
  @Get()
  @Roles('legal', 'manager')
  board(@Query() query: NotificationBoardQuery): Page<NotificationItem> {
    return this.queries.board(query, new Date());
  }

  @Get(':id')
  @Roles('legal', 'manager')
  detail(@Param() params: NotificationParams): NotificationDetail {
    return this.queries.detail(params.id, new Date());
  }

  /** Drafts the letter, or redrafts it (an approved text then needs approval again). */
  @Post(':id/draft')
  @HttpCode(200)
  @Roles('legal')
  draft(@Param() params: NotificationParams, @Body() body: DraftNotificationRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new DraftNotificationCommand(params.id, body, context));
  }

  @Post(':id/approval')
  @HttpCode(200)
  @Roles('manager')
  approve(
    @Param() params: NotificationParams,
    @Body() body: ApproveNotificationRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ApproveNotificationCommand(params.id, body ?? {}, context));
  }

  /** Records that the letter went to parliament: its paper reference and the date sent. */
  @Post(':id/dispatch')
  @HttpCode(200)
  @Roles('legal', 'manager')
  dispatch(
    @Param() params: NotificationParams,
    @Body() body: DispatchNotificationRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new DispatchNotificationCommand(params.id, body, context));
  }
}
