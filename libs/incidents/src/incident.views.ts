import type { IncidentFacts } from './incident.events';

/*
 * What the API shows of incidents (SPEC 4). Type-only, so the web pages import the same definitions.
 */

export type IncidentItem = IncidentFacts & {
  id: string;
  status: 'REPORTED' | 'CLOSED';
  revision: number;
  reportedAt: string;
  closedAt: string | null;
};

export interface IncidentHistoryEntry {
  revision: number;
  type: string;
  at: string;
  userId: string;
  role: string;
  reason: string | null;
  /** The reported facts for a report, {field: {from, to}} for an amendment. */
  changes: Record<string, unknown> | null;
}

export type IncidentDetail = IncidentItem & { history: IncidentHistoryEntry[] };
