import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../event-store/src';
import { EventHistoryTable, ReadModelProjection, type Projection } from '../../../projections/src';
import { assertNever } from '../../../platform/src/decider';
import { NOTIFICATION_EVENTS } from '../notification.events';

/*
 * Tables (read by the weekly overview and the progress report too):
 *   parliamentary_notifications(id PK, kind, status, trigger_id, episode, triggered_at, due_at, text, drafted_at,
 *     approved_at, paper_reference, sent_on (YYYY-MM-DD), revision)
 *   parliamentary_notification_history: see EventHistoryTable
 */

export const NOTIFICATION_HISTORY = new EventHistoryTable('parliamentary_notification_history');

function prepare(db: Database.Database) {
  return {
    required: db.prepare(
      `INSERT OR REPLACE INTO parliamentary_notifications (id, kind, status, trigger_id, episode, triggered_at, due_at, revision)
       VALUES (@id, @kind, 'REQUIRED', @triggerId, @episode, @triggeredAt, @dueAt, @revision)`,
    ),
    drafted: db.prepare(
      `UPDATE parliamentary_notifications SET status = 'DRAFTED', text = @text, drafted_at = @draftedAt, approved_at = NULL,
       revision = @revision WHERE id = @id`,
    ),
    approved: db.prepare(`UPDATE parliamentary_notifications SET status = 'APPROVED', approved_at = @approvedAt, revision = @revision WHERE id = @id`),
    sent: db.prepare(
      `UPDATE parliamentary_notifications SET status = 'SENT', paper_reference = @paperReference, sent_on = @sentOn, revision = @revision
       WHERE id = @id`,
    ),
    history: NOTIFICATION_HISTORY.writer(db),
  };
}

/** The board of parliamentary notifications and each one's history. */
@ReadModelProjection()
@Injectable()
export class NotificationBoardProjection implements Projection {
  readonly name = 'parliamentary-notification-board';
  readonly version = 1;
  private statements?: ReturnType<typeof prepare>;

  setUp(db: Database.Database): void {
    db.exec(`
      CREATE TABLE IF NOT EXISTS parliamentary_notifications (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, trigger_id TEXT NOT NULL, episode INTEGER NOT NULL,
        triggered_at TEXT NOT NULL, due_at TEXT NOT NULL, text TEXT, drafted_at TEXT, approved_at TEXT,
        paper_reference TEXT, sent_on TEXT, revision INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS parliamentary_notifications_due ON parliamentary_notifications (due_at, id);
      CREATE INDEX IF NOT EXISTS parliamentary_notifications_sent ON parliamentary_notifications (sent_on);
      ${NOTIFICATION_HISTORY.createSql}
    `);
    this.statements = prepare(db);
  }

  reset(db: Database.Database): void {
    db.exec(`DROP TABLE IF EXISTS parliamentary_notifications; ${NOTIFICATION_HISTORY.dropSql}`);
    this.statements = undefined;
  }

  apply(event: RecordedEvent, db: Database.Database): void {
    if (!NOTIFICATION_EVENTS.has(event)) return;
    const statements = (this.statements ??= prepare(db));
    const { notificationId: id, ...data } = event.data;
    const revision = Number(event.revision);
    statements.history(id, event, data);
    switch (event.type) {
      case 'ParliamentaryNotificationRequired':
        return void statements.required.run({ ...event.data, id, revision });
      case 'ParliamentaryNotificationDrafted':
        return void statements.drafted.run({ id, text: event.data.text, draftedAt: event.data.draftedAt, revision });
      case 'ParliamentaryNotificationApproved':
        return void statements.approved.run({ id, approvedAt: event.data.approvedAt, revision });
      case 'ParliamentaryNotificationSent':
        return void statements.sent.run({ id, paperReference: event.data.paperReference, sentOn: event.data.sentOn, revision });
      default:
        return assertNever(event);
    }
  }
}
