import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { CloseIncidentRequest } from '../http/incident.dto';
import { executeIncidentCommand } from './execute-incident-command';

export class CloseIncidentCommand extends ItemCommand<CloseIncidentRequest> {}

@CommandHandler(CloseIncidentCommand)
export class CloseIncidentHandler implements ICommandHandler<CloseIncidentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: CloseIncidentCommand): Promise<CommandResult> {
    const command = { type: 'CloseIncident', incidentId: itemId, reason: body.reason, at: context.now } as const;
    return executeIncidentCommand(this.executor, command, context, body.expectedRevision);
  }
}
