import type { Mission } from '../../shared-kernel/src';
import type { HistoryEntry } from '../../projections/src/history-entry';
import type { RiskLevel } from './risk-level';
import type { RiskCategory } from './risk.events';

/*
 * What the API shows of risks (SPEC 4). Type-only, so the web pages import the same definitions.
 */

export interface RiskItem {
  id: string;
  status: 'OPEN' | 'CLOSED';
  revision: number;
  category: RiskCategory;
  mission: Mission;
  title: string;
  description: string;
  owner: string;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  residual: { likelihood: number; impact: number; score: number; level: RiskLevel } | null;
  reviewBy: string;
  identifiedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  openMitigations: number;
  /** Incidents of the same category and mission that occurred in the 28 days up to the question. */
  materialisations: number;
}

export interface Mitigation {
  id: string;
  description: string;
  owner: string;
  dueBy: string;
  addedAt: string;
  completedAt: string | null;
}

export type RiskDetail = RiskItem & { mitigations: Mitigation[]; history: HistoryEntry[] };

/** counts[likelihood - 1][impact - 1]: the open risks in each cell of the 5×5 matrix. */
export interface RiskHeatmap {
  mission: Mission | null;
  total: number;
  rows: 'likelihood 1–5';
  columns: 'impact 1–5';
  counts: number[][];
}
