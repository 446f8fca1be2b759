import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ItemNotFoundError } from '../../../platform/src/command-errors';
import type { Page } from '../../../platform/src/http/page';
import { limitOffset } from '../../../platform/src/http/paging';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import type { Mission } from '../../../shared-kernel/src';
import type { HeatmapQuery, RiskRegisterQuery } from '../http/risk.dto';
import { riskLevel, riskScore, type RiskLevel } from '../risk-level';
import type { RiskCategory } from '../risk.events';
import type { Mitigation, RiskDetail, RiskHeatmap, RiskItem } from '../risk.views';
import { RISK_HISTORY } from './risk-register.projection';

/** SPEC 3.4: the register shows how often a risk materialised in the last 28 days. */
export const MATERIALISATION_WINDOW_DAYS = 28;

const ITEM = `SELECT r.*,
  (SELECT COUNT(*) FROM risk_mitigations m WHERE m.risk_id = r.id AND m.completed_at IS NULL) AS open_mitigations,
  (SELECT COUNT(*) FROM risk_incident_occurrences o WHERE o.category = r.category AND o.mission = r.mission
     AND o.occurred_at > @since AND o.occurred_at <= @until) AS materialisations
  FROM risk_register r`;
const FILTER = `(@status IS NULL OR status = @status) AND (@category IS NULL OR category = @category)
  AND (@mission IS NULL OR mission = @mission) AND (@level IS NULL OR level = @level)`;

type Row = Record<string, string | number | null>;

function toItem(row: Row): RiskItem {
  const residual = row.residual_likelihood === null ? null : { likelihood: Number(row.residual_likelihood), impact: Number(row.residual_impact) };
  const residualScore = residual && riskScore(residual.likelihood, residual.impact);
  return {
    id: String(row.id), status: row.status as RiskItem['status'], revision: Number(row.revision),
    category: row.category as RiskCategory, mission: row.mission as Mission, title: String(row.title), description: String(row.description), owner: String(row.owner),
    likelihood: Number(row.likelihood), impact: Number(row.impact), score: Number(row.score), level: row.level as RiskLevel,
    residual: residual && residualScore ? { ...residual, score: residualScore, level: riskLevel(residualScore) } : null,
    reviewBy: String(row.review_by), identifiedAt: String(row.identified_at),
    closedAt: row.closed_at as string | null, closeReason: row.close_reason as string | null,
    openMitigations: Number(row.open_mitigations), materialisations: Number(row.materialisations),
  };
}

function window(asOf?: string): { since: string; until: string } {
  const until = asOf === undefined ? new Date() : new Date(asOf);
  return { since: new Date(until.getTime() - MATERIALISATION_WINDOW_DAYS * 86_400_000).toISOString(), until: until.toISOString() };
}

/** Reads the risk register: highest score first, with materialisations counted at the time of the question. */
@Injectable()
export class RiskRegisterQueries {
  private statements?: Record<'list' | 'count' | 'one' | 'mitigations' | 'heatmap', Database.Statement> & { history: ReturnType<typeof RISK_HISTORY.reader> };

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {}

  private prepared() {
    return (this.statements ??= {
      list: this.db.prepare(`${ITEM} WHERE ${FILTER} ORDER BY score DESC, review_by, identified_at, id LIMIT @limit OFFSET @offset`),
      count: this.db.prepare(`SELECT COUNT(*) FROM risk_register WHERE ${FILTER}`).pluck(),
      one: this.db.prepare(`${ITEM} WHERE r.id = @id`),
      mitigations: this.db.prepare(
        `SELECT mitigation_id AS id, description, owner, due_by AS dueBy, added_at AS addedAt, completed_at AS completedAt
         FROM risk_mitigations WHERE risk_id = ? ORDER BY added_at, mitigation_id`,
      ),
      history: RISK_HISTORY.reader(this.db),
      heatmap: this.db.prepare(
        `SELECT likelihood, impact, COUNT(*) AS count FROM risk_register
         WHERE status = 'OPEN' AND (@mission IS NULL OR mission = @mission) GROUP BY likelihood, impact`,
      ),
    });
  }

  register(query: RiskRegisterQuery): Page<RiskItem> {
    const filter = { status: query.status ?? null, category: query.category ?? null, mission: query.mission ?? null, level: query.level ?? null };
    const rows = this.prepared().list.all({ ...filter, ...window(query.asOf), ...limitOffset(query) }) as Row[];
    return { items: rows.map(toItem), total: this.prepared().count.get(filter) as number, page: query.page, pageSize: query.pageSize };
  }

  detail(id: string): RiskDetail {
    const row = this.prepared().one.get({ id, ...window() }) as Row | undefined;
    if (!row) throw new ItemNotFoundError('Risk', id);
    return { ...toItem(row), mitigations: this.prepared().mitigations.all(id) as Mitigation[], history: this.prepared().history(id) };
  }

  /** counts[likelihood - 1][impact - 1]: the open risks in each cell of the 5×5 matrix. */
  heatmap(query: HeatmapQuery): RiskHeatmap {
    const counts = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
    const cells = this.prepared().heatmap.all({ mission: query.mission ?? null }) as Array<{ likelihood: number; impact: number; count: number }>;
    for (const cell of cells) counts[cell.likelihood - 1][cell.impact - 1] = cell.count;
    const total = cells.reduce((sum, cell) => sum + cell.count, 0);
    return { mission: query.mission ?? null, total, rows: 'likelihood 1–5', columns: 'impact 1–5', counts };
  }
}
