import type Database from 'better-sqlite3';
import type { Mission } from '../../../shared-kernel/src';
import type { Metric } from './contributions';

export interface DailyTotal {
  mission: Mission;
  metric: Metric;
  key: string;
  n: number;
}

/** Sums of the per-day counters over a range of local days (both inclusive), per mission, metric and key. */
export function dailyTotalsReader(db: Database.Database): (firstDay: string, lastDay: string) => DailyTotal[] {
  const statement = db.prepare(
    `SELECT mission, metric, key, SUM(n) AS n FROM report_daily WHERE day BETWEEN ? AND ? GROUP BY mission, metric, key`,
  );
  return (firstDay, lastDay) => statement.all(firstDay, lastDay) as DailyTotal[];
}

/** A record with every one of `keys` at zero: overviews list every category, mission and status. */
export function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
