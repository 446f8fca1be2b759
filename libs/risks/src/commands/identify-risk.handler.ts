import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { IdentifyRiskRequest } from '../http/risk.dto';
import { executeRiskCommand } from './execute-risk-command';

export class IdentifyRiskCommand extends ItemCommand<IdentifyRiskRequest> {}

@CommandHandler(IdentifyRiskCommand)
export class IdentifyRiskHandler implements ICommandHandler<IdentifyRiskCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: IdentifyRiskCommand): Promise<CommandResult> {
    const { category, title, description, mission, owner, likelihood, impact, residualLikelihood, residualImpact, reviewBy } = body;
    const command = {
      type: 'IdentifyRisk',
      riskId: itemId,
      description: { category, title, description, mission, owner },
      assessment: { likelihood, impact, residualLikelihood, residualImpact },
      reviewBy,
      at: context.now,
    } as const;
    return executeRiskCommand(this.executor, command, context);
  }
}
