import { Inject, ServiceUnavailableException } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandExecutor } from '../../../platform/src/command-executor';
import { READ_YOUR_WRITES_TIMEOUT_MS } from '../../../platform/src/http/read-your-writes.interceptor';
import { Checkpoints, ProjectionRuntime, READ_MODEL_DATABASE } from '../../../projections/src';
import type { PublicationRequest } from '../http/weekly-overview.dto';
import { WeeklyOverviewQueries } from '../projections/weekly-overview.queries';
import { WeeklyReportingProjection } from '../projections/weekly-reporting.projection';
import { weekBounds } from '../week/iso-week';
import { weeklyOverviewDecider } from '../weekly-overview.decider';
import { weeklyOverviewStreamId } from '../weekly-overview.events';

export class PublishWeeklyOverviewCommand extends Command<CommandResult> {
  constructor(
    readonly week: string,
    readonly body: PublicationRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Freezes a week's content as it stands once everything committed before the request has been counted. */
@CommandHandler(PublishWeeklyOverviewCommand)
export class PublishWeeklyOverviewHandler implements ICommandHandler<PublishWeeklyOverviewCommand> {
  private readonly checkpoints: Checkpoints;

  constructor(
    private readonly executor: CommandExecutor,
    private readonly runtime: ProjectionRuntime,
    private readonly queries: WeeklyOverviewQueries,
    private readonly projection: WeeklyReportingProjection,
    @Inject(READ_MODEL_DATABASE) db: Database.Database,
  ) {
    this.checkpoints = new Checkpoints(db);
  }

  async execute({ week, body, context }: PublishWeeklyOverviewCommand): Promise<CommandResult> {
    if (!(await this.runtime.waitUntilCaughtUp(READ_YOUR_WRITES_TIMEOUT_MS))) {
      throw new ServiceUnavailableException('The read models are still catching up with recent changes; try again shortly');
    }
    const bounds = weekBounds(week, this.queries.zone);
    // One synchronous step: no projection batch can land between the content and the position it was read at.
    const content = this.queries.contentOf(bounds);
    const asOfPosition = (this.checkpoints.read(this.projection.name)?.position ?? 0n).toString();
    const published = this.queries.statusOf(week) !== 'DRAFT';
    return this.executor.execute({
      kind: 'Weekly overview',
      id: week,
      streamId: weeklyOverviewStreamId(week),
      decider: weeklyOverviewDecider,
      command: { type: 'PublishWeeklyOverview', week, weekEnd: bounds.toUtc, content, asOfPosition, at: context.now },
      context,
      mode: published ? 'update' : 'create',
      expectedRevision: body.expectedRevision,
    });
  }
}
