import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandCtx, newItemId } from '../../../platform/src/http/command-context.decorator';
import type { Page } from '../../../platform/src/http/page';
import { READERS, Roles } from '../../../platform/src/http/roles';
import { AmendIncidentCommand } from '../commands/amend-incident.handler';
import { CloseIncidentCommand } from '../commands/close-incident.handler';
import { ReportIncidentCommand } from '../commands/report-incident.handler';
import type { IncidentDetail, IncidentItem } from '../incident.views';
import { IncidentRegisterQueries } from '../projections/incident-register.queries';
import { ApiDetailsModels } from './incident-details.dto';
import { AmendIncidentRequest, CloseIncidentRequest, IncidentParams, IncidentRegisterQuery, ReportIncidentRequest } from './incident.dto';

type RequestContext = Parameters<typeof newItemId>[1];

@ApiTags('incidents')
@ApiBearerAuth()
@ApiDetailsModels()
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: IncidentRegisterQueries,
  ) {}

  /** Logs an incident (a use of force included): 201 {id, revision, position}. */
  @Post()
  @Roles('operations')
  report(@Body() body: ReportIncidentRequest, @CommandCtx() context: RequestContext): Promise<CommandResult> {
    return this.commands.execute(new ReportIncidentCommand(newItemId(body.id, context, 'incident'), body, context));
  }

  /** The register, newest occurredAt first, filtered by category, mission, status and an occurredAt range. */
  @Get()
  @Roles(...READERS)
  register(@Query() query: IncidentRegisterQuery): Page<IncidentItem> {
    return this.queries.register(query);
  }

  /** One incident as it stands now, with every report, amendment and closure that made it so. */
  @Get(':id')
  @Roles(...READERS)
  detail(@Param() params: IncidentParams): IncidentDetail {
    return this.queries.detail(params.id);
  }

  @Post(':id/amendments')
  @HttpCode(200)
  @Roles('operations')
  amend(@Param() params: IncidentParams, @Body() body: AmendIncidentRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new AmendIncidentCommand(params.id, body, context));
  }

  @Post(':id/closure')
  @HttpCode(200)
  @Roles('operations')
  close(@Param() params: IncidentParams, @Body() body: CloseIncidentRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new CloseIncidentCommand(params.id, body, context));
  }
}
