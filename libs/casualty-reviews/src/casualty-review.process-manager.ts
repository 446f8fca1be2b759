import { Injectable } from '@nestjs/common';
import type { RecordedEvent } from '../../event-store/src';
import { INCIDENT_EVENTS, useOfForceNeedsReview, type UseOfForceFacts } from '../../incidents/src/incident.events';
import { assertNever } from '../../platform/src/decider';
import { CommandExecutor } from '../../platform/src/command-executor';
import { deterministicId } from '../../platform/src/ids';
import { EventProcessManager, type ProcessManager } from '../../projections/src';
import { reactionContext } from '../../platform/src/reaction-context';
import { executeCasualtyReviewCommand } from './commands/execute-casualty-review-command';
import type { CasualtySuspicion } from './casualty-review.events';

/** The one review a use of force can open: its id is derived from the incident. */
export function reviewIdForIncident(incidentId: string): string {
  return deterministicId('casualty-review', incidentId);
}

/** The use of force an incident event reports or amends to, when it needs a CIVCAS review. */
function useOfForceNeedingReview(event: RecordedEvent): (UseOfForceFacts & { incidentId: string }) | undefined {
  if (!INCIDENT_EVENTS.has(event)) return undefined;
  switch (event.type) {
    case 'UseOfForceReported':
      return useOfForceNeedsReview(event.data) ? event.data : undefined;
    case 'IncidentAmended': {
      const { incidentId, incident } = event.data;
      return useOfForceNeedsReview(incident) ? { ...(incident as UseOfForceFacts), incidentId } : undefined;
    }
    case 'IncidentReported':
    case 'IncidentClosed':
      return undefined;
    default:
      return assertNever(event);
  }
}

const MAX_DESCRIPTION = 4000;

function suspicionFrom(useOfForce: UseOfForceFacts & { incidentId: string }): CasualtySuspicion {
  const { basis, escalation, roundsFired, casualtiesObserved } = useOfForce.details;
  const circumstances = `Use of force (basis ${basis}, ${escalation}, ${roundsFired} rounds fired${casualtiesObserved ? ', casualties observed' : ''})`;
  return {
    source: 'OWN_FORCES',
    description: `${circumstances}: ${useOfForce.summary}`.slice(0, MAX_DESCRIPTION),
    occurredAt: useOfForce.occurredAt,
    mission: useOfForce.mission,
    location: useOfForce.location,
    // Own forces report what they saw, not a count: legal staff set the estimates when they assess.
    estimatedKilled: 0,
    estimatedInjured: 0,
    incidentId: useOfForce.incidentId,
  };
}

/**
 * Opens a CIVCAS review for a use of force with basis OTHER or casualties observed (SPEC 3.1), also when an
 * amendment makes it so. Keyed by the incident: one review per incident, whatever is replayed or amended.
 */
@EventProcessManager()
@Injectable()
export class CasualtyReviewProcessManager implements ProcessManager {
  readonly name = 'casualty-reviews-from-use-of-force';

  constructor(private readonly executor: CommandExecutor) {}

  async handle(event: RecordedEvent): Promise<void> {
    const useOfForce = useOfForceNeedingReview(event);
    if (!useOfForce) return;
    const reviewId = reviewIdForIncident(useOfForce.incidentId);
    const context = reactionContext(event, { reaction: 'OpenCasualtyReview', incidentId: useOfForce.incidentId }, 'system:casualty-reviews');
    const command = { type: 'ReportCasualtySuspicion', reviewId, suspicion: suspicionFrom(useOfForce), automatic: true, at: context.now } as const;
    await executeCasualtyReviewCommand(this.executor, command, context);
  }
}
