import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { OpenInvestigationRequest } from '../http/casualty-review.dto';
import { executeCasualtyReviewCommand } from './execute-casualty-review-command';

export class OpenInvestigationCommand extends ItemCommand<OpenInvestigationRequest> {}

@CommandHandler(OpenInvestigationCommand)
export class OpenInvestigationHandler implements ICommandHandler<OpenInvestigationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: OpenInvestigationCommand): Promise<CommandResult> {
    const command = { type: 'OpenInvestigation', reviewId: itemId, authority: body.authority, reference: body.reference, at: context.now } as const;
    return executeCasualtyReviewCommand(this.executor, command, context, body.expectedRevision);
  }
}
