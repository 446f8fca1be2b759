import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { ItemCommand } from '../../../platform/src/item-command';
import type { ActivityKind } from '../projections/activity-log.projection';
import type { CorrectionRequest } from '../http/activity.dto';
import { executeActivityCommand } from './execute-activity-command';

/** A withdrawal is the same for both kinds of activity: which stream it goes to is all that differs. */
export class WithdrawActivityCommand extends ItemCommand<CorrectionRequest> {
  constructor(
    readonly kind: ActivityKind,
    itemId: string,
    body: CorrectionRequest,
    context: CommandContext,
  ) {
    super(itemId, body, context);
  }
}

@CommandHandler(WithdrawActivityCommand)
export class WithdrawActivityHandler implements ICommandHandler<WithdrawActivityCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ kind, itemId, body, context }: WithdrawActivityCommand): Promise<CommandResult> {
    const withdrawal = { reason: body.reason, at: context.now };
    const command =
      kind === 'MOVEMENT'
        ? ({ type: 'WithdrawMovement', movementId: itemId, ...withdrawal } as const)
        : ({ type: 'WithdrawAdviserEngagement', engagementId: itemId, ...withdrawal } as const);
    return executeActivityCommand(this.executor, command, context, body.expectedRevision);
  }
}
