import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../event-store/src';
import type { HistoryEntry } from './history-entry';

interface HistoryRow {
  revision: number;
  type: string;
  at: string;
  user_id: string;
  role: string;
  data_json: string;
}

/** A per-item history table (CIVCAS reviews, notifications, risks): every event with who recorded it and its data. */
export class EventHistoryTable {
  constructor(private readonly table: string) {}

  get createSql(): string {
    return `CREATE TABLE IF NOT EXISTS ${this.table} (
      item_id TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
      user_id TEXT NOT NULL, role TEXT NOT NULL, data_json TEXT NOT NULL, PRIMARY KEY (item_id, revision));`;
  }

  get dropSql(): string {
    return `DROP TABLE IF EXISTS ${this.table};`;
  }

  /** Records an event of the item; `data` is what the detail shows of it. */
  writer(db: Database.Database): (itemId: string, recorded: RecordedEvent, data: Record<string, unknown>) => void {
    const insert = db.prepare(
      `INSERT OR REPLACE INTO ${this.table} (item_id, revision, type, at, user_id, role, data_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    return (itemId, recorded, data) => {
      const { recordedAt, userId, role } = recorded.metadata;
      insert.run(itemId, Number(recorded.revision), recorded.type, recordedAt, userId, role, JSON.stringify(data));
    };
  }

  reader(db: Database.Database): (itemId: string) => HistoryEntry[] {
    const select = db.prepare(`SELECT * FROM ${this.table} WHERE item_id = ? ORDER BY revision`);
    return (itemId) =>
      (select.all(itemId) as HistoryRow[]).map((row) => ({
        revision: row.revision,
        type: row.type,
        at: row.at,
        userId: row.user_id,
        role: row.role,
        data: JSON.parse(row.data_json) as Record<string, unknown>,
      }));
  }
}
