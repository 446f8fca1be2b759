import type { DomainEvent } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';

/*
 * Events of stream `parliamentary-notification-<uuid>` (SPEC 3.3). The id is derived from the trigger, so a
 * trigger delivered twice, replayed or seen by two instances still leads to one notification.
 */

export const NOTIFICATION_KINDS = ['CIVCAS_INVESTIGATION_OPENED', 'CIVCAS_INVESTIGATION_CONCLUDED', 'WEEKLY_OVERVIEW_CORRECTION'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = ['REQUIRED', 'DRAFTED', 'APPROVED', 'SENT'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What made a notification necessary: the review or week (`triggerId`) and which episode of it. */
export type NotificationTrigger = {
  kind: NotificationKind;
  /** The CIVCAS review id, or the week (2024-W05). */
  triggerId: string;
  /** The investigation number of the review, or the published revision of the week that needs correcting. */
  episode: number;
  /** When the triggering event happened: the due time counts from here. */
  triggeredAt: string;
};

export type ParliamentaryNotificationRequired = DomainEvent<
  'ParliamentaryNotificationRequired',
  NotificationTrigger & { notificationId: string; dueAt: string }
>;
export type ParliamentaryNotificationDrafted = DomainEvent<
  'ParliamentaryNotificationDrafted',
  { notificationId: string; text: string; draftedAt: string }
>;
export type ParliamentaryNotificationApproved = DomainEvent<'ParliamentaryNotificationApproved', { notificationId: string; approvedAt: string }>;
export type ParliamentaryNotificationSent = DomainEvent<
  'ParliamentaryNotificationSent',
  /** `sentOn` is the date on the letter (YYYY-MM-DD); `recordedAt` when the dispatch was registered. */
  { notificationId: string; paperReference: string; sentOn: string; recordedAt: string }
>;

export type NotificationEvent =
  | ParliamentaryNotificationRequired
  | ParliamentaryNotificationDrafted
  | ParliamentaryNotificationApproved
  | ParliamentaryNotificationSent;

export const NOTIFICATION_EVENTS = new EventTypes<NotificationEvent>({
  ParliamentaryNotificationRequired: true,
  ParliamentaryNotificationDrafted: true,
  ParliamentaryNotificationApproved: true,
  ParliamentaryNotificationSent: true,
});

export function notificationStreamId(notificationId: string): string {
  return `parliamentary-notification-${notificationId}`;
}
