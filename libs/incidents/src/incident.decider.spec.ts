import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { incidentDecider, type AmendIncident } from './incident.decider';
import type { IncidentEvent, IncidentFacts, UseOfForceFacts } from './incident.events';
import { useOfForceNeedsReview } from './incident.events';

const id = '4b1f0c9e-1111-4a2b-8c3d-000000000001';
const at = new Date('2024-07-15T12:00:00.000Z');
const later = new Date('2024-07-16T08:00:00.000Z');

const rocketAttack: IncidentFacts = {
  category: 'INDIRECT_FIRE',
  mission: 'NMI',
  occurredAt: '2024-07-15T11:40:00.000Z',
  location: { name: 'Camp Union III', lat: 33.31, lon: 44.39 },
  summary: 'Two rockets impacted near the perimeter',
  severity: 3,
  details: { munition: 'ROCKET', rounds: 2, intercepted: 1 },
};
const warningShots: UseOfForceFacts = {
  category: 'USE_OF_FORCE',
  mission: 'NMI',
  occurredAt: '2024-07-15T11:00:00.000Z',
  location: { name: 'Route Irish' },
  summary: 'Vehicle approached the convoy at speed and ignored signals',
  severity: 2,
  details: { basis: 'SELF_DEFENCE', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: false, publicSummary: 'Warning shots at an approaching vehicle' },
};

const reported: IncidentEvent = { type: 'IncidentReported', data: { incidentId: id, reportedAt: at.toISOString(), ...rocketAttack } as never };
const closed: IncidentEvent = { type: 'IncidentClosed', data: { incidentId: id, closedAt: later.toISOString(), reason: 'Dealt with' } };
const amend = (corrections: AmendIncident['corrections'], reason = 'Corrected after debrief'): AmendIncident => ({
  type: 'AmendIncident', incidentId: id, corrections, reason, at: later,
});

describe('incident decider', () => {
  describe('reporting', () => {
    it('records an incident report with its facts', () => {
      given(incidentDecider, []).when({ type: 'ReportIncident', incidentId: id, facts: rocketAttack, at }).then([reported]);
    });

    it('records a use of force as UseOfForceReported instead of IncidentReported', () => {
      given(incidentDecider, [])
        .when({ type: 'ReportIncident', incidentId: id, facts: warningShots, at })
        .then([{ type: 'UseOfForceReported', data: { incidentId: id, reportedAt: at.toISOString(), ...warningShots } }]);
    });

    it('accepts an occurredAt up to 5 minutes ahead of the clock', () => {
      const facts = { ...rocketAttack, occurredAt: '2024-07-15T12:05:00.000Z' };
      given(incidentDecider, []).when({ type: 'ReportIncident', incidentId: id, facts, at }).thenMatches([{ type: 'IncidentReported' }]);
    });

    it('refuses an occurredAt more than 5 minutes in the future', () => {
      const facts = { ...rocketAttack, occurredAt: '2024-07-15T12:05:00.001Z' };
      given(incidentDecider, []).when({ type: 'ReportIncident', incidentId: id, facts, at }).thenThrows(DomainRuleViolation, /occurredAt.*future/);
    });

    it('refuses to report the same incident twice', () => {
      given(incidentDecider, [reported]).when({ type: 'ReportIncident', incidentId: id, facts: rocketAttack, at }).thenThrows(DomainRuleViolation, /already/);
    });
  });

  describe('amending', () => {
    it('keeps the original and records the reason, the changed fields and both versions', () => {
      const occurredAt = '2024-07-08T23:50:00.000Z';
      given(incidentDecider, [reported])
        .when(amend({ occurredAt }))
        .then([
          {
            type: 'IncidentAmended',
            data: {
              incidentId: id, amendedAt: later.toISOString(), reason: 'Corrected after debrief',
              changedFields: ['occurredAt'], previous: rocketAttack, incident: { ...rocketAttack, occurredAt },
            },
          },
        ]);
    });

    it('may change the category together with its details', () => {
      given(incidentDecider, [reported])
        .when(amend({ category: 'ARMED_DRONE', details: { drones: 1, intercepted: 1 } }))
        .thenMatches([{ data: { changedFields: ['category', 'details'], incident: { category: 'ARMED_DRONE', details: { drones: 1, intercepted: 1 } } } }]);
    });

    it('needs a reason', () => {
      given(incidentDecider, [reported]).when(amend({ severity: 4 }, '  ')).thenThrows(DomainRuleViolation, /reason/);
    });

    it('must change something', () => {
      given(incidentDecider, [reported]).when(amend({ severity: 3, mission: 'NMI' })).thenThrows(DomainRuleViolation, /change at least one/);
    });

    it('re-checks that occurredAt is not in the future', () => {
      given(incidentDecider, [reported]).when(amend({ occurredAt: '2024-07-16T08:06:00.000Z' })).thenThrows(DomainRuleViolation, /future/);
    });

    it('cannot amend an incident that was never reported', () => {
      given(incidentDecider, []).when(amend({ severity: 4 })).thenThrows(DomainRuleViolation, /not been reported/);
    });

    it('cannot amend a closed incident', () => {
      given(incidentDecider, [reported, closed]).when(amend({ severity: 4 })).thenThrows(DomainRuleViolation, /closed/);
    });

    it('applies one amendment after another', () => {
      const first = incidentDecider.decide(amend({ severity: 4 }), incidentDecider.evolve(incidentDecider.initialState(), reported));
      given(incidentDecider, [reported, ...first]).when(amend({ severity: 5 })).thenMatches([{ data: { previous: { severity: 4 }, incident: { severity: 5 } } }]);
    });
  });

  describe('closing', () => {
    it('closes a reported incident with a reason', () => {
      given(incidentDecider, [reported]).when({ type: 'CloseIncident', incidentId: id, reason: 'Dealt with', at: later }).then([closed]);
    });

    it('needs a reason', () => {
      given(incidentDecider, [reported]).when({ type: 'CloseIncident', incidentId: id, reason: '', at: later }).thenThrows(DomainRuleViolation, /reason/);
    });

    it('cannot close twice', () => {
      given(incidentDecider, [reported, closed]).when({ type: 'CloseIncident', incidentId: id, reason: 'Again', at: later }).thenThrows(DomainRuleViolation, /closed/);
    });

    it('cannot close an incident that was never reported', () => {
      given(incidentDecider, []).when({ type: 'CloseIncident', incidentId: id, reason: 'x', at: later }).thenThrows(DomainRuleViolation, /not been reported/);
    });
  });

  describe('which uses of force need a CIVCAS review', () => {
    it.each([
      ['SELF_DEFENCE', false, false],
      ['DEFENCE_OF_ESCORTED_PERSONNEL', false, false],
      ['OTHER', false, true],
      ['SELF_DEFENCE', true, true],
    ] as const)('basis %s with casualties observed %s → %s', (basis, casualtiesObserved, needed) => {
      expect(useOfForceNeedsReview({ ...warningShots, details: { ...warningShots.details, basis, casualtiesObserved } })).toBe(needed);
    });

    it('never for other categories', () => {
      expect(useOfForceNeedsReview(rocketAttack)).toBe(false);
    });
  });
});
