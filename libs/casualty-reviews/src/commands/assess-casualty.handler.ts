import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { AssessCasualtyRequest } from '../http/casualty-review.dto';
import { executeCasualtyReviewCommand } from './execute-casualty-review-command';

export class AssessCasualtyCommand extends ItemCommand<AssessCasualtyRequest> {}

@CommandHandler(AssessCasualtyCommand)
export class AssessCasualtyHandler implements ICommandHandler<AssessCasualtyCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: AssessCasualtyCommand): Promise<CommandResult> {
    const command = { type: 'AssessCasualty', reviewId: itemId, outcome: body.outcome, rationale: body.rationale, at: context.now } as const;
    return executeCasualtyReviewCommand(this.executor, command, context, body.expectedRevision);
  }
}
