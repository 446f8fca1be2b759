import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { casualtyReviewDecider as decider, type CasualtyReviewCommand } from './casualty-review.decider';
import type { CasualtyReviewEvent, CasualtySuspicion } from './casualty-review.events';

const reviewId = '7d4e2a10-0000-4c1e-9a2b-000000000001';
const incidentId = '4b1f0c9e-1111-4a2b-8c3d-000000000001';
const at = new Date('2024-08-02T09:00:00.000Z');
const iso = at.toISOString();
const rationale = 'Two independent witness statements match the hospital record';

const suspicion: CasualtySuspicion = {
  source: 'LOCAL_AUTHORITIES',
  description: 'Local police report two injured bystanders after warning shots on Route Irish',
  occurredAt: '2024-08-01T16:20:00.000Z',
  mission: 'NMI',
  location: { name: 'Route Irish' },
  estimatedKilled: 0,
  estimatedInjured: 2,
  incidentId,
};

const reported: CasualtyReviewEvent = {
  type: 'CasualtySuspicionReported',
  data: { reviewId, ...suspicion, reportedAt: iso, automatic: false },
};
const assessedAs = (outcome: 'CREDIBLE' | 'NOT_CREDIBLE' | 'INSUFFICIENT_INFORMATION'): CasualtyReviewEvent => ({
  type: 'CasualtyAssessed',
  data: { reviewId, outcome, rationale, assessedAt: iso },
});
const opened: CasualtyReviewEvent = {
  type: 'CasualtyInvestigationOpened',
  data: { reviewId, investigation: 1, authority: 'Koninklijke Marechaussee', reference: 'KMar-2024-117', openedAt: iso, incidentId },
};
const concluded: CasualtyReviewEvent = {
  type: 'CasualtyInvestigationConcluded',
  data: { reviewId, investigation: 1, findings: 'One bystander injured by a ricochet', confirmedKilled: 0, confirmedInjured: 1, concludedAt: iso, incidentId },
};
const closedAfter = (reason: 'NOT_CREDIBLE' | 'INVESTIGATION_CONCLUDED'): CasualtyReviewEvent => ({
  type: 'CasualtyReviewClosed',
  data: { reviewId, closedAt: iso, reason },
});
const reopened: CasualtyReviewEvent = {
  type: 'CasualtyReviewReopened',
  data: { reviewId, newInformation: 'A hospital in Baghdad reports a death', reason: 'New evidence', reopenedAt: iso },
};

const report: CasualtyReviewCommand = { type: 'ReportCasualtySuspicion', reviewId, suspicion, automatic: false, at };
const assess = (outcome: 'CREDIBLE' | 'NOT_CREDIBLE' | 'INSUFFICIENT_INFORMATION', text = rationale): CasualtyReviewCommand => ({
  type: 'AssessCasualty', reviewId, outcome, rationale: text, at,
});
const open: CasualtyReviewCommand = { type: 'OpenInvestigation', reviewId, authority: 'Koninklijke Marechaussee', reference: 'KMar-2024-117', at };
const conclude: CasualtyReviewCommand = {
  type: 'ConcludeInvestigation', reviewId, findings: 'One bystander injured by a ricochet', confirmedKilled: 0, confirmedInjured: 1, at,
};
const reopen: CasualtyReviewCommand = { type: 'ReopenReview', reviewId, newInformation: 'A hospital in Baghdad reports a death', reason: 'New evidence', at };

