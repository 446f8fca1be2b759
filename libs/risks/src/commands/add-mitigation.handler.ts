import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { deterministicId } from '../../../platform/src/ids';
import { ItemCommand } from '../../../platform/src/item-command';
import type { AddMitigationRequest } from '../http/risk.dto';
import { executeRiskCommand } from './execute-risk-command';

export class AddMitigationCommand extends ItemCommand<AddMitigationRequest> {}

@CommandHandler(AddMitigationCommand)
export class AddMitigationHandler implements ICommandHandler<AddMitigationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  /** Answers with the mitigation's id too; derived from the command, so a retried request names the same one. */
  async execute({ itemId, body, context }: AddMitigationCommand): Promise<CommandResult & { mitigationId: string }> {
    const mitigationId = body.id ?? deterministicId('mitigation', itemId, context.commandId);
    const { description, owner, dueBy } = body;
    const command = { type: 'AddMitigation', riskId: itemId, mitigationId, description, owner, dueBy, at: context.now } as const;
    return { ...(await executeRiskCommand(this.executor, command, asRetryable(context, itemId, body.id), body.expectedRevision)), mitigationId };
  }
}

/** A client-chosen mitigation id acts as the command id, so resending it is a retry (same answer) or a conflict (409). */
function asRetryable(context: CommandContext, riskId: string, mitigationId?: string): CommandContext {
  if (mitigationId === undefined || context.idempotencyKey !== undefined) return context;
  return { ...context, commandId: deterministicId('add-mitigation', riskId, mitigationId) };
}
