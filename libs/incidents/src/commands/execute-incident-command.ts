import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import type { CommandExecutor } from '../../../platform/src/command-executor';
import { incidentDecider, type IncidentCommand } from '../incident.decider';
import { incidentStreamId } from '../incident.events';

/** Runs an incident command on the incident's stream (a new one when reporting). */
export function executeIncidentCommand(
  executor: CommandExecutor,
  command: IncidentCommand,
  context: CommandContext,
  expectedRevision?: number,
): Promise<CommandResult> {
  return executor.execute({
    kind: 'Incident',
    id: command.incidentId,
    streamId: incidentStreamId(command.incidentId),
    decider: incidentDecider,
    command,
    context,
    mode: command.type === 'ReportIncident' ? 'create' : 'update',
    expectedRevision,
  });
}
