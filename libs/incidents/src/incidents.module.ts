import { Module } from '@nestjs/common';
import { AmendIncidentHandler } from './commands/amend-incident.handler';
import { CloseIncidentHandler } from './commands/close-incident.handler';
import { ReportIncidentHandler } from './commands/report-incident.handler';
import { IncidentsController } from './http/incidents.controller';
import { IncidentRegisterProjection } from './projections/incident-register.projection';
import { IncidentRegisterQueries } from './projections/incident-register.queries';

/** Incidents (SPEC 3.1): reports, use of force, amendments, closure, the register and each incident's history. */
@Module({
  controllers: [IncidentsController],
  providers: [ReportIncidentHandler, AmendIncidentHandler, CloseIncidentHandler, IncidentRegisterProjection, IncidentRegisterQueries],
  exports: [IncidentRegisterQueries],
})
export class IncidentsModule {}
