/** One recorded event of an item as its detail shows it: who recorded what, and when. A leaf: the web pages import it. */
export interface HistoryEntry {
  revision: number;
  type: string;
  at: string;
  userId: string;
  role: string;
  data: Record<string, unknown>;
}
