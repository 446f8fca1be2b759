import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { ReassessRiskRequest } from '../http/risk.dto';
import { executeRiskCommand } from './execute-risk-command';

export class ReassessRiskCommand extends ItemCommand<ReassessRiskRequest> {}

@CommandHandler(ReassessRiskCommand)
export class ReassessRiskHandler implements ICommandHandler<ReassessRiskCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: ReassessRiskCommand): Promise<CommandResult> {
    const { likelihood, impact, residualLikelihood, residualImpact, reviewBy, rationale } = body;
    const command = {
      type: 'ReassessRisk',
      riskId: itemId,
      assessment: { likelihood, impact, residualLikelihood, residualImpact },
      reviewBy,
      rationale,
      at: context.now,
    } as const;
    return executeRiskCommand(this.executor, command, context, body.expectedRevision);
  }
}
