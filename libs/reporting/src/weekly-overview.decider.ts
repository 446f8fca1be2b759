import { assertNever, DomainRuleViolation, type Decider } from '../../platform/src/decider';
import type { LateEntry, WeeklyOverviewContent, WeeklyOverviewStatus } from './weekly-overview';
import type { WeeklyOverviewEvent } from './weekly-overview.events';

export type PublishWeeklyOverview = {
  type: 'PublishWeeklyOverview';
  week: string;
  /** When the week ends (next local Monday 00:00): no publication before. */
  weekEnd: string;
  content: WeeklyOverviewContent;
  /** The $all position the content was read at. */
  asOfPosition: string;
  at: Date;
};
export type RecordLateEntry = {
  type: 'RecordLateEntry';
  week: string;
  entry: LateEntry;
  /** Position of the event that changed the week: only what came after the published content is late. */
  position: string;
  at: Date;
};
export type WeeklyOverviewCommand = PublishWeeklyOverview | RecordLateEntry;

export type WeeklyOverviewState = {
  status: WeeklyOverviewStatus;
  revision: number;
  asOfPosition: bigint;
  /** Late entries of the current correction episode, by event and item. */
  lateEntries: string[];
};

const entryKey = (entry: LateEntry) => `${entry.eventId}/${entry.kind}/${entry.id}`;

export const weeklyOverviewDecider: Decider<WeeklyOverviewCommand, WeeklyOverviewEvent, WeeklyOverviewState> = {
  initialState: () => ({ status: 'DRAFT', revision: 0, asOfPosition: 0n, lateEntries: [] }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'WeeklyOverviewPublished':
        return { status: 'PUBLISHED', revision: event.data.revision, asOfPosition: BigInt(event.data.asOfPosition), lateEntries: [] };
      case 'WeeklyOverviewCorrectionRequired':
        return { ...state, status: 'CORRECTION_REQUIRED' };
      case 'WeeklyOverviewLateEntryRecorded':
        return { ...state, lateEntries: [...state.lateEntries, entryKey(event.data.entry)] };
      default:
        return assertNever(event);
    }
  },

  decide: (command, state) => {
    switch (command.type) {
      case 'PublishWeeklyOverview':
        return publish(command, state);
      case 'RecordLateEntry':
        return recordLateEntry(command, state);
      default:
        return assertNever(command);
    }
  },
};

function publish(command: PublishWeeklyOverview, state: WeeklyOverviewState): WeeklyOverviewEvent[] {
  if (command.at.getTime() < Date.parse(command.weekEnd)) {
    throw new DomainRuleViolation(`Week ${command.week} can be published only once it has ended (at ${command.weekEnd})`);
  }
  if (state.status === 'PUBLISHED') {
    throw new DomainRuleViolation(`Week ${command.week} is published as revision ${state.revision} and needs no correction`);
  }
  const data = {
    week: command.week,
    revision: state.revision + 1,
    publishedAt: command.at.toISOString(),
    asOfPosition: command.asOfPosition,
    content: command.content,
  };
  return [{ type: 'WeeklyOverviewPublished', data }];
}

function recordLateEntry(command: RecordLateEntry, state: WeeklyOverviewState): WeeklyOverviewEvent[] {
  // Not published, already in the published content, or already listed: nothing to correct.
  if (state.status === 'DRAFT' || BigInt(command.position) <= state.asOfPosition || state.lateEntries.includes(entryKey(command.entry))) return [];
  const late: WeeklyOverviewEvent = { type: 'WeeklyOverviewLateEntryRecorded', data: { week: command.week, publishedRevision: state.revision, entry: command.entry } };
  if (state.status === 'CORRECTION_REQUIRED') return [late];
  const detectedAt = command.entry.recordedAt;
  return [{ type: 'WeeklyOverviewCorrectionRequired', data: { week: command.week, publishedRevision: state.revision, detectedAt } }, late];
}