describe('CIVCAS review decider', () => {
  describe('reporting', () => {
    it('records a suspicion with its source, estimates and linked incident', () => {
      given(decider, []).when(report).then([reported]);
    });

    it('marks a review opened by a use of force as automatic', () => {
      given(decider, []).when({ ...report, automatic: true }).thenMatches([{ data: { automatic: true } }]);
    });

    it('refuses a second report on the same review', () => {
      given(decider, [reported]).when(report).thenThrows(DomainRuleViolation, /already been reported/);
    });

    it('refuses an occurredAt more than 5 minutes in the future', () => {
      const future = { ...suspicion, occurredAt: '2024-08-02T09:06:00.000Z' };
      given(decider, []).when({ ...report, suspicion: future }).thenThrows(DomainRuleViolation, /future/);
    });
  });

  describe('assessment', () => {
    it('records a CREDIBLE assessment and keeps the case open', () => {
      given(decider, [reported]).when(assess('CREDIBLE')).then([assessedAs('CREDIBLE')]);
    });

    it('closes the case when NOT_CREDIBLE', () => {
      given(decider, [reported]).when(assess('NOT_CREDIBLE')).then([assessedAs('NOT_CREDIBLE'), closedAfter('NOT_CREDIBLE')]);
    });

    it('allows a reassessment after INSUFFICIENT_INFORMATION', () => {
      given(decider, [reported, assessedAs('INSUFFICIENT_INFORMATION')]).when(assess('CREDIBLE')).then([assessedAs('CREDIBLE')]);
    });

    it('refuses a reassessment after a CREDIBLE assessment', () => {
      given(decider, [reported, assessedAs('CREDIBLE')]).when(assess('NOT_CREDIBLE')).thenThrows(DomainRuleViolation, /ASSESSED CREDIBLE/);
    });

    it('needs a rationale of at least 20 characters, not counting surrounding spaces', () => {
      given(decider, [reported]).when(assess('CREDIBLE', '   too short, sorry      ')).thenThrows(DomainRuleViolation, /at least 20 characters/);
    });

    it('refuses to assess a review that was never reported', () => {
      given(decider, []).when(assess('CREDIBLE')).thenThrows(DomainRuleViolation, /has not been reported/);
    });

    it('refuses to assess a closed case', () => {
      given(decider, [reported, assessedAs('NOT_CREDIBLE'), closedAfter('NOT_CREDIBLE')])
        .when(assess('CREDIBLE'))
        .thenThrows(DomainRuleViolation, /CLOSED/);
    });
  });

  describe('investigation', () => {
    it('opens the first investigation after a CREDIBLE assessment, linked to the incident', () => {
      given(decider, [reported, assessedAs('CREDIBLE')]).when(open).then([opened]);
    });

    it('may be opened only after a CREDIBLE assessment', () => {
      given(decider, [reported]).when(open).thenThrows(DomainRuleViolation, /only after a CREDIBLE assessment/);
      given(decider, [reported, assessedAs('INSUFFICIENT_INFORMATION')]).when(open).thenThrows(DomainRuleViolation, /CREDIBLE/);
    });

    it('cannot be opened twice', () => {
      given(decider, [reported, assessedAs('CREDIBLE'), opened]).when(open).thenThrows(DomainRuleViolation, /INVESTIGATION_OPENED/);
    });

    it('concludes with findings and confirmed casualties, then closes the case', () => {
      given(decider, [reported, assessedAs('CREDIBLE'), opened]).when(conclude).then([concluded, closedAfter('INVESTIGATION_CONCLUDED')]);
    });

    it('cannot be concluded before it is opened', () => {
      given(decider, [reported, assessedAs('CREDIBLE')]).when(conclude).thenThrows(DomainRuleViolation, /Only an opened investigation/);
    });
  });

  describe('reopening', () => {
    const closedCase = [reported, assessedAs('CREDIBLE'), opened, concluded, closedAfter('INVESTIGATION_CONCLUDED')];

    it('reopens a closed case with new information and a reason', () => {
      given(decider, closedCase).when(reopen).then([reopened]);
    });

    it('refuses to reopen a case that is not closed', () => {
      given(decider, [reported]).when(reopen).thenThrows(DomainRuleViolation, /Only a closed CIVCAS review can be reopened/);
    });

    it('needs new information and a reason', () => {
      given(decider, closedCase).when({ ...reopen, reason: '  ' }).thenThrows(DomainRuleViolation, /new information and a reason/);
    });

    it('sends a reopened case back for assessment, and numbers a second investigation 2', () => {
      given(decider, [...closedCase, reopened]).when(assess('CREDIBLE')).then([assessedAs('CREDIBLE')]);
      given(decider, [...closedCase, reopened, assessedAs('CREDIBLE')]).when(open).thenMatches([{ data: { investigation: 2 } }]);
    });
  });
});
