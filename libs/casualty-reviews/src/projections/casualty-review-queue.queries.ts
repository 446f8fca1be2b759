import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { ItemNotFoundError } from '../../../platform/src/command-errors';
import type { Page } from '../../../platform/src/http/page';
import { limitOffset } from '../../../platform/src/http/paging';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import type { ReviewStatus } from '../casualty-review.events';
import type { CasualtyCase, CasualtyReviewDetail, CasualtyReviewItem } from '../casualty-review.views';
import type { CasualtyReviewQueueQuery } from '../http/casualty-review.dto';
import { CASUALTY_REVIEW_HISTORY } from './casualty-review-queue.projection';

const DAY_MS = 24 * 60 * 60 * 1000;

interface ReviewRow {
  id: string;
  status: ReviewStatus;
  revision: number;
  incident_id: string | null;
  reported_at: string;
  closed_at: string | null;
  case_json: string;
}

/** Reviews are few (dozens a year): one statement with optional filters is plenty fast. */
const WHERE = `WHERE (@status IS NULL OR status = @status) AND (@mission IS NULL OR mission = @mission)
  AND (@incidentId IS NULL OR incident_id = @incidentId)`;

function toItem(row: ReviewRow, now: Date): CasualtyReviewItem {
  const end = row.closed_at ? Date.parse(row.closed_at) : now.getTime();
  return {
    id: row.id,
    status: row.status,
    revision: row.revision,
    ...(JSON.parse(row.case_json) as CasualtyCase),
    incidentId: row.incident_id,
    reportedAt: row.reported_at,
    closedAt: row.closed_at,
    ageDays: Math.max(0, Math.floor((end - Date.parse(row.reported_at)) / DAY_MS)),
  };
}

/** The legal queue, oldest report first, and each review with its history. */
@Injectable()
export class CasualtyReviewQueueQueries {
  private list?: { page: Database.Statement; count: Database.Statement };
  private byId?: { review: Database.Statement; history: ReturnType<typeof CASUALTY_REVIEW_HISTORY.reader> };

  constructor(@Inject(READ_MODEL_DATABASE) private readonly db: Database.Database) {}

  queue(query: CasualtyReviewQueueQuery, now: Date): Page<CasualtyReviewItem> {
    this.list ??= {
      page: this.db.prepare(`SELECT * FROM casualty_reviews ${WHERE} ORDER BY reported_at, id LIMIT @limit OFFSET @offset`),
      count: this.db.prepare(`SELECT COUNT(*) FROM casualty_reviews ${WHERE}`).pluck(),
    };
    const filters = { status: query.status ?? null, mission: query.mission ?? null, incidentId: query.incidentId ?? null };
    const rows = this.list.page.all({ ...filters, ...limitOffset(query) }) as ReviewRow[];
    return { items: rows.map((row) => toItem(row, now)), total: this.list.count.get(filters) as number, page: query.page, pageSize: query.pageSize };
  }

  detail(id: string, now: Date): CasualtyReviewDetail {
    this.byId ??= {
      review: this.db.prepare('SELECT * FROM casualty_reviews WHERE id = ?'),
      history: CASUALTY_REVIEW_HISTORY.reader(this.db),
    };
    const row = this.byId.review.get(id) as ReviewRow | undefined;
    if (!row) throw new ItemNotFoundError('CIVCAS review', id);
    return { ...toItem(row, now), history: this.byId.history(id) };
  }
}
