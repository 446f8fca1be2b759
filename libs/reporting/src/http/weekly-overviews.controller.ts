import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandCtx } from '../../../platform/src/http/command-context.decorator';
import { READERS, Roles } from '../../../platform/src/http/roles';
import { PublishWeeklyOverviewCommand } from '../commands/publish-weekly-overview.handler';
import { WeeklyOverviewQueries } from '../projections/weekly-overview.queries';
import { publicEdition, type PublicWeeklyOverview, type WeeklyOverview } from '../weekly-overview';
import { toCsv } from './csv';
import { PublicationRequest, WeeklyOverviewQuery, WeekParams } from './weekly-overview.dto';

@ApiTags('overviews')
@ApiBearerAuth()
@Controller('overviews/weekly')
export class WeeklyOverviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: WeeklyOverviewQueries,
  ) {}

  /** One ISO week in the reporting time zone; `edition=public` holds only what may be published, `format=csv` the same as CSV. */
  @Get(':week')
  @Roles(...READERS)
  @ApiProduces('application/json', 'text/csv')
  overview(
    @Param() params: WeekParams,
    @Query() query: WeeklyOverviewQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): WeeklyOverview | PublicWeeklyOverview | string {
    const overview =
      query.edition === 'public' ? publicEdition(this.queries.publishedOverviewFor(params.week)) : this.queries.overviewFor(params.week);
    if (query.format === 'json') return overview;
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="weekly-overview-${params.week}-${query.edition}.csv"`);
    return toCsv(overview);
  }

  /** Publishes a week that has ended (revision 1), or its correction (revision 2, ...): 201 {id: week, revision, position}. */
  @Post(':week/publication')
  @Roles('manager')
  publish(@Param() params: WeekParams, @Body() body: PublicationRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new PublishWeeklyOverviewCommand(params.week, body ?? {}, context));
  }
}
