import { ItemNotFoundError } from '../../platform/src/command-errors';
import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { riskDecider, type RiskCommand } from './risk.decider';
import type { RiskEvent } from './risk.events';

const riskId = 'risk-1';
const at = new Date('2024-06-01T08:00:00.000Z');
const later = new Date('2024-07-01T08:00:00.000Z');
const description = {
  category: 'HEAT_ILLNESS', title: 'Heat illness during escorts', description: 'WBGT above 32 °C on afternoon movements',
  mission: 'NMI', owner: 'Company medic',
} as const;

const identified: RiskEvent = {
  type: 'RiskIdentified',
  data: { riskId, identifiedAt: at.toISOString(), reviewBy: '2024-07-01', ...description, likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4 },
};
const mitigation: RiskEvent = {
  type: 'MitigationAdded',
  data: { riskId, mitigationId: 'm-1', description: 'Acclimatisation programme', owner: 'Company commander', dueBy: '2024-06-15', addedAt: at.toISOString() },
};
const completed: RiskEvent = { type: 'MitigationCompleted', data: { riskId, mitigationId: 'm-1', completedAt: later.toISOString() } };
const closed: RiskEvent = { type: 'RiskClosed', data: { riskId, closedAt: later.toISOString(), reason: 'Deployment ended' } };

const reassess: RiskCommand = { type: 'ReassessRisk', riskId, assessment: { likelihood: 5, impact: 4 }, rationale: 'Heat wave', at: later };
const complete: RiskCommand = { type: 'CompleteMitigation', riskId, mitigationId: 'm-1', at: later };
const addMitigation: RiskCommand = { type: 'AddMitigation', riskId, mitigationId: 'm-2', description: 'Water points', owner: 'Logistics', dueBy: '2024-07-10', at: later };
const close: RiskCommand = { type: 'CloseRisk', riskId, reason: 'Deployment ended', at: later };

describe('risk decider', () => {
  it('identifies a risk with its assessment and review date', () => {
    given(riskDecider, [])
      .when({ type: 'IdentifyRisk', riskId, description, assessment: { likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4 }, reviewBy: '2024-07-01', at })
      .then([identified]);
  });

  it('leaves the residual out when it has not been judged', () => {
    given(riskDecider, [])
      .when({ type: 'IdentifyRisk', riskId, description, assessment: { likelihood: 2, impact: 3 }, reviewBy: '2024-07-01', at })
      .then([{ type: 'RiskIdentified', data: { riskId, identifiedAt: at.toISOString(), reviewBy: '2024-07-01', ...description, likelihood: 2, impact: 3 } }]);
  });

  it('identifies a risk only once', () => {
    given(riskDecider, [identified])
      .when({ type: 'IdentifyRisk', riskId, description, assessment: { likelihood: 1, impact: 1 }, reviewBy: '2024-07-01', at })
      .thenThrows(DomainRuleViolation, /already/);
  });

  describe('reassessing', () => {
    it('keeps the previous assessment in the event, and the review date when none is given', () => {
      given(riskDecider, [identified])
        .when(reassess)
        .then([
          {
            type: 'RiskReassessed',
            data: {
              riskId, assessedAt: later.toISOString(), reviewBy: '2024-07-01', likelihood: 5, impact: 4, rationale: 'Heat wave',
              previous: { likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, reviewBy: '2024-07-01' },
            },
          },
        ]);
    });

    it('sets a new review date', () => {
      given(riskDecider, [identified]).when({ ...reassess, reviewBy: '2024-08-01' }).thenMatches([{ data: { reviewBy: '2024-08-01' } }]);
    });

    it('builds on the latest assessment', () => {
      const first = riskDecider.decide(reassess, riskDecider.evolve(riskDecider.initialState(), identified));
      given(riskDecider, [identified, ...first])
        .when({ ...reassess, assessment: { likelihood: 1, impact: 1 } })
        .thenMatches([{ data: { previous: { likelihood: 5, impact: 4 }, likelihood: 1, impact: 1 } }]);
    });
  });

  describe('mitigations', () => {
    it('adds a mitigation with owner and due date', () => {
      given(riskDecider, [identified]).when(addMitigation).then([
        { type: 'MitigationAdded', data: { riskId, mitigationId: 'm-2', description: 'Water points', owner: 'Logistics', dueBy: '2024-07-10', addedAt: later.toISOString() } },
      ]);
    });

    it('refuses a mitigation id that is already used', () => {
      given(riskDecider, [identified, mitigation]).when({ ...addMitigation, mitigationId: 'm-1' }).thenThrows(DomainRuleViolation, /already exists/);
    });

    it('completes an open mitigation', () => {
      given(riskDecider, [identified, mitigation]).when(complete).then([completed]);
    });

    it('does not find a mitigation the risk does not have', () => {
      given(riskDecider, [identified]).when(complete).thenThrows(ItemNotFoundError, /Mitigation m-1 not found/);
    });

    it('refuses to complete a mitigation twice', () => {
      given(riskDecider, [identified, mitigation, completed]).when(complete).thenThrows(DomainRuleViolation, /already been completed/);
    });
  });

  describe('closing', () => {
    it('closes with a reason', () => {
      given(riskDecider, [identified]).when(close).then([closed]);
    });

    it('needs a reason', () => {
      given(riskDecider, [identified]).when({ ...close, reason: ' ' }).thenThrows(DomainRuleViolation, /reason/);
    });

    it.each([reassess, addMitigation, complete, close])('accepts nothing after closure: $type', (command) => {
      given(riskDecider, [identified, mitigation, closed]).when(command).thenThrows(DomainRuleViolation, /closed/);
    });
  });

  it.each([reassess, addMitigation, complete, close])('needs an identified risk: $type', (command) => {
    given(riskDecider, []).when(command).thenThrows(DomainRuleViolation, /not been identified/);
  });
});
