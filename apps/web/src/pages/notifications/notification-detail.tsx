import { formatDate, formatDateTime, humanize } from '../../api/labels';
import type { NotificationDetail, HistoryEntry, Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { ResourceState } from '../../components/feedback';
import { DefinitionList, PageHeader, StatusBadge } from '../../components/layout';
import { NotificationActions } from './notification-actions';
import { DueText, KIND_TITLES, TriggerLink } from './notification-labels';

const STEP_TITLES: Record<string, string> = {
  ParliamentaryNotificationRequired: 'Notification required',
  ParliamentaryNotificationDrafted: 'Drafted',
  ParliamentaryNotificationApproved: 'Approved',
  ParliamentaryNotificationSent: 'Sent',
};

export function NotificationDetailPage({ id, role }: { id: string; role: Role }) {
  const notification = useResource<NotificationDetail>(`/parliamentary-notifications/${id}`);
  const data = notification.data;
  return (
    <>
      <PageHeader title={data ? KIND_TITLES[data.kind] : 'Parliamentary notification'} lead={data && <StatusBadge status={data.overdue ? 'OVERDUE' : data.status} label={data.overdue ? `Overdue · ${humanize(data.status)}` : undefined} />} />
      <ResourceState resource={notification} what="the notification" />
      {data && (
        <div class="columns">
          <div>
            <section class="card">
              <h2>Notification</h2>
              <DefinitionList
                items={[
                  ['Caused by', <TriggerLink notification={data} />],
                  ['Triggered', formatDateTime(data.triggeredAt)],
                  ['Due', <DueText notification={data} />],
                  ['Paper', data.paperReference ?? '—'],
                  ['Sent on', data.sentOn ? formatDate(data.sentOn) : '—'],
                ]}
              />
              <h3 class="spaced">Text</h3>
              {data.text ? <p class="prose letter">{data.text}</p> : <p class="empty">Not drafted yet.</p>}
            </section>
            <section class="card" aria-label="Actions">
              <h2>Actions</h2>
              <NotificationActions key={data.status} notification={data} role={role} reload={notification.reload} />
            </section>
          </div>
          <section class="card">
            <h2>History</h2>
            <ol class="timeline">
              {data.history.map((step: HistoryEntry) => (
                <li key={step.revision}>
                  <strong>{STEP_TITLES[step.type] ?? humanize(step.type)}</strong> <span class="when">{formatDateTime(step.at)}</span>
                  <div class="who">
                    by {step.userId} ({step.role})
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </>
  );
}
