import { Inject, Injectable } from '@nestjs/common';
import type { RecordedEvent } from '../../event-store/src';
import type { CasualtyInvestigationConcluded, CasualtyInvestigationOpened } from '../../casualty-reviews/src/casualty-review.events';
import { CommandExecutor } from '../../platform/src/command-executor';
import { APP_CONFIG, type AppConfig } from '../../platform/src/config/app-config';
import { assertNever } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';
import { deterministicId } from '../../platform/src/ids';
import { EventProcessManager, type ProcessManager } from '../../projections/src';
import type { WeeklyOverviewCorrectionRequired } from '../../shared-kernel/src';
import { notificationDecider } from './notification.decider';
import { notificationStreamId, type NotificationTrigger } from './notification.events';
import { reactionContext } from '../../platform/src/reaction-context';

/** The events that require informing parliament (SPEC 3.3). */
const TRIGGER_EVENTS = new EventTypes<CasualtyInvestigationOpened | CasualtyInvestigationConcluded | WeeklyOverviewCorrectionRequired>({
  CasualtyInvestigationOpened: true,
  CasualtyInvestigationConcluded: true,
  WeeklyOverviewCorrectionRequired: true,
});

/** The trigger a committed event stands for, if it requires informing parliament. */
export function notificationTriggerOf(event: RecordedEvent): NotificationTrigger | undefined {
  if (!TRIGGER_EVENTS.has(event)) return undefined;
  switch (event.type) {
    case 'CasualtyInvestigationOpened': {
      const { reviewId, investigation, openedAt } = event.data;
      return { kind: 'CIVCAS_INVESTIGATION_OPENED', triggerId: reviewId, episode: investigation, triggeredAt: openedAt };
    }
    case 'CasualtyInvestigationConcluded': {
      const { reviewId, investigation, concludedAt } = event.data;
      return { kind: 'CIVCAS_INVESTIGATION_CONCLUDED', triggerId: reviewId, episode: investigation, triggeredAt: concludedAt };
    }
    case 'WeeklyOverviewCorrectionRequired': {
      const { week, publishedRevision, detectedAt } = event.data;
      return { kind: 'WEEKLY_OVERVIEW_CORRECTION', triggerId: week, episode: publishedRevision, triggeredAt: detectedAt };
    }
    default:
      return assertNever(event);
  }
}

/** One notification per trigger: its id is derived from the kind, the review or week, and the episode. */
export function notificationIdFor(trigger: Pick<NotificationTrigger, 'kind' | 'triggerId' | 'episode'>): string {
  return deterministicId('parliamentary-notification', trigger.kind, trigger.triggerId, String(trigger.episode));
}

/**
 * Starts a parliamentary notification for every committed trigger. Delivered at least once; the derived id and
 * command key make a repeat (replay, restart, duplicate delivery, a second instance) answer with the first result.
 */
@EventProcessManager()
@Injectable()
export class NotificationsProcessManager implements ProcessManager {
  readonly name = 'parliamentary-notifications';

  constructor(
    private readonly executor: CommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    const trigger = notificationTriggerOf(event);
    if (!trigger) return;
    const notificationId = notificationIdFor(trigger);
    const key = { reaction: 'RequireNotification', kind: trigger.kind, triggerId: trigger.triggerId, episode: trigger.episode };
    const context = reactionContext(event, key, 'system:parliamentary-notifications');
    await this.executor.execute({
      kind: 'Parliamentary notification',
      id: notificationId,
      streamId: notificationStreamId(notificationId),
      decider: notificationDecider,
      command: {
        type: 'RequireNotification',
        notificationId,
        trigger,
        dueDays: this.config.notificationDueDays,
        timeZone: this.config.reportingTimeZone,
        at: context.now,
      },
      context,
      mode: 'create',
    });
  }
}
