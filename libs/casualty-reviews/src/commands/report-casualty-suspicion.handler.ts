import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, StreamNotFoundError, type EventStore } from '../../../event-store/src';
import { plainLocation, utcInstant } from '../../../shared-kernel/src';
import { incidentStreamId } from '../../../incidents/src/incident.events';
import type { CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { DomainRuleViolation } from '../../../platform/src/decider';
import { ItemCommand } from '../../../platform/src/item-command';
import type { CasualtySuspicion } from '../casualty-review.events';
import type { ReportCasualtySuspicionRequest } from '../http/casualty-review.dto';
import { executeCasualtyReviewCommand } from './execute-casualty-review-command';

export class ReportCasualtySuspicionCommand extends ItemCommand<ReportCasualtySuspicionRequest> {}

@CommandHandler(ReportCasualtySuspicionCommand)
export class ReportCasualtySuspicionHandler implements ICommandHandler<ReportCasualtySuspicionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ itemId, body, context }: ReportCasualtySuspicionCommand): Promise<CommandResult> {
    if (body.incidentId) await this.assertIncidentExists(body.incidentId);
    const suspicion: CasualtySuspicion = {
      source: body.source,
      description: body.description,
      occurredAt: utcInstant(body.occurredAt),
      mission: body.mission,
      location: plainLocation(body.location),
      estimatedKilled: body.estimatedKilled,
      estimatedInjured: body.estimatedInjured,
      ...(body.incidentId ? { incidentId: body.incidentId } : {}),
    };
    const command = { type: 'ReportCasualtySuspicion', reviewId: itemId, suspicion, automatic: false, at: context.now } as const;
    return executeCasualtyReviewCommand(this.executor, command, context);
  }

  /** A link must lead somewhere: read from the store, which is never behind. */
  private async assertIncidentExists(incidentId: string): Promise<void> {
    try {
      await this.store.readStream(incidentStreamId(incidentId), { maxCount: 1 });
    } catch (error) {
      if (error instanceof StreamNotFoundError) throw new DomainRuleViolation(`incidentId ${incidentId} does not name a reported incident`);
      throw error;
    }
  }
}
