import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandCtx, newItemId } from '../../../platform/src/http/command-context.decorator';
import type { Page } from '../../../platform/src/http/page';
import { READERS, Roles } from '../../../platform/src/http/roles';
import { LogAdviserEngagementCommand } from '../commands/log-adviser-engagement.handler';
import { LogMovementCommand } from '../commands/log-movement.handler';
import { ActivityLogQueries, type ActivityItem } from '../projections/activity-log.queries';
import { ActivityListQuery, LogAdviserEngagementRequest, LogMovementRequest } from './activity.dto';

type RequestContext = Parameters<typeof newItemId>[1];

/** The monitoring indicators of SPEC 3.5: Force Protection movements and adviser engagements. */
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
}
