import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { INCIDENT_CATEGORIES, type IncidentCategory } from '../../../incidents/src/incident.events';
import { MISSIONS, type Mission } from '../../../shared-kernel/src';
import { APP_CONFIG, type AppConfig } from '../../../platform/src/config/app-config';
import { READ_MODEL_DATABASE } from '../../../projections/src';
import type { MissionProgress, ProgressReport } from '../progress-report.views';
import { dailyTotalsReader, zeros } from './daily-totals';

function emptyProgress(): MissionProgress {
  return {
    incidents: { total: 0, byCategory: zeros(INCIDENT_CATEGORIES) },
    useOfForce: 0,
    heatIllnessCasualties: 0,
    movements: 0,
    advisersEscorted: 0,
    adviserEngagements: 0,
    casualtyReviews: { reported: 0, credible: 0, notCredible: 0, investigationsOpened: 0, investigationsConcluded: 0 },
  };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const daysBetween = (first: string, last: string) => DateTime.fromISO(last, { zone: 'utc' }).diff(DateTime.fromISO(first, { zone: 'utc' }), 'days').days;

/** The progress report (SPEC 3.6): the weekly indicators summed per mission over any range of days. */
@Injectable()
export class ProgressReportQueries {
  private statements?: { totals: ReturnType<typeof dailyTotalsReader>; sent: Database.Statement };
  private readonly zone: string;

  constructor(
    @Inject(READ_MODEL_DATABASE) private readonly db: Database.Database,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.zone = config.reportingTimeZone;
  }

  progressReport(from: string, to: string): ProgressReport {
    this.statements ??= {
      totals: dailyTotalsReader(this.db),
      sent: this.db.prepare('SELECT triggered_day, due_day, sent_on FROM report_notifications WHERE sent_on BETWEEN ? AND ?'),
    };
    const byMission = Object.fromEntries(MISSIONS.map((mission) => [mission, emptyProgress()])) as Record<Mission, MissionProgress>;
    for (const { mission, metric, key, n } of this.statements.totals(from, to)) {
      const progress = byMission[mission];
      if (metric === 'incidents') {
        progress.incidents.total += n;
        progress.incidents.byCategory[key as IncidentCategory] += n;
        if (key === 'USE_OF_FORCE') progress.useOfForce += n;
      } else if (metric === 'casualtyReviewsReported') progress.casualtyReviews.reported += n;
      else if (metric === 'casualtyReviewsAssessed') {
        if (key === 'CREDIBLE') progress.casualtyReviews.credible += n;
        if (key === 'NOT_CREDIBLE') progress.casualtyReviews.notCredible += n;
      } else if (metric === 'investigationsOpened' || metric === 'investigationsConcluded') progress.casualtyReviews[metric] += n;
      else progress[metric] += n;
    }
    const sent = this.statements.sent.all(from, to) as Array<{ triggered_day: string; due_day: string; sent_on: string }>;
    const onTime = sent.filter((row) => row.sent_on <= row.due_day).length;
    return {
      from,
      to,
      timeZone: this.zone,
      byMission,
      notifications: {
        sent: sent.length,
        medianDaysToSend: median(sent.map((row) => daysBetween(row.triggered_day, row.sent_on))),
        sentOnTimeShare: sent.length === 0 ? null : onTime / sent.length,
      },
    };
  }
}
