import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { ReopenCasualtyReviewRequest } from '../http/casualty-review.dto';
import { executeCasualtyReviewCommand } from './execute-casualty-review-command';

export class ReopenCasualtyReviewCommand extends ItemCommand<ReopenCasualtyReviewRequest> {}

@CommandHandler(ReopenCasualtyReviewCommand)
export class ReopenCasualtyReviewHandler implements ICommandHandler<ReopenCasualtyReviewCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: ReopenCasualtyReviewCommand): Promise<CommandResult> {
    const command = { type: 'ReopenReview', reviewId: itemId, newInformation: body.newInformation, reason: body.reason, at: context.now } as const;
    return executeCasualtyReviewCommand(this.executor, command, context, body.expectedRevision);
  }
}
