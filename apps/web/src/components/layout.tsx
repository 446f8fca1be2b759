import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { humanize } from '../api/labels';
import type { Page as ListPage } from '../api/types';

/** The page's heading; also names the browser tab and takes focus after navigation for screen readers. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: ComponentChildren; actions?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · Risk and Incident Register`;
  }, [title]);
  return (
    <header class="page-header">
      <div>
        <h1 tabIndex={-1} id="page-title">
          {title}
        </h1>
        {lead && <p class="lead">{lead}</p>}
      </div>
      {actions && <div class="page-actions">{actions}</div>}
    </header>
  );
}

const TONES: Record<string, string> = {
  REPORTED: 'neutral',
  ASSESSED: 'info',
  INVESTIGATION_OPENED: 'warning',
  INVESTIGATION_CONCLUDED: 'info',
  CLOSED: 'muted',
  REQUIRED: 'warning',
  DRAFTED: 'info',
  APPROVED: 'info',
  SENT: 'success',
  DRAFT: 'neutral',
  PUBLISHED: 'success',
  CORRECTION_REQUIRED: 'danger',
  OVERDUE: 'danger',
  LOW: 'low',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
  OPEN: 'neutral',
  ACTIVE: 'success',
  DISABLED: 'muted',
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span class={`badge badge--${TONES[status] ?? 'neutral'}`}>{label ?? humanize(status)}</span>;
}

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  if (pages <= 1 && page <= 1) return <p class="pager pager-summary">{total === 1 ? '1 item' : `${total} items`}</p>;
  return (
    <nav class="pager" aria-label="Pages">
      <span class="pager-summary">
        {first}–{Math.min(total, page * pageSize)} of {total}
      </span>
      <button type="button" class="button button--secondary button--small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span aria-current="page">
        Page {page} of {pages}
      </span>
      <button type="button" class="button button--secondary button--small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}

export function DefinitionList({ items }: { items: Array<[string, ComponentChildren]> }) {
  return (
    <dl class="facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value === '' || value === undefined || value === null ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A page of a list: the items (or why there are none) and the pager under them. */
export function PagedItems<T>({ page, empty, onPage, children }: { page: ListPage<T>; empty: string; onPage: (page: number) => void; children: (items: T[]) => ComponentChildren }) {
  return (
    <>
      {page.items.length === 0 ? <p class="empty">{empty}</p> : children(page.items)}
      <Pager page={page.page} pageSize={page.pageSize} total={page.total} onPage={onPage} />
    </>
  );
}
