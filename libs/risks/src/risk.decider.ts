import { ItemNotFoundError } from '../../platform/src/command-errors';
import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import { hasVisibleText } from '../../platform/src/visible-text';
import type { Assessment, RiskDescription, RiskEvent } from './risk.events';

export type IdentifyRisk = { type: 'IdentifyRisk'; riskId: string; description: RiskDescription; assessment: Assessment; reviewBy: string; at: Date };
/** A new judgement: the residual pair is part of it (absent = not judged); reviewBy stays when not given. */
export type ReassessRisk = { type: 'ReassessRisk'; riskId: string; assessment: Assessment; reviewBy?: string; rationale?: string; at: Date };
export type AddMitigation = { type: 'AddMitigation'; riskId: string; mitigationId: string; description: string; owner: string; dueBy: string; at: Date };
export type CompleteMitigation = { type: 'CompleteMitigation'; riskId: string; mitigationId: string; at: Date };
export type CloseRisk = { type: 'CloseRisk'; riskId: string; reason: string; at: Date };
export type RiskCommand = IdentifyRisk | ReassessRisk | AddMitigation | CompleteMitigation | CloseRisk;

export type RiskState =
  | { status: 'NONE' }
  | { status: 'OPEN' | 'CLOSED'; assessment: Assessment; reviewBy: string; mitigations: Record<string, 'OPEN' | 'COMPLETED'> };

export const riskDecider: Decider<RiskCommand, RiskEvent, RiskState> = {
  initialState: () => ({ status: 'NONE' }),

  evolve: (state, event) => {
    if (event.type === 'RiskIdentified') {
      const { likelihood, impact, residualLikelihood, residualImpact, reviewBy } = event.data;
      return { status: 'OPEN', assessment: { likelihood, impact, residualLikelihood, residualImpact }, reviewBy, mitigations: {} };
    }
    if (state.status === 'NONE') return state;
    switch (event.type) {
      case 'RiskReassessed': {
        const { likelihood, impact, residualLikelihood, residualImpact, reviewBy } = event.data;
        return { ...state, assessment: { likelihood, impact, residualLikelihood, residualImpact }, reviewBy };
      }
      case 'MitigationAdded':
        return { ...state, mitigations: { ...state.mitigations, [event.data.mitigationId]: 'OPEN' } };
      case 'MitigationCompleted':
        return { ...state, mitigations: { ...state.mitigations, [event.data.mitigationId]: 'COMPLETED' } };
      case 'RiskClosed':
        return { ...state, status: 'CLOSED' };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    if (command.type === 'IdentifyRisk') {
      if (state.status !== 'NONE') throw new DomainRuleViolation(`Risk ${command.riskId} has already been identified`);
      const { riskId, description, assessment, reviewBy, at } = command;
      return [{ type: 'RiskIdentified', data: { riskId, identifiedAt: at.toISOString(), reviewBy, ...description, ...withoutAbsent(assessment) } }];
    }
    if (state.status === 'NONE') throw new DomainRuleViolation(`Risk ${command.riskId} has not been identified`);
    if (state.status === 'CLOSED') throw new DomainRuleViolation(`Risk ${command.riskId} is closed: nothing can be changed after closure`);
    const at = command.at.toISOString();
    switch (command.type) {
      case 'ReassessRisk': {
        const { riskId, assessment, rationale } = command;
        const previous = { ...withoutAbsent(state.assessment), reviewBy: state.reviewBy };
        const reassessed = { riskId, assessedAt: at, reviewBy: command.reviewBy ?? state.reviewBy, ...withoutAbsent(assessment), previous };
        return [{ type: 'RiskReassessed', data: rationale === undefined ? reassessed : { ...reassessed, rationale } }];
      }
      case 'AddMitigation': {
        if (state.mitigations[command.mitigationId]) throw new DomainRuleViolation(`Mitigation ${command.mitigationId} already exists on this risk`);
        const { riskId, mitigationId, description, owner, dueBy } = command;
        return [{ type: 'MitigationAdded', data: { riskId, mitigationId, description, owner, dueBy, addedAt: at } }];
      }
      case 'CompleteMitigation': {
        const mitigation = state.mitigations[command.mitigationId];
        // The mitigation is named in the path, like the risk: one that is not there is not found, not a broken rule.
        if (!mitigation) throw new ItemNotFoundError('Mitigation', command.mitigationId);
        if (mitigation === 'COMPLETED') throw new DomainRuleViolation(`Mitigation ${command.mitigationId} has already been completed`);
        return [{ type: 'MitigationCompleted', data: { riskId: command.riskId, mitigationId: command.mitigationId, completedAt: at } }];
      }
      case 'CloseRisk':
        if (!hasVisibleText(command.reason)) throw new DomainRuleViolation('Closing a risk needs a reason');
        return [{ type: 'RiskClosed', data: { riskId: command.riskId, closedAt: at, reason: command.reason } }];
      default:
        return assertNever(command);
    }
  },
};

/** Events hold no undefined values: an absent residual is simply not there. */
function withoutAbsent(assessment: Assessment): Assessment {
  const { residualLikelihood, residualImpact, ...inherent } = assessment;
  return residualLikelihood === undefined || residualImpact === undefined ? inherent : { ...inherent, residualLikelihood, residualImpact };
}
