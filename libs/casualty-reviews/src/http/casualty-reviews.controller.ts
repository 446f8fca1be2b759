import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandCtx, newItemId } from '../../../platform/src/http/command-context.decorator';
import type { Page } from '../../../platform/src/http/page';
import { READERS, Roles } from '../../../platform/src/http/roles';
import { AssessCasualtyCommand } from '../commands/assess-casualty.handler';
import { ConcludeInvestigationCommand } from '../commands/conclude-investigation.handler';
import { OpenInvestigationCommand } from '../commands/open-investigation.handler';
import { ReopenCasualtyReviewCommand } from '../commands/reopen-casualty-review.handler';
import { ReportCasualtySuspicionCommand } from '../commands/report-casualty-suspicion.handler';
import type { CasualtyReviewDetail, CasualtyReviewItem } from '../casualty-review.views';
import { CasualtyReviewQueueQueries } from '../projections/casualty-review-queue.queries';
import {
  AssessCasualtyRequest,
  CasualtyReviewParams,
  CasualtyReviewQueueQuery,
  ConcludeInvestigationRequest,
  OpenInvestigationRequest,
  ReopenCasualtyReviewRequest,
  ReportCasualtySuspicionRequest,
} from './casualty-review.dto';

type RequestContext = Parameters<typeof newItemId>[1];

@ApiTags('casualty-reviews')
@ApiBearerAuth()
@Controller('casualty-reviews')
export class CasualtyReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: CasualtyReviewQueueQueries,
  ) {}

  /** Reports a suspicion of civilian casualties: 201 {id, revision, position}. */
  @Post()
  @Roles('operations', 'legal')
  report(@Body() body: ReportCasualtySuspicionRequest, @CommandCtx() context: RequestContext): Promise<CommandResult> {
    return this.commands.execute(new ReportCasualtySuspicionCommand(newItemId(body.id, context, 'casualty-review'), body, context));
  }

  /** The legal queue, oldest report first, with the age of each case in days. */
  @Get()
  @Roles(...READERS)
  queue(@Query() query: CasualtyReviewQueueQuery): Page<CasualtyReviewItem> {
    return this.queries.queue(query, new Date());
  }

  @Get(':id')
  @Roles(...READERS)
  detail(@Param() params: CasualtyReviewParams): CasualtyReviewDetail {
    return this.queries.detail(params.id, new Date());
  }

  @Post(':id/assessment')
  @HttpCode(200)
  @Roles('legal')
  assess(@Param() params: CasualtyReviewParams, @Body() body: AssessCasualtyRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new AssessCasualtyCommand(params.id, body, context));
  }

  @Post(':id/investigation')
  @HttpCode(200)
  @Roles('legal')
  openInvestigation(
    @Param() params: CasualtyReviewParams,
    @Body() body: OpenInvestigationRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new OpenInvestigationCommand(params.id, body, context));
  }

  @Post(':id/conclusion')
  @HttpCode(200)
  @Roles('legal')
  conclude(
    @Param() params: CasualtyReviewParams,
    @Body() body: ConcludeInvestigationRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ConcludeInvestigationCommand(params.id, body, context));
  }

  @Post(':id/reopening')
  @HttpCode(200)
  @Roles('legal')
  reopen(@Param() params: CasualtyReviewParams, @Body() body: ReopenCasualtyReviewRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ReopenCasualtyReviewCommand(params.id, body, context));
  }
}
