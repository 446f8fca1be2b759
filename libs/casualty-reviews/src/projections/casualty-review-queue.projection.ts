import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../../event-store/src';
import { EventHistoryTable, ReadModelProjection, type Projection } from '../../../projections/src';
import { CASUALTY_REVIEW_EVENTS, type CasualtyReviewEvent } from '../casualty-review.events';
import type { CasualtyCase } from '../casualty-review.views';

/*
 * Tables:
 *   casualty_reviews(id PK, status, revision, incident_id, mission, reported_at, closed_at, case_json) — case_json holds
 *     the report, the latest assessment, investigation and conclusion as the detail shows them.
 *   casualty_review_history: see EventHistoryTable
 */

export const CASUALTY_REVIEW_HISTORY = new EventHistoryTable('casualty_review_history');

const STATUS_AFTER: Record<CasualtyReviewEvent['type'], string> = {
  CasualtySuspicionReported: 'REPORTED',
  CasualtyAssessed: 'ASSESSED',
  CasualtyInvestigationOpened: 'INVESTIGATION_OPENED',
  CasualtyInvestigationConcluded: 'INVESTIGATION_CONCLUDED',
  CasualtyReviewClosed: 'CLOSED',
  CasualtyReviewReopened: 'REPORTED',
};

/** What an event recorded, less the id of the review it belongs to (the row's id already says that). */
function recordedData<D extends { reviewId: string }>({ reviewId: _id, ...data }: D): Omit<D, 'reviewId'> {
  return data;
}

/** The part of the case each event sets, under the key the detail shows it. */
function caseChange(event: CasualtyReviewEvent): Partial<CasualtyCase> {
  switch (event.type) {
    case 'CasualtySuspicionReported':
      return recordedData(event.data);
    case 'CasualtyAssessed':
      return { assessment: recordedData(event.data) };
    case 'CasualtyInvestigationOpened':
      return { investigation: recordedData(event.data), conclusion: null };
    case 'CasualtyInvestigationConcluded':
      return { conclusion: recordedData(event.data) };
    case 'CasualtyReviewClosed':
      return { closure: recordedData(event.data) };
    case 'CasualtyReviewReopened':
      return { reopening: recordedData(event.data), assessment: null, closure: null };
  }
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT OR REPLACE INTO casualty_reviews (id, status, revision, incident_id, mission, reported_at, closed_at, case_json)
       VALUES (@id, 'REPORTED', @revision, @incidentId, @mission, @reportedAt, NULL, @caseJson)`,
    ),
    caseOf: db.prepare('SELECT case_json FROM casualty_reviews WHERE id = ?').pluck(),
    update: db.prepare(
      `UPDATE casualty_reviews SET status = @status, revision = @revision, closed_at = @closedAt, case_json = @caseJson WHERE id = @id`,
    ),
    history: CASUALTY_REVIEW_HISTORY.writer(db),
  };
}

/** The legal queue of CIVCAS reviews and each review's history. */
@ReadModelProjection()
@Injectable()
export class CasualtyReviewQueueProjection implements Projection {
  readonly name = 'casualty-review-queue';
  readonly version = 1;
  private statements?: ReturnType<typeof prepare>;

  setUp(db: Database.Database): void {
    db.exec(`
      CREATE TABLE IF NOT EXISTS casualty_reviews (
        id TEXT PRIMARY KEY, status TEXT NOT NULL, revision INTEGER NOT NULL, incident_id TEXT, mission TEXT NOT NULL,
        reported_at TEXT NOT NULL, closed_at TEXT, case_json TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS casualty_reviews_queue ON casualty_reviews (reported_at, id);
      CREATE INDEX IF NOT EXISTS casualty_reviews_status ON casualty_reviews (status, reported_at, id);
      CREATE INDEX IF NOT EXISTS casualty_reviews_incident ON casualty_reviews (incident_id);
      ${CASUALTY_REVIEW_HISTORY.createSql}
    `);
    this.statements = prepare(db);
  }

  reset(db: Database.Database): void {
    db.exec(`DROP TABLE IF EXISTS casualty_reviews; ${CASUALTY_REVIEW_HISTORY.dropSql}`);
    this.statements = undefined;
  }

  apply(event: RecordedEvent, db: Database.Database): void {
    if (!CASUALTY_REVIEW_EVENTS.has(event)) return;
    const statements = (this.statements ??= prepare(db));
    const id = event.data.reviewId;
    const revision = Number(event.revision);
    statements.history(id, event, recordedData(event.data));
    if (event.type === 'CasualtySuspicionReported') {
      const { incidentId, mission, reportedAt } = event.data;
      statements.insert.run({ id, revision, incidentId: incidentId ?? null, mission, reportedAt, caseJson: JSON.stringify(caseChange(event)) });
      return;
    }
    const stored = statements.caseOf.get(id) as string | undefined;
    if (stored === undefined) return;
    const merged = { ...(JSON.parse(stored) as CasualtyCase), ...caseChange(event) };
    const closedAt = event.type === 'CasualtyReviewClosed' ? event.data.closedAt : null;
    statements.update.run({ id, status: STATUS_AFTER[event.type], revision, closedAt, caseJson: JSON.stringify(merged) });
  }
}
