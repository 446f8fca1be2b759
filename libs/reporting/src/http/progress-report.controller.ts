import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../platform/src/http/roles';
import type { ProgressReport } from '../progress-report.views';
import { ProgressReportQueries } from '../projections/progress-report.queries';
import { ProgressReportQuery } from './weekly-overview.dto';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ProgressReportController {
  constructor(private readonly queries: ProgressReportQueries) {}

  /** The indicators per mission from `from` to `to` (local dates, both included). */
  @Get('progress')
  @Roles('manager')
  progress(@Query() query: ProgressReportQuery): ProgressReport {
    return this.queries.progressReport(query.from, query.to);
  }
}
