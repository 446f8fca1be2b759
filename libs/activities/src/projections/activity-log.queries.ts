import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ItemNotFoundError } from '../../../platform/src/command-errors';
import type { Page } from '../../../platform/src/http/page';
import { limitOffset } from '../../../platform/src/http/paging';
import { READ_MODEL_DATABASE, type HistoryEntry } from '../../../projections/src';
import type { ActivityListQuery } from '../http/activity.dto';
import { ACTIVITY_HISTORY, type ActivityKind, type ActivityStatus } from './activity-log.projection';

export interface ActivityItem {
  id: string;
  kind: ActivityKind;
  status: ActivityStatus;
  revision: number;
  occurredAt: string;
  mission: string;
  loggedAt: string;
  loggedBy: string;
  /** Movements: destination and advisersEscorted; engagements: counterpart and topic. */
  destination?: string;
  advisersEscorted?: number;
  counterpart?: string;
  topic?: string;
}

/** An activity as it stands, with every event that made it so (its log, corrections and withdrawal). */
export type ActivityDetail = ActivityItem & { history: HistoryEntry[] };

const COLUMNS = `id, kind, status, revision, occurred_at AS occurredAt, mission, advisers_escorted AS advisersEscorted, destination,
  counterpart, topic, logged_at AS loggedAt, logged_by AS loggedBy`;
const WHERE = `kind = @kind AND (@mission IS NULL OR mission = @mission) AND (@status IS NULL OR status = @status)
  AND (@from IS NULL OR occurred_at >= @from) AND (@to IS NULL OR occurred_at < @to)`;
const NAMES: Record<ActivityKind, string> = { MOVEMENT: 'Movement', ADVISER_ENGAGEMENT: 'Adviser engagement' };

/** A movement has no counterpart and an engagement escorts no one: leave out what does not apply. */
function fieldsOfItsKind(row: Record<string, unknown>): ActivityItem {
  const notApplicable = row.kind === 'MOVEMENT' ? ['counterpart', 'topic'] : ['destination', 'advisersEscorted'];
  return Object.fromEntries(Object.entries(row).filter(([field]) => !notApplicable.includes(field))) as unknown as ActivityItem;
}

/** Lists of movements and adviser engagements, newest first, and each one with its history. */
@Injectable()
export class ActivityLogQueries {
  private statements?: { list: Database.Statement; count: Database.Statement; one: Database.Statement; history: (id: string) => HistoryEntry[] };

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {}

  list(kind: ActivityKind, query: ActivityListQuery): Page<ActivityItem> {
    const sql = this.prepared();
    const instant = (value?: string) => (value === undefined ? null : new Date(value).toISOString());
    const parameters = { kind, mission: query.mission ?? null, status: query.status ?? null, from: instant(query.from), to: instant(query.to) };
    const rows = sql.list.all({ ...parameters, ...limitOffset(query) }) as Array<Record<string, unknown>>;
    return { items: rows.map(fieldsOfItsKind), total: sql.count.get(parameters) as number, page: query.page, pageSize: query.pageSize };
  }

  detail(kind: ActivityKind, id: string): ActivityDetail {
    const sql = this.prepared();
    const row = sql.one.get(kind, id) as Record<string, unknown> | undefined;
    if (!row) throw new ItemNotFoundError(NAMES[kind], id);
    return { ...fieldsOfItsKind(row), history: sql.history(id) };
  }

  private prepared() {
    return (this.statements ??= {
      list: this.db.prepare(`SELECT ${COLUMNS} FROM activity_log WHERE ${WHERE} ORDER BY occurred_at DESC, id DESC LIMIT @limit OFFSET @offset`),
      count: this.db.prepare(`SELECT COUNT(*) FROM activity_log WHERE ${WHERE}`).pluck(),
      one: this.db.prepare(`SELECT ${COLUMNS} FROM activity_log WHERE kind = ? AND id = ?`),
      history: ACTIVITY_HISTORY.reader(this.db),
    });
  }
}
