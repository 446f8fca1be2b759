import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/src';
import { reactionContext } from '../../platform/src/reaction-context';
import { ItemNotFoundError } from '../../platform/src/command-errors';
import { CommandExecutor } from '../../platform/src/command-executor';
import { APP_CONFIG, type AppConfig } from '../../platform/src/config/app-config';
import { EventProcessManager, type ProcessManager } from '../../projections/src';
import { weekChangesOf, type WeekChange } from './late-entries';
import { isWeekId, weekBounds } from './week/iso-week';
import { weeklyOverviewDecider } from './weekly-overview.decider';
import { WEEKLY_OVERVIEW_EVENTS, weeklyOverviewStreamId, type WeeklyOverviewPublished } from './weekly-overview.events';

/** Clocks of instances and the time a command takes: an event recorded this long before its week ended cannot be late. */
const CLOCK_MARGIN_MS = 60 * 60 * 1000;
const SCAN_PAGE = 500;

/**
 * Keeps published weeks honest (SPEC 3.6): an event that changes a week already published is recorded as a late
 * entry of that week, which marks it CORRECTION_REQUIRED (and so requires a notification to parliament). Events
 * committed between the moment a publication read its content and the publication itself are found when the
 * publication is handled, so none slips through, in whatever order the events arrive.
 */
@EventProcessManager()
@Injectable()
export class WeeklyCorrectionsProcessManager implements ProcessManager {
  readonly name = 'weekly-overview-corrections';
  private readonly zone: string;

  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.zone = config.reportingTimeZone;
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (WEEKLY_OVERVIEW_EVENTS.has(event) && event.type === 'WeeklyOverviewPublished') return this.findChangesMissedBy(event);
    for (const change of weekChangesOf(event, this.zone)) {
      if (this.mayFollowPublication(change.week, event)) await this.recordLateEntry(change, event);
    }
  }

  /** A week can only have been published before this event if the week had ended when the event was recorded. */
  private mayFollowPublication(week: string, event: RecordedEvent): boolean {
    // A week outside the range the API serves (an event of 1 January 1900 seen west of UTC) is never published.
    if (!isWeekId(week)) return false;
    return Date.parse(event.metadata.recordedAt) >= Date.parse(weekBounds(week, this.zone).toUtc) - CLOCK_MARGIN_MS;
  }

  private async findChangesMissedBy(published: RecordedEvent<WeeklyOverviewPublished>): Promise<void> {
    const { week, asOfPosition } = published.data;
    let after = BigInt(asOfPosition);
    while (after < published.position) {
      const page = await this.store.readAll({ after, maxCount: SCAN_PAGE });
      for (const event of page) {
        if (event.position >= published.position) return;
        for (const change of weekChangesOf(event, this.zone)) if (change.week === week) await this.recordLateEntry(change, event);
      }
      if (page.length < SCAN_PAGE) return;
      after = page[page.length - 1].position;
    }
  }

  private async recordLateEntry({ week, entry }: WeekChange, event: RecordedEvent): Promise<void> {
    const context = reactionContext(event, { reaction: 'RecordLateEntry', week, eventId: event.id, itemId: entry.id }, 'system:weekly-overview');
    try {
      await this.executor.execute({
        kind: 'Weekly overview',
        id: week,
        streamId: weeklyOverviewStreamId(week),
        decider: weeklyOverviewDecider,
        command: { type: 'RecordLateEntry', week, entry, position: event.position.toString(), at: context.now },
        context,
        mode: 'update',
      });
    } catch (error) {
      // Never published: nothing to correct (a later publication includes the change).
      if (!(error instanceof ItemNotFoundError)) throw error;
    }
  }
}
