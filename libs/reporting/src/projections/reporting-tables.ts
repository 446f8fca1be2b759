import type Database from 'better-sqlite3';
import type { Contribution } from './contributions';

/*
 * The read model behind the weekly overview and the progress report (one projection, one checkpoint, so a
 * publication freezes a consistent picture). Every count is kept per local day, so a week sums seven days of
 * pre-aggregated rows whatever the number of events in the store.
 *   report_daily(day, mission, metric, key, n)                  per-day counters (see contributions.ts)
 *   report_incidents(id, day, category, mission, occurred_at, facts_json)   the use-of-force list reads it
 *   report_reviews(id, day, mission, status)                   CIVCAS reviews by the day they occurred
 *   report_notifications(id, due_at, due_day, triggered_day, sent_on)
 *   report_weeks(week, status, revision, published_at, as_of_position, content_json)
 *   report_late_entries(week, revision, event_id, item_id, entry_json)
 */
export const REPORTING_TABLES = ['report_daily', 'report_incidents', 'report_reviews', 'report_notifications', 'report_weeks', 'report_late_entries'];

export const REPORTING_SCHEMA = `
  CREATE TABLE IF NOT EXISTS report_daily (
    day TEXT NOT NULL, mission TEXT NOT NULL, metric TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (day, mission, metric, key)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS report_incidents (
    id TEXT PRIMARY KEY, day TEXT NOT NULL, category TEXT NOT NULL, mission TEXT NOT NULL, occurred_at TEXT NOT NULL, facts_json TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS report_incidents_category_day ON report_incidents (category, day, occurred_at);
  CREATE TABLE IF NOT EXISTS report_reviews (id TEXT PRIMARY KEY, day TEXT NOT NULL, mission TEXT NOT NULL, status TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS report_reviews_day ON report_reviews (day);
  CREATE TABLE IF NOT EXISTS report_notifications (
    id TEXT PRIMARY KEY, due_at TEXT NOT NULL, due_day TEXT NOT NULL, triggered_day TEXT NOT NULL, sent_on TEXT);
  CREATE INDEX IF NOT EXISTS report_notifications_due ON report_notifications (due_at);
  CREATE INDEX IF NOT EXISTS report_notifications_sent ON report_notifications (sent_on);
  CREATE TABLE IF NOT EXISTS report_weeks (
    week TEXT PRIMARY KEY, status TEXT NOT NULL, revision INTEGER NOT NULL, published_at TEXT NOT NULL,
    as_of_position TEXT NOT NULL, content_json TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS report_late_entries (
    week TEXT NOT NULL, revision INTEGER NOT NULL, event_id TEXT NOT NULL, item_id TEXT NOT NULL, entry_json TEXT NOT NULL,
    PRIMARY KEY (week, revision, event_id, item_id));
`;

export function prepareReportingStatements(db: Database.Database) {
  const count = db.prepare(
    `INSERT INTO report_daily (day, mission, metric, key, n) VALUES (@day, @mission, @metric, @key, @n)
     ON CONFLICT (day, mission, metric, key) DO UPDATE SET n = n + excluded.n`,
  );
  return {
    /** Adds (sign 1) or takes back (sign -1) what a fact contributed. */
    count: (contributions: Contribution[], sign: 1 | -1) => {
      for (const contribution of contributions) count.run({ ...contribution, n: sign * contribution.n });
    },
    incident: db.prepare(
      `INSERT OR REPLACE INTO report_incidents (id, day, category, mission, occurred_at, facts_json)
       VALUES (@id, @day, @category, @mission, @occurredAt, @factsJson)`,
    ),
    review: db.prepare('INSERT OR REPLACE INTO report_reviews (id, day, mission, status) VALUES (@id, @day, @mission, @status)'),
    reviewMission: db.prepare('SELECT mission FROM report_reviews WHERE id = ?').pluck(),
    reviewStatus: db.prepare('UPDATE report_reviews SET status = @status WHERE id = @id'),
    notification: db.prepare(
      `INSERT OR REPLACE INTO report_notifications (id, due_at, due_day, triggered_day, sent_on) VALUES (@id, @dueAt, @dueDay, @triggeredDay, NULL)`,
    ),
    notificationSent: db.prepare('UPDATE report_notifications SET sent_on = @sentOn WHERE id = @id'),
    published: db.prepare(
      `INSERT OR REPLACE INTO report_weeks (week, status, revision, published_at, as_of_position, content_json)
       VALUES (@week, 'PUBLISHED', @revision, @publishedAt, @asOfPosition, @contentJson)`,
    ),
    correctionRequired: db.prepare(`UPDATE report_weeks SET status = 'CORRECTION_REQUIRED' WHERE week = ?`),
    lateEntry: db.prepare(
      `INSERT OR REPLACE INTO report_late_entries (week, revision, event_id, item_id, entry_json) VALUES (@week, @revision, @eventId, @itemId, @entryJson)`,
    ),
  };
}
