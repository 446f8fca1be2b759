import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { dueAtFor, notificationDecider as decider, type NotificationCommand } from './notification.decider';
import type { NotificationEvent, NotificationTrigger } from './notification.events';

const notificationId = '0c9a7f00-0000-4d00-8000-000000000001';
const zone = 'Europe/Amsterdam';
const at = new Date('2024-08-05T10:00:00.000Z');
const trigger: NotificationTrigger = {
  kind: 'CIVCAS_INVESTIGATION_OPENED',
  triggerId: '7d4e2a10-0000-4c1e-9a2b-000000000001',
  episode: 1,
  triggeredAt: '2024-08-03T14:00:00.000Z',
};

const required: NotificationEvent = {
  type: 'ParliamentaryNotificationRequired',
  data: { notificationId, ...trigger, dueAt: '2024-08-17T14:00:00.000Z' },
};
const drafted = (text = 'De Kamer wordt geïnformeerd over de start van een onderzoek.'): NotificationEvent => ({
  type: 'ParliamentaryNotificationDrafted',
  data: { notificationId, text, draftedAt: at.toISOString() },
});
const approved: NotificationEvent = { type: 'ParliamentaryNotificationApproved', data: { notificationId, approvedAt: at.toISOString() } };
const sent: NotificationEvent = {
  type: 'ParliamentaryNotificationSent',
  data: { notificationId, paperReference: 'Kamerstuk 27 925, nr. 999', sentOn: '2024-08-05', recordedAt: at.toISOString() },
};

const requireIt: NotificationCommand = { type: 'RequireNotification', notificationId, trigger, dueDays: 14, timeZone: zone, at };
const draft = (text = 'De Kamer wordt geïnformeerd over de start van een onderzoek.'): NotificationCommand => ({
  type: 'DraftNotification', notificationId, text, at,
});
const approve: NotificationCommand = { type: 'ApproveNotification', notificationId, at };
const dispatch = (sentOn = '2024-08-05'): NotificationCommand => ({
  type: 'DispatchNotification', notificationId, paperReference: 'Kamerstuk 27 925, nr. 999', sentOn, timeZone: zone, at,
});

describe('parliamentary notification decider', () => {
  it('is required with a due time NOTIFICATION_DUE_DAYS after the trigger', () => {
    given(decider, []).when(requireIt).then([required]);
  });

  it('counts due days in local calendar days, so a DST change keeps the local hour', () => {
    // 2024-10-20 12:00 CEST + 14 days = 2024-11-03 12:00 CET: 14 days and one hour later in UTC.
    expect(dueAtFor('2024-10-20T10:00:00.000Z', 14, zone)).toBe('2024-11-03T11:00:00.000Z');
  });

  it('exists only once', () => {
    given(decider, [required]).when(requireIt).thenThrows(DomainRuleViolation, /already exists/);
  });

  it('is drafted, approved and sent with the paper reference and the date sent', () => {
    given(decider, [required]).when(draft()).then([drafted()]);
    given(decider, [required, drafted()]).when(approve).then([approved]);
    given(decider, [required, drafted(), approved]).when(dispatch()).then([sent]);
  });

  it('returns to DRAFTED when an approved text is redrafted, and needs a new approval before sending', () => {
    given(decider, [required, drafted(), approved]).when(draft('Herziene tekst')).then([drafted('Herziene tekst')]);
    given(decider, [required, drafted(), approved, drafted('Herziene tekst')]).when(dispatch()).thenThrows(DomainRuleViolation, /DRAFTED/);
  });

  it('cannot be approved without a draft, or twice', () => {
    given(decider, [required]).when(approve).thenThrows(DomainRuleViolation, /Only a DRAFTED notification can be approved/);
    given(decider, [required, drafted(), approved]).when(approve).thenThrows(DomainRuleViolation, /APPROVED/);
  });

  it('cannot be sent before it is approved', () => {
    given(decider, [required, drafted()]).when(dispatch()).thenThrows(DomainRuleViolation, /Only an APPROVED notification can be sent/);
  });

  it('cannot be redrafted or sent again once sent', () => {
    given(decider, [required, drafted(), approved, sent]).when(draft()).thenThrows(DomainRuleViolation, /no longer be redrafted/);
    given(decider, [required, drafted(), approved, sent]).when(dispatch()).thenThrows(DomainRuleViolation, /SENT/);
  });

  it('refuses a date sent in the future or before the trigger', () => {
    given(decider, [required, drafted(), approved]).when(dispatch('2024-08-06')).thenThrows(DomainRuleViolation, /future/);
    given(decider, [required, drafted(), approved]).when(dispatch('2024-08-02')).thenThrows(DomainRuleViolation, /before the event/);
  });

  it('refuses commands on a notification that does not exist', () => {
    given(decider, []).when(draft()).thenThrows(DomainRuleViolation, /does not exist/);
  });
});
