import type { HistoryEntry } from '../../projections/src/history-entry';
import type { NotificationKind, NotificationStatus } from './notification.events';

/*
 * What the API shows of parliamentary notifications (SPEC 4). Type-only, so the web pages import the same definitions.
 */

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  status: NotificationStatus;
  revision: number;
  /** The CIVCAS review or the week that caused it, and which investigation or published revision. */
  triggerId: string;
  episode: number;
  triggeredAt: string;
  dueAt: string;
  /** Not sent by its due time (as of the query). */
  overdue: boolean;
  text: string | null;
  draftedAt: string | null;
  approvedAt: string | null;
  paperReference: string | null;
  sentOn: string | null;
}

export type NotificationDetail = NotificationItem & { history: HistoryEntry[] };
