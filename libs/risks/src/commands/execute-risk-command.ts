import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import type { CommandExecutor } from '../../../platform/src/command-executor';
import { riskDecider, type RiskCommand } from '../risk.decider';
import { riskStreamId } from '../risk.events';

/** Runs a risk command on the risk's stream (a new one when identifying). */
export function executeRiskCommand(executor: CommandExecutor, command: RiskCommand, context: CommandContext, expectedRevision?: number): Promise<CommandResult> {
  return executor.execute({
    kind: 'Risk',
    id: command.riskId,
    streamId: riskStreamId(command.riskId),
    decider: riskDecider,
    command,
    context,
    mode: command.type === 'IdentifyRisk' ? 'create' : 'update',
    expectedRevision,
  });
}
