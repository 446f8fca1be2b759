import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ItemNotFoundError } from '../../../platform/src/command-errors';
import type { Page } from '../../../platform/src/http/page';
import { limitOffset } from '../../../platform/src/http/paging';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import type { NotificationBoardQuery } from '../http/notification.dto';
import type { NotificationKind, NotificationStatus } from '../notification.events';
import type { NotificationDetail, NotificationItem } from '../notification.views';
import { NOTIFICATION_HISTORY } from './notification-board.projection';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  status: NotificationStatus;
  revision: number;
  trigger_id: string;
  episode: number;
  triggered_at: string;
  due_at: string;
  text: string | null;
  drafted_at: string | null;
  approved_at: string | null;
  paper_reference: string | null;
  sent_on: string | null;
}

const OVERDUE = `(status <> 'SENT' AND due_at < @now)`;
/** Notifications are few (a handful a month): one statement with optional filters. */
const WHERE = `WHERE (@status IS NULL OR status = @status) AND (@kind IS NULL OR kind = @kind)
  AND (@triggerId IS NULL OR trigger_id = @triggerId) AND (@overdue IS NULL OR ${OVERDUE} = @overdue)`;

function toItem(row: NotificationRow, now: string): NotificationItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    revision: row.revision,
    triggerId: row.trigger_id,
    episode: row.episode,
    triggeredAt: row.triggered_at,
    dueAt: row.due_at,
    overdue: row.status !== 'SENT' && row.due_at < now,
    text: row.text,
    draftedAt: row.drafted_at,
    approvedAt: row.approved_at,
    paperReference: row.paper_reference,
    sentOn: row.sent_on,
  };
}

/** The board: what is due first comes first; overdue is computed at query time. */
@Injectable()
export class NotificationBoardQueries {
  private statements?: { page: Database.Statement; count: Database.Statement; one: Database.Statement; history: ReturnType<typeof NOTIFICATION_HISTORY.reader> };

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {}

  private prepared() {
    return (this.statements ??= {
      page: this.db.prepare(`SELECT * FROM parliamentary_notifications ${WHERE} ORDER BY due_at, id LIMIT @limit OFFSET @offset`),
      count: this.db.prepare(`SELECT COUNT(*) FROM parliamentary_notifications ${WHERE}`).pluck(),
      one: this.db.prepare('SELECT * FROM parliamentary_notifications WHERE id = ?'),
      history: NOTIFICATION_HISTORY.reader(this.db),
    });
  }

  board(query: NotificationBoardQuery, now: Date): Page<NotificationItem> {
    const at = now.toISOString();
    const filters = {
      status: query.status ?? null,
      kind: query.kind ?? null,
      triggerId: query.triggerId ?? null,
      overdue: query.overdue === undefined ? null : Number(query.overdue),
      now: at,
    };
    const { page, count } = this.prepared();
    const rows = page.all({ ...filters, ...limitOffset(query) }) as NotificationRow[];
    return { items: rows.map((row) => toItem(row, at)), total: count.get(filters) as number, page: query.page, pageSize: query.pageSize };
  }

  detail(id: string, now: Date): NotificationDetail {
    const { one, history } = this.prepared();
    const row = one.get(id) as NotificationRow | undefined;
    if (!row) throw new ItemNotFoundError('Parliamentary notification', id);
    return { ...toItem(row, now.toISOString()), history: history(id) };
  }
}
