import { Module } from '@nestjs/common';
import { AmendAdviserEngagementHandler } from './commands/amend-adviser-engagement.handler';
import { AmendMovementHandler } from './commands/amend-movement.handler';
import { LogAdviserEngagementHandler } from './commands/log-adviser-engagement.handler';
import { LogMovementHandler } from './commands/log-movement.handler';
import { WithdrawActivityHandler } from './commands/withdraw-activity.handler';
import { ActivitiesController } from './http/activities.controller';
import { ActivityLogProjection } from './projections/activity-log.projection';
import { ActivityLogQueries } from './projections/activity-log.queries';

/** Activities (SPEC 3.5): movements and adviser engagements, counted by the reporting context. */
@Module({
  controllers: [ActivitiesController],
  providers: [
    LogMovementHandler,
    LogAdviserEngagementHandler,
    AmendMovementHandler,
    AmendAdviserEngagementHandler,
    WithdrawActivityHandler,
    ActivityLogProjection,
    ActivityLogQueries,
  ],
})
export class ActivitiesModule {}
