import { Module } from '@nestjs/common';
import { PublishWeeklyOverviewHandler } from './commands/publish-weekly-overview.handler';
import { ProgressReportController } from './http/progress-report.controller';
import { WeeklyOverviewsController } from './http/weekly-overviews.controller';
import { ProgressReportQueries } from './projections/progress-report.queries';
import { WeeklyOverviewQueries } from './projections/weekly-overview.queries';
import { WeeklyReportingProjection } from './projections/weekly-reporting.projection';
import { WeeklyCorrectionsProcessManager } from './weekly-corrections.process-manager';

/** The weekly overview and the progress report (SPEC 3.6): counted per day, published and corrected as events. */
@Module({
  controllers: [WeeklyOverviewsController, ProgressReportController],
  providers: [
    WeeklyReportingProjection,
    WeeklyOverviewQueries,
    ProgressReportQueries,
    PublishWeeklyOverviewHandler,
    WeeklyCorrectionsProcessManager,
  ],
  exports: [WeeklyOverviewQueries, ProgressReportQueries],
})
export class ReportingModule {}
