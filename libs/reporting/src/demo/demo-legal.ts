import { reviewIdForIncident } from '../../../casualty-reviews/src/casualty-review.process-manager';
import { casualtyReviewStreamId } from '../../../casualty-reviews/src/casualty-review.events';
import { AssessCasualtyCommand } from '../../../casualty-reviews/src/commands/assess-casualty.handler';
import { ConcludeInvestigationCommand } from '../../../casualty-reviews/src/commands/conclude-investigation.handler';
import { OpenInvestigationCommand } from '../../../casualty-reviews/src/commands/open-investigation.handler';
import { ReportCasualtySuspicionCommand } from '../../../casualty-reviews/src/commands/report-casualty-suspicion.handler';
import {
  AssessCasualtyRequest,
  ConcludeInvestigationRequest,
  OpenInvestigationRequest,
  ReportCasualtySuspicionRequest,
} from '../../../casualty-reviews/src/http/casualty-review.dto';
import { ApproveNotificationCommand } from '../../../notifications/src/commands/approve-notification.handler';
import { DispatchNotificationCommand } from '../../../notifications/src/commands/dispatch-notification.handler';
import { DraftNotificationCommand } from '../../../notifications/src/commands/draft-notification.handler';
import { ApproveNotificationRequest, DispatchNotificationRequest, DraftNotificationRequest } from '../../../notifications/src/http/notification.dto';
import { notificationIdFor } from '../../../notifications/src/notifications.process-manager';
import type { CommandContext } from '../../../platform/src/command-context';
import type { Role } from '../../../platform/src/role';
import { AIMED_FIRE_KEY } from './demo-incidents';
import { baghdad, demoId, FICTIONAL, type DemoStep } from './demo-step';

/*
 * The legal side of the fictional year: an NGO report found not credible, and the review the aimed shots of
 * 22 August opened, assessed credible, investigated by the Royal Military Constabulary, with parliament informed of
 * the investigation (sent) and of its conclusion (drafted, awaiting approval).
 */

type Step = Omit<DemoStep, 'key' | 'at'>;

function at(key: string, date: string, time: string, step: Step): DemoStep {
  return { key: `legal/${key}`, at: new Date(baghdad(date, time)).toISOString(), ...step };
}

function onReview(reviewId: string, role: Role, request: DemoStep['request'], body: Record<string, unknown>, command: DemoStep['command']): Step {
  return { role, request, body, command, reactions: casualtyReviewStreamId(reviewId) };
}

export function demoLegalWork(): DemoStep[] {
  const ngoReport = demoId('casualty-review', 'ngo-2024-05-03');
  const shots = reviewIdForIncident(demoId('incident', AIMED_FIRE_KEY));
  const opened = notificationIdFor({ kind: 'CIVCAS_INVESTIGATION_OPENED', triggerId: shots, episode: 1 });
  const concluded = notificationIdFor({ kind: 'CIVCAS_INVESTIGATION_CONCLUDED', triggerId: shots, episode: 1 });
  const assess = (id: string) => (body: AssessCasualtyRequest, context: CommandContext) => new AssessCasualtyCommand(id, body, context);
  return [
    at('ngo-report', '2024-05-06', '10:00', {
      role: 'operations',
      request: ReportCasualtySuspicionRequest,
      body: {
        id: ngoReport, source: 'NGO', occurredAt: baghdad('2024-05-03', '18:00'), mission: 'NMI', location: { name: 'Al-Mansour district, Baghdad' },
        description: `${FICTIONAL} A local NGO reports a civilian injured by shots from a foreign convoy in Al-Mansour.`, estimatedKilled: 0, estimatedInjured: 1,
      },
      command: (body: ReportCasualtySuspicionRequest, context) => new ReportCasualtySuspicionCommand(ngoReport, body, context),
    }),
    at('ngo-assessment', '2024-05-09', '15:00', onReview(ngoReport, 'legal', AssessCasualtyRequest, {
      outcome: 'NOT_CREDIBLE', rationale: `${FICTIONAL} No Dutch unit was within 10 km at that time: the movement log puts the only convoy at BIAP.`,
    }, assess(ngoReport))),
    at('shots-first-assessment', '2024-08-23', '09:30', onReview(shots, 'legal', AssessCasualtyRequest, {
      outcome: 'INSUFFICIENT_INFORMATION', rationale: `${FICTIONAL} The team saw two people fall; hospital information is not yet available.`,
    }, assess(shots))),
    at('shots-assessment', '2024-08-26', '14:00', onReview(shots, 'legal', AssessCasualtyRequest, {
      outcome: 'CREDIBLE', rationale: `${FICTIONAL} Records of a Baghdad hospital show two civilians treated for gunshot wounds that evening.`,
    }, assess(shots))),
    at('shots-investigation', '2024-08-27', '10:00', onReview(shots, 'legal', OpenInvestigationRequest, {
      authority: 'Koninklijke Marechaussee', reference: `${FICTIONAL} KMar 2024-017`,
    }, (body: OpenInvestigationRequest, context) => new OpenInvestigationCommand(shots, body, context))),
    at('opened-draft', '2024-08-28', '16:00', {
      role: 'legal', request: DraftNotificationRequest,
      body: { text: `${FICTIONAL} Geachte Voorzitter, hierbij informeren wij u dat de Koninklijke Marechaussee een onderzoek is gestart naar mogelijke burgerslachtoffers bij geweldsaanwending op 22 augustus in Bagdad.` },
      command: (body: DraftNotificationRequest, context) => new DraftNotificationCommand(opened, body, context),
    }),
    at('opened-approval', '2024-08-30', '11:00', {
      role: 'manager', request: ApproveNotificationRequest, body: {},
      command: (body: ApproveNotificationRequest, context) => new ApproveNotificationCommand(opened, body, context),
    }),
    at('opened-dispatch', '2024-09-03', '12:00', {
      role: 'legal', request: DispatchNotificationRequest, body: { paperReference: `Kamerstuk 27 925, nr. 999 ${FICTIONAL}`, sentOn: '2024-09-03' },
      command: (body: DispatchNotificationRequest, context) => new DispatchNotificationCommand(opened, body, context),
    }),
    at('shots-conclusion', '2024-11-19', '10:00', onReview(shots, 'legal', ConcludeInvestigationRequest, {
      findings: `${FICTIONAL} One bystander was injured by a ricochet of the Dutch shots; the second injury was caused by others. The use of force was within the rules of engagement.`,
      confirmedKilled: 0, confirmedInjured: 1,
    }, (body: ConcludeInvestigationRequest, context) => new ConcludeInvestigationCommand(shots, body, context))),
    at('concluded-draft', '2024-11-22', '16:00', {
      role: 'legal', request: DraftNotificationRequest,
      body: { text: `${FICTIONAL} Geachte Voorzitter, het onderzoek van de Koninklijke Marechaussee naar de geweldsaanwending op 22 augustus is afgerond.` },
      command: (body: DraftNotificationRequest, context) => new DraftNotificationCommand(concluded, body, context),
    }),
  ];
}
