import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../event-store/src';
import { ReadModelProjection, type Projection } from '../../projections/src';
import type { AccountRegistered } from './account.decider';

export interface AccountRow {
  username: string;
  role: string;
  registeredAt: string;
}

/** The list of accounts (never their password hashes, which are only read from the account's own stream). */
@ReadModelProjection()
@Injectable()
export class AccountsProjection implements Projection {
  readonly name = 'accounts';
  readonly version = 1;

  setUp(db: Database.Database): void {
    db.exec('CREATE TABLE IF NOT EXISTS accounts (username TEXT PRIMARY KEY, role TEXT NOT NULL, registered_at TEXT NOT NULL)');
  }

  reset(db: Database.Database): void {
    db.exec('DROP TABLE IF EXISTS accounts');
  }

  apply(event: RecordedEvent, db: Database.Database): void {
    if (event.type !== 'AccountRegistered') return;
    const { username, role, registeredAt } = (event as unknown as AccountRegistered).data;
    db.prepare('INSERT OR REPLACE INTO accounts (username, role, registered_at) VALUES (?, ?, ?)').run(username, role, registeredAt);
  }

  static list(db: Database.Database): AccountRow[] {
    return db.prepare('SELECT username, role, registered_at AS registeredAt FROM accounts ORDER BY username').all() as AccountRow[];
  }
}
