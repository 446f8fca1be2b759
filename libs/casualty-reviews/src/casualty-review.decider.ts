import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import { assertNotInFuture } from '../../shared-kernel/src';
import { hasVisibleText, visibleText } from '../../platform/src/visible-text';
import type { AssessmentOutcome, CasualtyReviewEvent, CasualtySuspicion, ReviewStatus } from './casualty-review.events';

export const MIN_RATIONALE_LENGTH = 20;

export type ReportCasualtySuspicion = { type: 'ReportCasualtySuspicion'; reviewId: string; suspicion: CasualtySuspicion; automatic: boolean; at: Date };
export type AssessCasualty = { type: 'AssessCasualty'; reviewId: string; outcome: AssessmentOutcome; rationale: string; at: Date };
export type OpenInvestigation = { type: 'OpenInvestigation'; reviewId: string; authority: string; reference?: string; at: Date };
export type ConcludeInvestigation = {
  type: 'ConcludeInvestigation';
  reviewId: string;
  findings: string;
  confirmedKilled: number;
  confirmedInjured: number;
  at: Date;
};
export type ReopenReview = { type: 'ReopenReview'; reviewId: string; newInformation: string; reason: string; at: Date };
export type CasualtyReviewCommand = ReportCasualtySuspicion | AssessCasualty | OpenInvestigation | ConcludeInvestigation | ReopenReview;

export type CasualtyReviewState =
  | { status: 'NONE' }
  | { status: ReviewStatus; lastOutcome?: AssessmentOutcome; investigations: number; incidentId?: string };
type ExistingReview = Exclude<CasualtyReviewState, { status: 'NONE' }>;

export const casualtyReviewDecider: Decider<CasualtyReviewCommand, CasualtyReviewEvent, CasualtyReviewState> = {
  initialState: () => ({ status: 'NONE' }),

  evolve: (state, event) => {
    if (event.type === 'CasualtySuspicionReported') return { status: 'REPORTED', investigations: 0, incidentId: event.data.incidentId };
    if (state.status === 'NONE') return state;
    switch (event.type) {
      case 'CasualtyAssessed':
        return { ...state, status: 'ASSESSED', lastOutcome: event.data.outcome };
      case 'CasualtyInvestigationOpened':
        return { ...state, status: 'INVESTIGATION_OPENED', investigations: event.data.investigation };
      case 'CasualtyInvestigationConcluded':
        return { ...state, status: 'INVESTIGATION_CONCLUDED' };
      case 'CasualtyReviewClosed':
        return { ...state, status: 'CLOSED' };
      case 'CasualtyReviewReopened':
        return { ...state, status: 'REPORTED', lastOutcome: undefined };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    if (command.type === 'ReportCasualtySuspicion') return report(command, state);
    if (state.status === 'NONE') throw new DomainRuleViolation(`CIVCAS review ${command.reviewId} has not been reported`);
    switch (command.type) {
      case 'AssessCasualty':
        return assess(command, state);
      case 'OpenInvestigation':
        return openInvestigation(command, state);
      case 'ConcludeInvestigation':
        return conclude(command, state);
      case 'ReopenReview':
        return reopen(command, state);
      default:
        return assertNever(command);
    }
  },
};

function report(command: ReportCasualtySuspicion, state: CasualtyReviewState): CasualtyReviewEvent[] {
  if (state.status !== 'NONE') throw new DomainRuleViolation(`CIVCAS review ${command.reviewId} has already been reported`);
  assertNotInFuture(command.suspicion.occurredAt, command.at);
  const data = { reviewId: command.reviewId, ...command.suspicion, reportedAt: command.at.toISOString(), automatic: command.automatic };
  return [{ type: 'CasualtySuspicionReported', data }];
}

function assess(command: AssessCasualty, state: ExistingReview): CasualtyReviewEvent[] {
  const reassessable = state.status === 'ASSESSED' && state.lastOutcome === 'INSUFFICIENT_INFORMATION';
  if (state.status !== 'REPORTED' && !reassessable) {
    throw new DomainRuleViolation(
      `A CIVCAS review can be assessed only when REPORTED or after an INSUFFICIENT_INFORMATION assessment; this one is ${describe(state)}`,
    );
  }
  if (visibleText(command.rationale).length < MIN_RATIONALE_LENGTH) {
    throw new DomainRuleViolation(`An assessment needs a rationale of at least ${MIN_RATIONALE_LENGTH} characters`);
  }
  const at = command.at.toISOString();
  const assessed: CasualtyReviewEvent = {
    type: 'CasualtyAssessed',
    data: { reviewId: command.reviewId, outcome: command.outcome, rationale: command.rationale, assessedAt: at },
  };
  if (command.outcome !== 'NOT_CREDIBLE') return [assessed];
  return [assessed, { type: 'CasualtyReviewClosed', data: { reviewId: command.reviewId, closedAt: at, reason: 'NOT_CREDIBLE' } }];
}

function openInvestigation(command: OpenInvestigation, state: ExistingReview): CasualtyReviewEvent[] {
  if (state.status !== 'ASSESSED' || state.lastOutcome !== 'CREDIBLE') {
    throw new DomainRuleViolation(`An investigation may be opened only after a CREDIBLE assessment; this review is ${describe(state)}`);
  }
  const data = {
    reviewId: command.reviewId,
    investigation: state.investigations + 1,
    authority: command.authority,
    ...(command.reference ? { reference: command.reference } : {}),
    openedAt: command.at.toISOString(),
    ...(state.incidentId ? { incidentId: state.incidentId } : {}),
  };
  return [{ type: 'CasualtyInvestigationOpened', data }];
}

function conclude(command: ConcludeInvestigation, state: ExistingReview): CasualtyReviewEvent[] {
  if (state.status !== 'INVESTIGATION_OPENED') {
    throw new DomainRuleViolation(`Only an opened investigation can be concluded; this review is ${describe(state)}`);
  }
  const at = command.at.toISOString();
  const data = {
    reviewId: command.reviewId,
    investigation: state.investigations,
    findings: command.findings,
    confirmedKilled: command.confirmedKilled,
    confirmedInjured: command.confirmedInjured,
    concludedAt: at,
    ...(state.incidentId ? { incidentId: state.incidentId } : {}),
  };
  return [
    { type: 'CasualtyInvestigationConcluded', data },
    { type: 'CasualtyReviewClosed', data: { reviewId: command.reviewId, closedAt: at, reason: 'INVESTIGATION_CONCLUDED' } },
  ];
}

function reopen(command: ReopenReview, state: ExistingReview): CasualtyReviewEvent[] {
  if (state.status !== 'CLOSED') throw new DomainRuleViolation(`Only a closed CIVCAS review can be reopened; this one is ${describe(state)}`);
  if (!hasVisibleText(command.newInformation) || !hasVisibleText(command.reason)) {
    throw new DomainRuleViolation('Reopening a CIVCAS review needs new information and a reason');
  }
  const data = { reviewId: command.reviewId, newInformation: command.newInformation, reason: command.reason, reopenedAt: command.at.toISOString() };
  return [{ type: 'CasualtyReviewReopened', data }];
}

function describe(state: ExistingReview): string {
  return state.status === 'ASSESSED' ? `ASSESSED ${state.lastOutcome}` : state.status;
}
