import { withQuery } from '../../api/client';
import { humanize } from '../../api/labels';
import { NOTIFICATION_STATUSES, type Page, type NotificationItem } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { Alert, ResourceState } from '../../components/feedback';
import { SelectField } from '../../components/fields';
import { PageHeader, StatusBadge, PagedItems } from '../../components/layout';
import { Link, navigate } from '../../router';
import { DueText, KIND_TITLES, TriggerLink } from './notification-labels';

const PAGE_SIZE = 50;

/** Parliamentary notifications, earliest due first; overdue ones stand out and are counted on top. */
export function NotificationBoardPage({ query }: { query: URLSearchParams }) {
  const status = query.get('status') ?? '';
  const overdueOnly = query.get('overdue') === 'true';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const board = useResource<Page<NotificationItem>>(withQuery('/parliamentary-notifications', { status, overdue: overdueOnly || undefined, page, pageSize: PAGE_SIZE }));
  const overdue = useResource<Page<NotificationItem>>('/parliamentary-notifications?overdue=true&pageSize=1');
  const go = (change: Record<string, string | number | undefined>) => navigate(withQuery('/notifications', { status, overdue: overdueOnly ? 'true' : undefined, ...change }));
  const overdueCount = overdue.data?.total ?? 0;
  return (
    <>
      <PageHeader title="Parliamentary notifications" lead="The Tweede Kamer is informed of every CIVCAS investigation opened or concluded and of every correction to a published week." />
      {overdueCount > 0 && (
        <Alert kind="error" title={`${overdueCount} notification${overdueCount === 1 ? ' is' : 's are'} overdue`}>
          <p>
            Not sent by the due date. <Link href="/notifications?overdue=true">Show only overdue</Link>
          </p>
        </Alert>
      )}
      <div class="card filters no-print" role="search" aria-label="Filter notifications">
        <SelectField name="status" label="Status" value={status} onInput={(value) => go({ status: value, page: 1 })} options={NOTIFICATION_STATUSES.map((code) => ({ value: code, label: humanize(code) }))} placeholder="All" />
        <div class="field checkbox-field">
          <label>
            <input type="checkbox" checked={overdueOnly} onChange={(event) => go({ overdue: (event.currentTarget as HTMLInputElement).checked ? 'true' : undefined, page: 1 })} />
            Overdue only
          </label>
        </div>
      </div>
      <ResourceState resource={board} what="notifications" />
      {board.data && (
        <section class="card" aria-label="Notifications">
          <PagedItems page={board.data} empty="No notifications match." onPage={(next) => go({ page: next })}>
            {(notifications) => <BoardTable notifications={notifications} />}
          </PagedItems>
        </section>
      )}
    </>
  );
}

function BoardTable({ notifications }: { notifications: NotificationItem[] }) {
  return (
    <div class="table-wrap">
      <table class="table--stack">
        <thead>
          <tr>
            <th scope="col">Notification</th>
            <th scope="col">Caused by</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">Paper</th>
          </tr>
        </thead>
        <tbody>
          {notifications.map((notification) => (
            <tr key={notification.id} class={notification.overdue ? 'row--overdue' : undefined}>
              <td data-label="Notification">
                <Link href={`/notifications/${notification.id}`}>{KIND_TITLES[notification.kind]}</Link>
              </td>
              <td data-label="Caused by"><TriggerLink notification={notification} /></td>
              <td data-label="Status"><StatusBadge status={notification.status} /></td>
              <td data-label="Due"><DueText notification={notification} /></td>
              <td data-label="Paper">{notification.paperReference ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
