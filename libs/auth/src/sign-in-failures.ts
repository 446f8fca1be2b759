import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_MODEL_DATABASE } from '../../projections/src';
import { signInHoldBack, SIGN_IN_LIMITS, type SignInHistory } from './sign-in-throttle';

/** An attempt that may go ahead: its failure is already counted, and withdrawn if the password turns out right. */
export interface AdmittedAttempt {
  held: false;
  account: string;
  address: string;
}

export type SignInAdmission = AdmittedAttempt | { held: true; waitMs: number };

/**
 * Failed sign-ins in a table of the local SQLite file in DATA_DIR (beside the read models, but no read model: a
 * rebuild leaves it alone), so every instance on the same DATA_DIR counts the same failures.
 *
 * An attempt is counted as a failure *before* its password is checked, in one write transaction with the check
 * of its history: a hundred guesses sent at once are a hundred failures in a row, not a hundred first tries.
 */
@Injectable()
export class SignInFailures {
  private readonly statements;

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS sign_in_failures (account TEXT NOT NULL, address TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS sign_in_failures_by_pair ON sign_in_failures (account, address, at);
      CREATE INDEX IF NOT EXISTS sign_in_failures_by_address ON sign_in_failures (address, at);
      CREATE INDEX IF NOT EXISTS sign_in_failures_by_time ON sign_in_failures (at)`);
    this.statements = {
      pair: db.prepare('SELECT COUNT(*) AS failures, MAX(at) AS last FROM sign_in_failures WHERE account = ? AND address = ? AND at > ?'),
      account: db.prepare('SELECT COUNT(*) AS failures FROM sign_in_failures WHERE account = ? AND at > ?'),
      address: db.prepare('SELECT at FROM sign_in_failures WHERE address = ? AND at > ? ORDER BY at DESC LIMIT ?').pluck(),
      forget: db.prepare('DELETE FROM sign_in_failures WHERE at <= ?'),
      record: db.prepare('INSERT INTO sign_in_failures (account, address, at) VALUES (?, ?, ?)'),
      clearPair: db.prepare('DELETE FROM sign_in_failures WHERE account = ? AND address = ?'),
    };
  }

  /** Holds the attempt back, or counts it as a failure and lets it go ahead. */
  admit(account: string, address: string, now: number): SignInAdmission {
    // IMMEDIATE: another instance's check-and-count waits for this one, so none of them reads a stale count.
    return this.db
      .transaction((): SignInAdmission => {
        this.statements.forget.run(now - SIGN_IN_LIMITS.forgetAfterMs);
        const waitMs = signInHoldBack(this.history(account, address, now), now);
        if (waitMs > 0) return { held: true, waitMs };
        this.statements.record.run(account, address, now);
        return { held: false, account, address };
      })
      .immediate();
  }

  /** The password was right: this account's failures from this address (the one just counted too) are forgotten. */
  succeeded(attempt: AdmittedAttempt): void {
    this.statements.clearPair.run(attempt.account, attempt.address);
  }

  private history(account: string, address: string, now: number): SignInHistory {
    const pair = this.statements.pair.get(account, address, now - SIGN_IN_LIMITS.forgetAfterMs) as { failures: number; last: number | null };
    const { failures } = this.statements.account.get(account, now - SIGN_IN_LIMITS.accountWindowMs) as { failures: number };
    const addressFailureTimes = this.statements.address.all(address, now - SIGN_IN_LIMITS.addressWindowMs, SIGN_IN_LIMITS.addressFailures) as number[];
    return { pairFailures: pair.failures, pairLastFailureAt: pair.last ?? undefined, accountFailuresInWindow: failures, addressFailureTimes };
  }
}
