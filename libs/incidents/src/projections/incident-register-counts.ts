import type Database from 'better-sqlite3';

/*
 * The register's `total` without counting a million rows: incident_register_daily(category, mission, status,
 * day (UTC YYYY-MM-DD), n) holds how many incidents each day has; a count sums the whole days inside the range
 * and counts only the partial days at its edges row by row.
 */

export type CountFilter = { category?: string; mission?: string; status?: string; from?: string; to?: string };
type Bucket = { category: string; mission: string; status: string; occurredAt: string };

const EQUALITIES = ['category', 'mission', 'status'] as const;
const DAY_MS = 86_400_000;

export const DAILY_TABLE = `CREATE TABLE IF NOT EXISTS incident_register_daily (
  category TEXT NOT NULL, mission TEXT NOT NULL, status TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (category, mission, status, day))`;

/** Keeps the daily counts as incidents are reported, moved, recategorised and closed. */
export class DailyCounts {
  private readonly upsert: Database.Statement;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(
      `INSERT INTO incident_register_daily (category, mission, status, day, n) VALUES (@category, @mission, @status, @day, @delta)
       ON CONFLICT (category, mission, status, day) DO UPDATE SET n = n + excluded.n`,
    );
  }

  move(from: Bucket | undefined, to: Bucket | undefined): void {
    if (from) this.upsert.run({ category: from.category, mission: from.mission, status: from.status, day: from.occurredAt.slice(0, 10), delta: -1 });
    if (to) this.upsert.run({ category: to.category, mission: to.mission, status: to.status, day: to.occurredAt.slice(0, 10), delta: 1 });
  }
}

const midnight = (instant: number) => Math.floor(instant / DAY_MS) * DAY_MS;
const iso = (instant: number) => new Date(instant).toISOString();

/** Counts the register for any filter: whole days from the daily table, partial edge days from the register. */
export class RegisterCounter {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  count(filter: CountFilter): number {
    const equalities = Object.fromEntries(EQUALITIES.filter((name) => filter[name] !== undefined).map((name) => [name, filter[name]]));
    if (filter.from === undefined && filter.to === undefined) return this.sumDays(equalities);
    const from = filter.from === undefined ? undefined : Date.parse(filter.from);
    const to = filter.to === undefined ? undefined : Date.parse(filter.to);
    const firstWholeDay = from === undefined ? undefined : from === midnight(from) ? from : midnight(from) + DAY_MS;
    const endOfWholeDays = to === undefined ? undefined : midnight(to);
    if (firstWholeDay !== undefined && endOfWholeDays !== undefined && firstWholeDay >= endOfWholeDays) {
      return this.countRows({ ...equalities, from: iso(from!), to: iso(to!) });
    }
    let total = this.sumDays({
      ...equalities,
      ...(firstWholeDay !== undefined && { firstDay: iso(firstWholeDay).slice(0, 10) }),
      ...(endOfWholeDays !== undefined && { endDay: iso(endOfWholeDays).slice(0, 10) }),
    });
    if (from !== undefined && from < firstWholeDay!) total += this.countRows({ ...equalities, from: iso(from), to: iso(firstWholeDay!) });
    if (to !== undefined && endOfWholeDays! < to) total += this.countRows({ ...equalities, from: iso(endOfWholeDays!), to: iso(to) });
    return total;
  }

  private sumDays(parameters: Record<string, string | undefined>): number {
    const conditions = equalities(parameters);
    if (parameters.firstDay !== undefined) conditions.push('day >= @firstDay');
    if (parameters.endDay !== undefined) conditions.push('day < @endDay');
    return this.statement(`SELECT COALESCE(SUM(n), 0) FROM incident_register_daily ${whereClause(conditions)}`).get(parameters) as number;
  }

  private countRows(parameters: Record<string, string | undefined>): number {
    const conditions = [...equalities(parameters), 'occurred_at >= @from', 'occurred_at < @to'];
    return this.statement(`SELECT COUNT(*) FROM incident_register ${whereClause(conditions)}`).get(parameters) as number;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql).pluck();
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function equalities(parameters: Record<string, string | undefined>): string[] {
  return EQUALITIES.filter((name) => parameters[name] !== undefined).map((name) => `${name} = @${name}`);
}

/** `WHERE a AND b`, or nothing for no conditions. */
export function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
