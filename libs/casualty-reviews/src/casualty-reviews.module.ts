import { Module } from '@nestjs/common';
import { CasualtyReviewProcessManager } from './casualty-review.process-manager';
import { AssessCasualtyHandler } from './commands/assess-casualty.handler';
import { ConcludeInvestigationHandler } from './commands/conclude-investigation.handler';
import { OpenInvestigationHandler } from './commands/open-investigation.handler';
import { ReopenCasualtyReviewHandler } from './commands/reopen-casualty-review.handler';
import { ReportCasualtySuspicionHandler } from './commands/report-casualty-suspicion.handler';
import { CasualtyReviewsController } from './http/casualty-reviews.controller';
import { CasualtyReviewQueueProjection } from './projections/casualty-review-queue.projection';
import { CasualtyReviewQueueQueries } from './projections/casualty-review-queue.queries';

/** CIVCAS reviews (SPEC 3.2): reported by hand or opened by a use of force, assessed, investigated, concluded. */
@Module({
  controllers: [CasualtyReviewsController],
  providers: [
    ReportCasualtySuspicionHandler,
    AssessCasualtyHandler,
    OpenInvestigationHandler,
    ConcludeInvestigationHandler,
    ReopenCasualtyReviewHandler,
    CasualtyReviewQueueProjection,
    CasualtyReviewQueueQueries,
    CasualtyReviewProcessManager,
  ],
  exports: [CasualtyReviewQueueQueries],
})
export class CasualtyReviewsModule {}
