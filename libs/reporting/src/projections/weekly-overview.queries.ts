import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../casualty-reviews/src/casualty-review.events';
import { INCIDENT_CATEGORIES, type IncidentCategory, type UseOfForceFacts } from '../../../incidents/src/incident.events';
import { MISSIONS } from '../../../shared-kernel/src';
import { APP_CONFIG, type AppConfig } from '../../../platform/src/config/app-config';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import { weekBounds, type WeekBounds } from '../week/iso-week';
import type { LateEntry, WeeklyOverview, WeeklyOverviewContent, WeeklyOverviewStatus } from '../weekly-overview';
import { dailyTotalsReader, zeros } from './daily-totals';

interface WeekRow {
  status: Exclude<WeeklyOverviewStatus, 'DRAFT'>;
  revision: number;
  published_at: string;
  content_json: string;
}

function prepare(db: Database.Database) {
  return {
    totals: dailyTotalsReader(db),
    useOfForce: db.prepare(
      `SELECT id, facts_json FROM report_incidents WHERE category = 'USE_OF_FORCE' AND day BETWEEN ? AND ? ORDER BY occurred_at, id`,
    ),
    reviews: db.prepare('SELECT status, COUNT(*) AS n FROM report_reviews WHERE day BETWEEN ? AND ? GROUP BY status'),
    due: db.prepare('SELECT COUNT(*) FROM report_notifications WHERE due_at >= ? AND due_at < ?').pluck(),
    sent: db.prepare('SELECT COUNT(*) FROM report_notifications WHERE sent_on BETWEEN ? AND ?').pluck(),
    overdue: db.prepare('SELECT COUNT(*) FROM report_notifications WHERE due_at < @end AND (sent_on IS NULL OR sent_on > @lastDay)').pluck(),
    week: db.prepare('SELECT status, revision, published_at, content_json FROM report_weeks WHERE week = ?'),
    lateEntries: db.prepare('SELECT entry_json FROM report_late_entries WHERE week = ? AND revision = ? ORDER BY rowid').pluck(),
  };
}

/** The weekly overview: frozen when published, computed from the per-day counters otherwise. */
@Injectable()
export class WeeklyOverviewQueries {
  private statements?: ReturnType<typeof prepare>;
  readonly zone: string;

  constructor(
    @Inject(READ_MODEL_DATABASE) private readonly db: Database.Database,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.zone = config.reportingTimeZone;
  }

  private get sql() {
    return (this.statements ??= prepare(this.db));
  }

  /** The internal edition: published content while nothing changed it, else the week as it stands with its late entries. */
  overviewFor(week: string): WeeklyOverview {
    const stored = this.sql.week.get(week) as WeekRow | undefined;
    if (!stored) return { ...this.contentOf(weekBounds(week, this.zone)), status: 'DRAFT', revision: 0, lateEntries: [] };
    const published = { status: stored.status, revision: stored.revision, publishedAt: stored.published_at };
    if (stored.status === 'PUBLISHED') return { ...(JSON.parse(stored.content_json) as WeeklyOverviewContent), ...published, lateEntries: [] };
    const lateEntries = (this.sql.lateEntries.all(week, stored.revision) as string[]).map((entry) => JSON.parse(entry) as LateEntry);
    return { ...this.contentOf(weekBounds(week, this.zone)), ...published, lateEntries };
  }

  /** DRAFT until published; then PUBLISHED or CORRECTION_REQUIRED. */
  statusOf(week: string): WeeklyOverviewStatus {
    return (this.sql.week.get(week) as WeekRow | undefined)?.status ?? 'DRAFT';
  }

  /** What the public has seen: the last published content (the live draft before a first publication). */
  publishedOverviewFor(week: string): WeeklyOverview {
    const stored = this.sql.week.get(week) as WeekRow | undefined;
    if (!stored) return this.overviewFor(week);
    const content = JSON.parse(stored.content_json) as WeeklyOverviewContent;
    return { ...content, status: stored.status, revision: stored.revision, publishedAt: stored.published_at, lateEntries: [] };
  }

  /** The week as the read model holds it now (for a publication, read in the same synchronous step as its checkpoint). */
  contentOf(bounds: WeekBounds): WeeklyOverviewContent {
    const [monday, sunday] = [bounds.days[0], bounds.days[6]];
    const overview: WeeklyOverviewContent = {
      week: bounds.week,
      from: bounds.from,
      to: bounds.to,
      timeZone: this.zone,
      incidents: { total: 0, byCategory: zeros(INCIDENT_CATEGORIES), byMission: zeros(MISSIONS) },
      useOfForce: [],
      casualtyReviews: { reported: 0, byStatus: zeros(REVIEW_STATUSES), assessed: 0, investigationsOpened: 0, investigationsConcluded: 0 },
      notifications: {
        dueInWeek: this.sql.due.get(bounds.fromUtc, bounds.toUtc) as number,
        sentInWeek: this.sql.sent.get(monday, sunday) as number,
        overdueAtEndOfWeek: this.sql.overdue.get({ end: bounds.toUtc, lastDay: sunday }) as number,
      },
      activities: { movements: 0, advisersEscorted: 0, adviserEngagements: 0 },
      heatIllnessCasualties: 0,
    };
    for (const { mission, metric, key, n } of this.sql.totals(monday, sunday)) {
      if (metric === 'incidents') {
        overview.incidents.total += n;
        overview.incidents.byCategory[key as IncidentCategory] += n;
        overview.incidents.byMission[mission] += n;
      } else if (metric === 'heatIllnessCasualties') overview.heatIllnessCasualties += n;
      else if (metric === 'casualtyReviewsReported') overview.casualtyReviews.reported += n;
      else if (metric === 'casualtyReviewsAssessed') overview.casualtyReviews.assessed += n;
      else if (metric === 'investigationsOpened' || metric === 'investigationsConcluded') overview.casualtyReviews[metric] += n;
      else overview.activities[metric] += n;
    }
    for (const { status, n } of this.sql.reviews.all(monday, sunday) as Array<{ status: ReviewStatus; n: number }>) {
      overview.casualtyReviews.byStatus[status] = n;
    }
    overview.useOfForce = (this.sql.useOfForce.all(monday, sunday) as Array<{ id: string; facts_json: string }>).map(({ id, facts_json }) => {
      const facts = JSON.parse(facts_json) as UseOfForceFacts;
      const { basis, publicSummary } = facts.details;
      return { incidentId: id, occurredAt: facts.occurredAt, mission: facts.mission, location: facts.location, basis, publicSummary };
    });
    return overview;
  }
}
