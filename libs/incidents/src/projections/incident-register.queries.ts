import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ItemNotFoundError } from '../../../platform/src/command-errors';
import type { Page } from '../../../platform/src/http/page';
import { limitOffset } from '../../../platform/src/http/paging';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import type { IncidentRegisterQuery } from '../http/incident.dto';
import type { IncidentFacts } from '../incident.events';
import type { IncidentDetail, IncidentItem } from '../incident.views';
import { RegisterCounter, whereClause } from './incident-register-counts';

interface RegisterRow {
  id: string;
  status: IncidentItem['status'];
  facts_json: string;
  reported_at: string;
  closed_at: string | null;
  revision: number;
}

const FILTERS = [
  ['category', 'category = @category'],
  ['mission', 'mission = @mission'],
  ['status', 'status = @status'],
  ['from', 'occurred_at >= @from'],
  ['to', 'occurred_at < @to'],
] as const;

function toItem(row: RegisterRow): IncidentItem {
  const facts = JSON.parse(row.facts_json) as IncidentFacts;
  return { id: row.id, status: row.status, revision: row.revision, ...facts, reportedAt: row.reported_at, closedAt: row.closed_at };
}

/** Reads the incident register: one prepared statement per combination of filters, so each can use its index. */
@Injectable()
export class IncidentRegisterQueries {
  private readonly pages = new Map<string, Database.Statement>();
  private readonly counter: RegisterCounter;
  private byId?: { incident: Database.Statement; history: Database.Statement };

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {
    this.counter = new RegisterCounter(db);
  }

  register(query: IncidentRegisterQuery): Page<IncidentItem> {
    const filters = FILTERS.filter(([name]) => query[name] !== undefined);
    const key = filters.map(([name]) => name).join(',');
    let list = this.pages.get(key);
    if (!list) {
      const where = whereClause(filters.map(([, condition]) => condition));
      list = this.db.prepare(`SELECT * FROM incident_register ${where} ORDER BY occurred_at DESC, id DESC LIMIT @limit OFFSET @offset`);
      this.pages.set(key, list);
    }
    const parameters = Object.fromEntries(filters.map(([name]) => [name, name === 'from' || name === 'to' ? new Date(query[name]!).toISOString() : query[name]]));
    const rows = list.all({ ...parameters, ...limitOffset(query) }) as RegisterRow[];
    return { items: rows.map(toItem), total: this.counter.count(parameters), page: query.page, pageSize: query.pageSize };
  }

  detail(id: string): IncidentDetail {
    this.byId ??= {
      incident: this.db.prepare('SELECT * FROM incident_register WHERE id = ?'),
      history: this.db.prepare('SELECT * FROM incident_history WHERE incident_id = ? ORDER BY revision'),
    };
    const row = this.byId.incident.get(id) as RegisterRow | undefined;
    if (!row) throw new ItemNotFoundError('Incident', id);
    const history = this.byId.history.all(id) as Array<{ revision: number; type: string; at: string; user_id: string; role: string; reason: string | null; changes_json: string | null }>;
    return {
      ...toItem(row),
      history: history.map((entry) => ({
        revision: entry.revision,
        type: entry.type,
        at: entry.at,
        userId: entry.user_id,
        role: entry.role,
        reason: entry.reason,
        changes: entry.changes_json === null ? null : (JSON.parse(entry.changes_json) as Record<string, unknown>),
      })),
    };
  }
}
