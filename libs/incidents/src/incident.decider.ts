import { assertReason, corrected } from '../../platform/src/corrections';
import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import { assertNotInFuture } from '../../shared-kernel/src';
import type { CategorisedDetails, IncidentCommonFacts, IncidentEvent, IncidentFacts, IncidentField } from './incident.events';

/** Re-exported for contexts that apply the same tolerance. */
export { FUTURE_TOLERANCE_MS } from '../../shared-kernel/src';

export type ReportIncident = { type: 'ReportIncident'; incidentId: string; facts: IncidentFacts; at: Date };
/** Category and details are amended together, so details are always those of the category they sit with. */
export type IncidentCorrections = Partial<IncidentCommonFacts> & (CategorisedDetails | { category?: undefined; details?: undefined });
export type AmendIncident = { type: 'AmendIncident'; incidentId: string; corrections: IncidentCorrections; reason: string; at: Date };
export type CloseIncident = { type: 'CloseIncident'; incidentId: string; reason: string; at: Date };
export type IncidentCommand = ReportIncident | AmendIncident | CloseIncident;

export type IncidentState =
  | { status: 'NONE' }
  | { status: 'REPORTED'; facts: IncidentFacts }
  | { status: 'CLOSED'; facts: IncidentFacts };

const FIELDS: IncidentField[] = ['category', 'mission', 'occurredAt', 'location', 'summary', 'severity', 'details'];

export const incidentDecider: Decider<IncidentCommand, IncidentEvent, IncidentState> = {
  initialState: () => ({ status: 'NONE' }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'IncidentReported':
      case 'UseOfForceReported': {
        const { incidentId: _id, reportedAt: _at, ...facts } = event.data;
        return { status: 'REPORTED', facts: facts as IncidentFacts };
      }
      case 'IncidentAmended':
        return { status: 'REPORTED', facts: event.data.incident };
      case 'IncidentClosed':
        return state.status === 'NONE' ? state : { status: 'CLOSED', facts: state.facts };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    switch (command.type) {
      case 'ReportIncident':
        return report(command, state);
      case 'AmendIncident':
        return amend(command, state);
      case 'CloseIncident':
        return close(command, state);
      default:
        return assertNever(command);
    }
  },
};

function report(command: ReportIncident, state: IncidentState): IncidentEvent[] {
  if (state.status !== 'NONE') throw new DomainRuleViolation(`Incident ${command.incidentId} has already been reported`);
  assertNotInFuture(command.facts.occurredAt, command.at);
  const reported = { incidentId: command.incidentId, reportedAt: command.at.toISOString() };
  const { facts } = command;
  return facts.category === 'USE_OF_FORCE'
    ? [{ type: 'UseOfForceReported', data: { ...reported, ...facts } }]
    : [{ type: 'IncidentReported', data: { ...reported, ...facts } }];
}

function amend(command: AmendIncident, state: IncidentState): IncidentEvent[] {
  const previous = openFacts(state, command.incidentId, 'amended');
  assertReason(command.reason, 'An amendment');
  const corrections = command.corrections as Partial<IncidentFacts>;
  const { next: incident, changedFields } = corrected<IncidentFacts, IncidentField>(previous, corrections, FIELDS, 'incident');
  assertNotInFuture(incident.occurredAt, command.at);
  return [
    {
      type: 'IncidentAmended',
      data: { incidentId: command.incidentId, amendedAt: command.at.toISOString(), reason: command.reason, changedFields, previous, incident },
    },
  ];
}

function close(command: CloseIncident, state: IncidentState): IncidentEvent[] {
  openFacts(state, command.incidentId, 'closed');
  assertReason(command.reason, 'Closing an incident');
  return [{ type: 'IncidentClosed', data: { incidentId: command.incidentId, closedAt: command.at.toISOString(), reason: command.reason } }];
}

function openFacts(state: IncidentState, incidentId: string, verb: string): IncidentFacts {
  if (state.status === 'NONE') throw new DomainRuleViolation(`Incident ${incidentId} has not been reported, so it cannot be ${verb}`);
  if (state.status === 'CLOSED') throw new DomainRuleViolation(`Incident ${incidentId} is closed and can no longer be ${verb}`);
  return state.facts;
}
