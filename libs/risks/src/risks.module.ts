import { Module } from '@nestjs/common';
import { AddMitigationHandler } from './commands/add-mitigation.handler';
import { CloseRiskHandler } from './commands/close-risk.handler';
import { CompleteMitigationHandler } from './commands/complete-mitigation.handler';
import { IdentifyRiskHandler } from './commands/identify-risk.handler';
import { ReassessRiskHandler } from './commands/reassess-risk.handler';
import { RisksController } from './http/risks.controller';
import { RiskRegisterProjection } from './projections/risk-register.projection';
import { RiskRegisterQueries } from './projections/risk-register.queries';

/** Risks (SPEC 3.4): identification, reassessment, mitigations, closure, the register and its heatmap. */
@Module({
  controllers: [RisksController],
  providers: [
    IdentifyRiskHandler,
    ReassessRiskHandler,
    AddMitigationHandler,
    CompleteMitigationHandler,
    CloseRiskHandler,
    RiskRegisterProjection,
    RiskRegisterQueries,
  ],
})
export class RisksModule {}
