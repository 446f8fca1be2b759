import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { ConcludeInvestigationRequest } from '../http/casualty-review.dto';
import { executeCasualtyReviewCommand } from './execute-casualty-review-command';

export class ConcludeInvestigationCommand extends ItemCommand<ConcludeInvestigationRequest> {}

@CommandHandler(ConcludeInvestigationCommand)
export class ConcludeInvestigationHandler implements ICommandHandler<ConcludeInvestigationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ itemId, body, context }: ConcludeInvestigationCommand): Promise<CommandResult> {
    const command = {
      type: 'ConcludeInvestigation',
      reviewId: itemId,
      findings: body.findings,
      confirmedKilled: body.confirmedKilled,
      confirmedInjured: body.confirmedInjured,
      at: context.now,
    } as const;
    return executeCasualtyReviewCommand(this.executor, command, context, body.expectedRevision);
  }
}
