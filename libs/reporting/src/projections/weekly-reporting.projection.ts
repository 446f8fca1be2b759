import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { ACTIVITY_EVENTS } from '../../../activities/src/activity.events';
import { CASUALTY_REVIEW_EVENTS } from '../../../casualty-reviews/src/casualty-review.events';
import type { RecordedEvent } from '../../../event-store/src';
import { INCIDENT_EVENTS, type IncidentFacts } from '../../../incidents/src/incident.events';
import { NOTIFICATION_EVENTS } from '../../../notifications/src/notification.events';
import { assertNever } from '../../../platform/src/decider';
import { APP_CONFIG, type AppConfig } from '../../../platform/src/config/app-config';
import { ReadModelProjection, type Projection } from '../../../projections/src';
import { localDay } from '../week/iso-week';
import { WEEKLY_OVERVIEW_EVENTS } from '../weekly-overview.events';
import * as count from './contributions';
import { prepareReportingStatements, REPORTING_SCHEMA, REPORTING_TABLES } from './reporting-tables';

/** Every event the reports count: a new type in any of these contexts is a compile error below until handled. */
const REPORTED_EVENTS = INCIDENT_EVENTS.with(ACTIVITY_EVENTS).with(CASUALTY_REVIEW_EVENTS).with(NOTIFICATION_EVENTS).with(WEEKLY_OVERVIEW_EVENTS);

/** 2: counts are bounded as they are added, so read models that summed unbounded ones are rebuilt. */
const SCHEMA_VERSION = 2;

/** The per-day counters and lists behind the weekly overview and the progress report (see reporting-tables.ts). */
@ReadModelProjection()
@Injectable()
export class WeeklyReportingProjection implements Projection {
  readonly name = 'weekly-reporting';
  /** The time zone decides the day each event falls on, so a new REPORTING_TIME_ZONE rebuilds the read model. */
  readonly version: number;
  private readonly zone: string;
  private statements?: ReturnType<typeof prepareReportingStatements>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.zone = config.reportingTimeZone;
    this.version = SCHEMA_VERSION * 100_000 + (parseInt(createHash('sha256').update(this.zone).digest('hex').slice(0, 8), 16) % 100_000);
  }

  setUp(db: Database.Database): void {
    db.exec(REPORTING_SCHEMA);
    this.statements = prepareReportingStatements(db);
  }

  reset(db: Database.Database): void {
    db.exec(REPORTING_TABLES.map((table) => `DROP TABLE IF EXISTS ${table};`).join('\n'));
    this.statements = undefined;
  }

  apply(event: RecordedEvent, db: Database.Database): void {
    if (!REPORTED_EVENTS.has(event)) return;
    const sql = (this.statements ??= prepareReportingStatements(db));
    const zone = this.zone;
    switch (event.type) {
      case 'IncidentReported':
      case 'UseOfForceReported': {
        const { incidentId, reportedAt: _at, ...facts } = event.data;
        return this.putIncident(incidentId, facts);
      }
      case 'IncidentAmended':
        sql.count(count.incidentContributions(event.data.previous, zone), -1);
        return this.putIncident(event.data.incidentId, event.data.incident);
      case 'MovementLogged':
        return sql.count(count.movementContributions(event.data, zone), 1);
      case 'MovementAmended':
        sql.count(count.movementContributions(event.data.previous, zone), -1);
        return sql.count(count.movementContributions(event.data.movement, zone), 1);
      case 'MovementWithdrawn':
        return sql.count(count.movementContributions(event.data.movement, zone), -1);
      case 'AdviserEngagementLogged':
        return sql.count(count.engagementContributions(event.data, zone), 1);
      case 'AdviserEngagementAmended':
        sql.count(count.engagementContributions(event.data.previous, zone), -1);
        return sql.count(count.engagementContributions(event.data.engagement, zone), 1);
      case 'AdviserEngagementWithdrawn':
        return sql.count(count.engagementContributions(event.data.engagement, zone), -1);
      case 'CasualtySuspicionReported': {
        const { reviewId: id, occurredAt, mission } = event.data;
        sql.review.run({ id, day: localDay(occurredAt, zone), mission, status: 'REPORTED' });
        return sql.count(count.reviewReportContributions(event.data, zone), 1);
      }
      case 'CasualtyAssessed':
        return this.reviewAction(event.data.reviewId, 'ASSESSED', 'casualtyReviewsAssessed', event.data.assessedAt, event.data.outcome);
      case 'CasualtyInvestigationOpened':
        return this.reviewAction(event.data.reviewId, 'INVESTIGATION_OPENED', 'investigationsOpened', event.data.openedAt);
      case 'CasualtyInvestigationConcluded':
        return this.reviewAction(event.data.reviewId, 'INVESTIGATION_CONCLUDED', 'investigationsConcluded', event.data.concludedAt);
      case 'CasualtyReviewClosed':
        return void sql.reviewStatus.run({ id: event.data.reviewId, status: 'CLOSED' });
      case 'CasualtyReviewReopened':
        return void sql.reviewStatus.run({ id: event.data.reviewId, status: 'REPORTED' });
      case 'ParliamentaryNotificationRequired': {
        const { notificationId: id, dueAt, triggeredAt } = event.data;
        return void sql.notification.run({ id, dueAt, dueDay: localDay(dueAt, zone), triggeredDay: localDay(triggeredAt, zone) });
      }
      case 'ParliamentaryNotificationSent':
        return void sql.notificationSent.run({ id: event.data.notificationId, sentOn: event.data.sentOn });
      case 'WeeklyOverviewPublished': {
        const { week, revision, publishedAt, asOfPosition, content } = event.data;
        return void sql.published.run({ week, revision, publishedAt, asOfPosition, contentJson: JSON.stringify(content) });
      }
      case 'WeeklyOverviewCorrectionRequired':
        return void sql.correctionRequired.run(event.data.week);
      case 'WeeklyOverviewLateEntryRecorded': {
        const { week, publishedRevision: revision, entry } = event.data;
        return void sql.lateEntry.run({ week, revision, eventId: entry.eventId, itemId: entry.id, entryJson: JSON.stringify(entry) });
      }
      case 'IncidentClosed':
      case 'ParliamentaryNotificationDrafted':
      case 'ParliamentaryNotificationApproved':
        return;
      default:
        return assertNever(event);
    }
  }

  private putIncident(id: string, facts: IncidentFacts): void {
    const sql = this.statements!;
    sql.count(count.incidentContributions(facts, this.zone), 1);
    const row = { id, day: localDay(facts.occurredAt, this.zone), category: facts.category, mission: facts.mission, occurredAt: facts.occurredAt };
    sql.incident.run({ ...row, factsJson: JSON.stringify(facts) });
  }

  private reviewAction(id: string, status: string, metric: count.Metric, at: string, key = ''): void {
    const sql = this.statements!;
    sql.reviewStatus.run({ id, status });
    const mission = sql.reviewMission.get(id) as count.Contribution['mission'] | undefined;
    if (mission) sql.count([count.reviewActionContribution(metric, at, mission, this.zone, key)], 1);
  }
}
