import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { Page } from '../../../platform/src/http/page';
import { limitOffset } from '../../../platform/src/http/paging';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import type { ActivityListQuery } from '../http/activity.dto';
import type { ActivityKind } from './activity-log.projection';

export interface ActivityItem {
  id: string;
  kind: ActivityKind;
  occurredAt: string;
  mission: string;
  loggedAt: string;
  loggedBy: string;
  /** Movements: destination and advisersEscorted; engagements: counterpart and topic. */
  [field: string]: string | number;
}

const COLUMNS = `id, kind, occurred_at AS occurredAt, mission, advisers_escorted AS advisersEscorted, destination, counterpart, topic,
  logged_at AS loggedAt, logged_by AS loggedBy`;
const WHERE = `kind = @kind AND (@mission IS NULL OR mission = @mission)
  AND (@from IS NULL OR occurred_at >= @from) AND (@to IS NULL OR occurred_at < @to)`;

/** A movement has no counterpart and an engagement escorts no one: leave out what does not apply. */
function fieldsOfItsKind(row: Record<string, unknown>): ActivityItem {
  const notApplicable = row.kind === 'MOVEMENT' ? ['counterpart', 'topic'] : ['destination', 'advisersEscorted'];
  return Object.fromEntries(Object.entries(row).filter(([field]) => !notApplicable.includes(field))) as ActivityItem;
}

/** Lists of movements and adviser engagements, newest first. */
@Injectable()
export class ActivityLogQueries {
  private statements?: { list: Database.Statement; count: Database.Statement };

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {}

  list(kind: ActivityKind, query: ActivityListQuery): Page<ActivityItem> {
    this.statements ??= {
      list: this.db.prepare(`SELECT ${COLUMNS} FROM activity_log WHERE ${WHERE} ORDER BY occurred_at DESC, id DESC LIMIT @limit OFFSET @offset`),
      count: this.db.prepare(`SELECT COUNT(*) FROM activity_log WHERE ${WHERE}`).pluck(),
    };
    const instant = (value?: string) => (value === undefined ? null : new Date(value).toISOString());
    const parameters = { kind, mission: query.mission ?? null, from: instant(query.from), to: instant(query.to) };
    const rows = this.statements.list.all({ ...parameters, ...limitOffset(query) }) as Array<Record<string, unknown>>;
    return { items: rows.map(fieldsOfItsKind), total: this.statements.count.get(parameters) as number, page: query.page, pageSize: query.pageSize };
  }
}
