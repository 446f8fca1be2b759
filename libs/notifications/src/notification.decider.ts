import { DateTime } from 'luxon';
import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import type { NotificationEvent, NotificationStatus, NotificationTrigger } from './notification.events';

export type RequireNotification = {
  type: 'RequireNotification';
  notificationId: string;
  trigger: NotificationTrigger;
  /** NOTIFICATION_DUE_DAYS: calendar days in the reporting time zone, so a DST change does not move the hour. */
  dueDays: number;
  timeZone: string;
  at: Date;
};
export type DraftNotification = { type: 'DraftNotification'; notificationId: string; text: string; at: Date };
export type ApproveNotification = { type: 'ApproveNotification'; notificationId: string; at: Date };
export type DispatchNotification = {
  type: 'DispatchNotification';
  notificationId: string;
  paperReference: string;
  sentOn: string;
  /** The reporting time zone, in which the letter's date and "today" are read. */
  timeZone: string;
  at: Date;
};
export type NotificationCommand = RequireNotification | DraftNotification | ApproveNotification | DispatchNotification;

export type NotificationState = { status: 'NONE' } | { status: NotificationStatus; triggeredAt: string };

/** The due time of a notification triggered at `triggeredAt`. */
export function dueAtFor(triggeredAt: string, dueDays: number, timeZone: string): string {
  return DateTime.fromISO(triggeredAt, { zone: timeZone }).plus({ days: dueDays }).toUTC().toISO()!;
}

export const notificationDecider: Decider<NotificationCommand, NotificationEvent, NotificationState> = {
  initialState: () => ({ status: 'NONE' }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ParliamentaryNotificationRequired':
        return { status: 'REQUIRED', triggeredAt: event.data.triggeredAt };
      case 'ParliamentaryNotificationDrafted':
        return state.status === 'NONE' ? state : { ...state, status: 'DRAFTED' };
      case 'ParliamentaryNotificationApproved':
        return state.status === 'NONE' ? state : { ...state, status: 'APPROVED' };
      case 'ParliamentaryNotificationSent':
        return state.status === 'NONE' ? state : { ...state, status: 'SENT' };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    if (command.type === 'RequireNotification') return start(command, state);
    if (state.status === 'NONE') throw new DomainRuleViolation(`Parliamentary notification ${command.notificationId} does not exist`);
    const at = command.at.toISOString();
    const notificationId = command.notificationId;
    switch (command.type) {
      case 'DraftNotification':
        if (state.status === 'SENT') throw new DomainRuleViolation('A notification that has been sent can no longer be redrafted');
        return [{ type: 'ParliamentaryNotificationDrafted', data: { notificationId, text: command.text, draftedAt: at } }];
      case 'ApproveNotification':
        if (state.status !== 'DRAFTED') {
          throw new DomainRuleViolation(`Only a DRAFTED notification can be approved; this one is ${state.status}`);
        }
        return [{ type: 'ParliamentaryNotificationApproved', data: { notificationId, approvedAt: at } }];
      case 'DispatchNotification':
        return dispatch(command, state);
      default:
        return assertNever(command);
    }
  },
};

function start(command: RequireNotification, state: NotificationState): NotificationEvent[] {
  if (state.status !== 'NONE') throw new DomainRuleViolation(`Parliamentary notification ${command.notificationId} already exists`);
  const dueAt = dueAtFor(command.trigger.triggeredAt, command.dueDays, command.timeZone);
  return [{ type: 'ParliamentaryNotificationRequired', data: { notificationId: command.notificationId, ...command.trigger, dueAt } }];
}

function dispatch(command: DispatchNotification, state: Exclude<NotificationState, { status: 'NONE' }>): NotificationEvent[] {
  if (state.status !== 'APPROVED') throw new DomainRuleViolation(`Only an APPROVED notification can be sent; this one is ${state.status}`);
  const today = DateTime.fromJSDate(command.at, { zone: command.timeZone }).toISODate()!;
  const triggeredOn = DateTime.fromISO(state.triggeredAt, { zone: command.timeZone }).toISODate()!;
  if (command.sentOn > today) throw new DomainRuleViolation(`The date sent (${command.sentOn}) cannot lie in the future (today is ${today})`);
  if (command.sentOn < triggeredOn) {
    throw new DomainRuleViolation(`The date sent (${command.sentOn}) cannot lie before the event that required it (${triggeredOn})`);
  }
  const data = { notificationId: command.notificationId, paperReference: command.paperReference, sentOn: command.sentOn, recordedAt: command.at.toISOString() };
  return [{ type: 'ParliamentaryNotificationSent', data }];
}
