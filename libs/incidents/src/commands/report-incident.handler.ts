import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { ReportIncidentRequest } from '../http/incident.dto';
import { executeIncidentCommand } from './execute-incident-command';
import { reportedFacts } from './incident-facts';

export class ReportIncidentCommand extends ItemCommand<ReportIncidentRequest> {}

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler implements ICommandHandler<ReportIncidentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: ReportIncidentCommand): Promise<CommandResult> {
    const command = { type: 'ReportIncident', incidentId: itemId, facts: reportedFacts(body), at: context.now } as const;
    return executeIncidentCommand(this.executor, command, context);
  }
}
