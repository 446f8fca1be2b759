import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { CloseRiskRequest } from '../http/risk.dto';
import { executeRiskCommand } from './execute-risk-command';

export class CloseRiskCommand extends ItemCommand<CloseRiskRequest> {}

@CommandHandler(CloseRiskCommand)
export class CloseRiskHandler implements ICommandHandler<CloseRiskCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: CloseRiskCommand): Promise<CommandResult> {
    const command = { type: 'CloseRisk', riskId: itemId, reason: body.reason, at: context.now } as const;
    return executeRiskCommand(this.executor, command, context, body.expectedRevision);
  }
}
