import Database from 'better-sqlite3';
import { ownerOnlyDatabase } from '../../event-store/src';
import { QUARANTINE_SCHEMA } from './quarantine';

/**
 * The local SQLite file that holds every read model and its checkpoint. It can always be rebuilt from the events,
 * so it commits with synchronous=NORMAL: a crash may lose the newest rows and their checkpoint together, never one
 * without the other.
 */
export function openReadModelDatabase(file: string): Database.Database {
  ownerOnlyDatabase(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.exec(`CREATE TABLE IF NOT EXISTS checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    version  INTEGER NOT NULL
  )`);
  db.exec(QUARANTINE_SCHEMA);
  return db;
}

export const READ_MODEL_DATABASE = Symbol('READ_MODEL_DATABASE');

export class Checkpoints {
  private readonly readStatement;
  private readonly writeStatement;

  constructor(db: Database.Database) {
    this.readStatement = db.prepare('SELECT position, version FROM checkpoints WHERE name = ?').safeIntegers(true);
    this.writeStatement = db.prepare(
      `INSERT INTO checkpoints (name, position, version) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET position = excluded.position, version = excluded.version`,
    );
  }

  read(name: string): { position: bigint; version: number } | undefined {
    const row = this.readStatement.get(name) as { position: bigint; version: bigint } | undefined;
    return row && { position: row.position, version: Number(row.version) };
  }

  write(name: string, position: bigint, version: number): void {
    this.writeStatement.run(name, position, version);
  }
}
