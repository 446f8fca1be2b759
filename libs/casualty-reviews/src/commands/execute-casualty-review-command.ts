import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import type { CommandExecutor } from '../../../platform/src/command-executor';
import { casualtyReviewDecider, type CasualtyReviewCommand } from '../casualty-review.decider';
import { casualtyReviewStreamId } from '../casualty-review.events';

/** Runs a CIVCAS review command on the review's stream (a new one when reporting). */
export function executeCasualtyReviewCommand(
  executor: CommandExecutor,
  command: CasualtyReviewCommand,
  context: CommandContext,
  expectedRevision?: number,
): Promise<CommandResult> {
  return executor.execute({
    kind: 'CIVCAS review',
    id: command.reviewId,
    streamId: casualtyReviewStreamId(command.reviewId),
    decider: casualtyReviewDecider,
    command,
    context,
    mode: command.type === 'ReportCasualtySuspicion' ? 'create' : 'update',
    expectedRevision,
  });
}
