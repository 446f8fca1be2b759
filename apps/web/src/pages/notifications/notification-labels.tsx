import { daysSince, daysUntil, formatDate } from '../../api/labels';
import type { NotificationItem } from '../../api/types';
import { StatusBadge } from '../../components/layout';
import { Link } from '../../router';

export const KIND_TITLES: Record<NotificationItem['kind'], string> = {
  CIVCAS_INVESTIGATION_OPENED: 'CIVCAS investigation opened',
  CIVCAS_INVESTIGATION_CONCLUDED: 'CIVCAS investigation concluded',
  WEEKLY_OVERVIEW_CORRECTION: 'Weekly overview correction',
};

/** The review or week that made the notification necessary, as a link to it. */
export function TriggerLink({ notification }: { notification: NotificationItem }) {
  if (notification.kind === 'WEEKLY_OVERVIEW_CORRECTION') {
    return <Link href={`/overviews/weekly/${notification.triggerId}`}>Week {notification.triggerId}</Link>;
  }
  return <Link href={`/civcas/${notification.triggerId}`}>CIVCAS review (investigation {notification.episode})</Link>;
}

/** Due date with how far off it is; overdue cases say so in words as well as colour. */
export function DueText({ notification }: { notification: NotificationItem }) {
  if (notification.status === 'SENT') return <>Sent {notification.sentOn ? formatDate(notification.sentOn) : ''}</>;
  const days = daysUntil(notification.dueAt);
  return (
    <>
      {formatDate(notification.dueAt)}{' '}
      {notification.overdue ? (
        <StatusBadge status="OVERDUE" label={`Overdue ${Math.max(1, daysSince(notification.dueAt))} d`} />
      ) : (
        <span class="hint-inline">{days <= 0 ? 'due today' : `in ${days} d`}</span>
      )}
    </>
  );
}
