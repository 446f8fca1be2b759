import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandCtx, newItemId } from '../../../platform/src/http/command-context.decorator';
import type { Page } from '../../../platform/src/http/page';
import { READERS, Roles } from '../../../platform/src/http/roles';
import { AmendAdviserEngagementCommand } from '../commands/amend-adviser-engagement.handler';
import { AmendMovementCommand } from '../commands/amend-movement.handler';
import { LogAdviserEngagementCommand } from '../commands/log-adviser-engagement.handler';
import { LogMovementCommand } from '../commands/log-movement.handler';
import { WithdrawActivityCommand } from '../commands/withdraw-activity.handler';
import { ActivityLogQueries, type ActivityDetail, type ActivityItem } from '../projections/activity-log.queries';
import {
  ActivityListQuery,
  ActivityParams,
  AmendAdviserEngagementRequest,
  AmendMovementRequest,
  CorrectionRequest,
  LogAdviserEngagementRequest,
  LogMovementRequest,
} from './activity.dto';

type RequestContext = Parameters<typeof newItemId>[1];

/** The monitoring indicators of SPEC 3.5: Force Protection movements and adviser engagements, logged by operations. */
@ApiTags('activities')
@ApiBearerAuth()
@Controller()
export class ActivitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: ActivityLogQueries,
  ) {}

  @Post('movements')
  @Roles('operations')
  logMovement(@Body() body: LogMovementRequest, @CommandCtx() context: RequestContext): Promise<CommandResult> {
    return this.commands.execute(new LogMovementCommand(newItemId(body.id, context, 'movement'), body, context));
  }

  @Get('movements')
  @Roles(...READERS)
  movements(@Query() query: ActivityListQuery): Page<ActivityItem> {
    return this.queries.list('MOVEMENT', query);
  }

  /** One movement as it stands now, with its log, every correction and a withdrawal. */
  @Get('movements/:id')
  @Roles(...READERS)
  movement(@Param() params: ActivityParams): ActivityDetail {
    return this.queries.detail('MOVEMENT', params.id);
  }

  @Post('movements/:id/amendments')
  @HttpCode(200)
  @Roles('operations')
  amendMovement(@Param() params: ActivityParams, @Body() body: AmendMovementRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new AmendMovementCommand(params.id, body, context));
  }

  /** The movement no longer counts in any overview or report; its history keeps it. */
  @Post('movements/:id/withdrawal')
  @HttpCode(200)
  @Roles('operations')
  withdrawMovement(@Param() params: ActivityParams, @Body() body: CorrectionRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new WithdrawActivityCommand('MOVEMENT', params.id, body, context));
  }

  @Post('adviser-engagements')
  @Roles('operations')
  logAdviserEngagement(@Body() body: LogAdviserEngagementRequest, @CommandCtx() context: RequestContext): Promise<CommandResult> {
    return this.commands.execute(new LogAdviserEngagementCommand(newItemId(body.id, context, 'adviser-engagement'), body, context));
  }

  @Get('adviser-engagements')
  @Roles(...READERS)
  adviserEngagements(@Query() query: ActivityListQuery): Page<ActivityItem> {
    return this.queries.list('ADVISER_ENGAGEMENT', query);
  }

  @Get('adviser-engagements/:id')
  @Roles(...READERS)
  adviserEngagement(@Param() params: ActivityParams): ActivityDetail {
    return this.queries.detail('ADVISER_ENGAGEMENT', params.id);
  }

  @Post('adviser-engagements/:id/amendments')
  @HttpCode(200)
  @Roles('operations')
  amendAdviserEngagement(
    @Param() params: ActivityParams,
    @Body() body: AmendAdviserEngagementRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new AmendAdviserEngagementCommand(params.id, body, context));
  }

  @Post('adviser-engagements/:id/withdrawal')
  @HttpCode(200)
  @Roles('operations')
  withdrawAdviserEngagement(
    @Param() params: ActivityParams,
    @Body() body: CorrectionRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new WithdrawActivityCommand('ADVISER_ENGAGEMENT', params.id, body, context));
  }
}
