import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { CompleteMitigationRequest } from '../http/risk.dto';
import { executeRiskCommand } from './execute-risk-command';

export class CompleteMitigationCommand extends ItemCommand<CompleteMitigationRequest & { mitigationId: string }> {}

@CommandHandler(CompleteMitigationCommand)
export class CompleteMitigationHandler implements ICommandHandler<CompleteMitigationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: CompleteMitigationCommand): Promise<CommandResult> {
    const command = { type: 'CompleteMitigation', riskId: itemId, mitigationId: body.mitigationId, at: context.now } as const;
    return executeRiskCommand(this.executor, command, context, body.expectedRevision);
  }
}
