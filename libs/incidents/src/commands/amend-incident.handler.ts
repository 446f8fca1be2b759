import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { AmendIncidentRequest } from '../http/incident.dto';
import { executeIncidentCommand } from './execute-incident-command';
import { corrections } from './incident-facts';

export class AmendIncidentCommand extends ItemCommand<AmendIncidentRequest> {}

@CommandHandler(AmendIncidentCommand)
export class AmendIncidentHandler implements ICommandHandler<AmendIncidentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: AmendIncidentCommand): Promise<CommandResult> {
    const command = { type: 'AmendIncident', incidentId: itemId, corrections: corrections(body), reason: body.reason, at: context.now } as const;
    return executeIncidentCommand(this.executor, command, context, body.expectedRevision);
  }
}
