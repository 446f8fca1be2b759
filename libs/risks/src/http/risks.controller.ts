import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext, CommandResult } from '../../../platform/src/command-context';
import { CommandCtx, newItemId } from '../../../platform/src/http/command-context.decorator';
import type { Page } from '../../../platform/src/http/page';
import { READERS, Roles } from '../../../platform/src/http/roles';
import { AddMitigationCommand } from '../commands/add-mitigation.handler';
import { CloseRiskCommand } from '../commands/close-risk.handler';
import { CompleteMitigationCommand } from '../commands/complete-mitigation.handler';
import { IdentifyRiskCommand } from '../commands/identify-risk.handler';
import { ReassessRiskCommand } from '../commands/reassess-risk.handler';
import { RiskRegisterQueries } from '../projections/risk-register.queries';
import type { RiskDetail, RiskHeatmap, RiskItem } from '../risk.views';
import {
  AddMitigationRequest,
  CloseRiskRequest,
  CompleteMitigationRequest,
  HeatmapQuery,
  IdentifyRiskRequest,
  MitigationParams,
  ReassessRiskRequest,
  RiskParams,
  RiskRegisterQuery,
} from './risk.dto';

type RequestContext = Parameters<typeof newItemId>[1];
const RISK_MANAGERS = ['operations', 'manager'] as const;

/** The risk register (SPEC 3.4): operations identify and assess, managers manage, everyone reads. */
@ApiTags('risks')
@ApiBearerAuth()
@Controller('risks')
export class RisksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: RiskRegisterQueries,
  ) {}

  @Post()
  @Roles(...RISK_MANAGERS)
  identify(@Body() body: IdentifyRiskRequest, @CommandCtx() context: RequestContext): Promise<CommandResult> {
    return this.commands.execute(new IdentifyRiskCommand(newItemId(body.id, context, 'risk'), body, context));
  }

  /** Highest score first; `asOf` moves the 28-day materialisation window (default: now). */
  @Get()
  @Roles(...READERS)
  register(@Query() query: RiskRegisterQuery): Page<RiskItem> {
    return this.queries.register(query);
  }

  @Get('heatmap')
  @Roles(...READERS)
  heatmap(@Query() query: HeatmapQuery): RiskHeatmap {
    return this.queries.heatmap(query);
  }

  @Get(':id')
  @Roles(...READERS)
  detail(@Param() params: RiskParams): RiskDetail {
    return this.queries.detail(params.id);
  }

  @Post(':id/assessments')
  @HttpCode(200)
  @Roles(...RISK_MANAGERS)
  reassess(@Param() params: RiskParams, @Body() body: ReassessRiskRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ReassessRiskCommand(params.id, body, context));
  }

  /** Answers 200 with the risk's new revision and the `mitigationId` to complete it by. */
  @Post(':id/mitigations')
  @HttpCode(200)
  @Roles(...RISK_MANAGERS)
  addMitigation(@Param() params: RiskParams, @Body() body: AddMitigationRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new AddMitigationCommand(params.id, body, context));
  }

  @Post(':id/mitigations/:mid/completion')
  @HttpCode(200)
  @Roles(...RISK_MANAGERS)
  completeMitigation(
    @Param() params: MitigationParams,
    @Body() body: CompleteMitigationRequest,
    @CommandCtx() context: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CompleteMitigationCommand(params.id, { ...body, mitigationId: params.mid }, context));
  }

  @Post(':id/closure')
  @HttpCode(200)
  @Roles(...RISK_MANAGERS)
  close(@Param() params: RiskParams, @Body() body: CloseRiskRequest, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new CloseRiskCommand(params.id, body, context));
  }
}
