import type { DomainEvent } from '../../platform/src/decider';
import { EventTypes } from '../../platform/src/event-types';
import type { WeeklyOverviewCorrectionRequired } from '../../shared-kernel/src';
import type { LateEntry, WeeklyOverviewContent } from './weekly-overview';

/*
 * Events of stream `weekly-overview-<week>` (e.g. weekly-overview-2024-W05), SPEC 3.6. A publication freezes the
 * content; `asOfPosition` is the $all position the content was read at, so anything recorded later that changes
 * the week is known to be missing from it. The first late entry after a publication opens a correction episode
 * (WeeklyOverviewCorrectionRequired, which requires a parliamentary notification); the next publication ends it.
 */

export type WeeklyOverviewPublished = DomainEvent<
  'WeeklyOverviewPublished',
  { week: string; revision: number; publishedAt: string; asOfPosition: string; content: WeeklyOverviewContent }
>;
export type WeeklyOverviewLateEntryRecorded = DomainEvent<
  'WeeklyOverviewLateEntryRecorded',
  { week: string; publishedRevision: number; entry: LateEntry }
>;

export type { WeeklyOverviewCorrectionRequired };
export type WeeklyOverviewEvent = WeeklyOverviewPublished | WeeklyOverviewCorrectionRequired | WeeklyOverviewLateEntryRecorded;

export const WEEKLY_OVERVIEW_EVENTS = new EventTypes<WeeklyOverviewEvent>({
  WeeklyOverviewPublished: true,
  WeeklyOverviewCorrectionRequired: true,
  WeeklyOverviewLateEntryRecorded: true,
});

export function weeklyOverviewStreamId(week: string): string {
  return `weekly-overview-${week}`;
}
