import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../event-store/src';
import { ReadModelProjection, type Projection } from '../../projections/src';
import { ACCOUNT_EVENT_TYPES, type AccountEvent } from './account.events';
import type { AccountItem } from './auth.views';

/**
 * The list of accounts with their status and revision. Never their password hashes, and never used to let a token
 * or a password in: sign-in and the guard read the account's own stream, which no projection lag can delay.
 */
@ReadModelProjection()
@Injectable()
export class AccountsProjection implements Projection {
  readonly name = 'accounts';
  readonly version = 2;

  setUp(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS accounts (
      username TEXT PRIMARY KEY, role TEXT NOT NULL, status TEXT NOT NULL, revision INTEGER NOT NULL, registered_at TEXT NOT NULL
    )`);
  }

  reset(db: Database.Database): void {
    db.exec('DROP TABLE IF EXISTS accounts');
  }

  apply(recorded: RecordedEvent, db: Database.Database): void {
    if (!(ACCOUNT_EVENT_TYPES as readonly string[]).includes(recorded.type)) return;
    const event = recorded as unknown as AccountEvent;
    const revision = Number(recorded.revision);
    if (event.type === 'AccountRegistered') {
      const { username, role, registeredAt } = event.data;
      db.prepare('INSERT OR REPLACE INTO accounts (username, role, status, revision, registered_at) VALUES (?, ?, ?, ?, ?)')
        .run(username, role, 'ACTIVE', revision, registeredAt);
      return;
    }
    const status = event.type === 'AccountDisabled' ? 'DISABLED' : event.type === 'AccountEnabled' ? 'ACTIVE' : undefined;
    db.prepare('UPDATE accounts SET revision = ?, status = COALESCE(?, status) WHERE username = ?').run(revision, status ?? null, event.data.username);
  }

  static page(db: Database.Database, { limit, offset }: { limit: number; offset: number }): { items: AccountItem[]; total: number } {
    const items = db
      .prepare(
        `SELECT username AS id, username, role, status, revision, registered_at AS registeredAt
         FROM accounts ORDER BY username LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as AccountItem[];
    const { total } = db.prepare('SELECT COUNT(*) AS total FROM accounts').get() as { total: number };
    return { items, total };
  }
}
