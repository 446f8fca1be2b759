import { DomainRuleViolation } from '../../platform/src/decider';
import { given } from '../../platform/src/testing/decider-spec';
import { weeklyOverviewDecider as decider, type RecordLateEntry } from './weekly-overview.decider';
import type { LateEntry, WeeklyOverviewContent } from './weekly-overview';
import type { WeeklyOverviewEvent } from './weekly-overview.events';

const week = '2024-W05';
const weekEnd = '2024-02-04T23:00:00.000Z';
const content = { week, incidents: { total: 3 } } as unknown as WeeklyOverviewContent;
const monday = new Date('2024-02-05T08:00:00.000Z');

const publish = (at = monday) => ({ type: 'PublishWeeklyOverview', week, weekEnd, content, asOfPosition: '120', at }) as const;
const published = (revision = 1, asOfPosition = '120'): WeeklyOverviewEvent => ({
  type: 'WeeklyOverviewPublished',
  data: { week, revision, publishedAt: monday.toISOString(), asOfPosition, content },
});
const entry: LateEntry = {
  kind: 'INCIDENT',
  id: 'a1b2',
  change: 'ADDED',
  occurredAt: '2024-02-01T10:00:00.000Z',
  eventId: 'e-130',
  eventType: 'IncidentReported',
  recordedAt: '2024-02-06T09:00:00.000Z',
};
const late = (position = '130', lateEntry = entry): RecordLateEntry => ({ type: 'RecordLateEntry', week, entry: lateEntry, position, at: monday });
const correctionRequired: WeeklyOverviewEvent = {
  type: 'WeeklyOverviewCorrectionRequired',
  data: { week, publishedRevision: 1, detectedAt: entry.recordedAt },
};
const recorded = (lateEntry = entry): WeeklyOverviewEvent => ({ type: 'WeeklyOverviewLateEntryRecorded', data: { week, publishedRevision: 1, entry: lateEntry } });

describe('weekly overview decider', () => {
  it('publishes a week that has ended as revision 1, freezing its content', () => {
    given(decider, []).when(publish()).then([published()]);
  });

  it('refuses to publish a week before it has ended', () => {
    given(decider, []).when(publish(new Date('2024-02-04T22:59:59.000Z'))).thenThrows(DomainRuleViolation, /only once it has ended/);
  });

  it('refuses to publish again while nothing needs correcting', () => {
    given(decider, [published()]).when(publish()).thenThrows(DomainRuleViolation, /needs no correction/);
  });

  it('marks a published week CORRECTION_REQUIRED at its first late entry, and lists each late entry once', () => {
    given(decider, [published()]).when(late()).then([correctionRequired, recorded()]);
    const second = { ...entry, id: 'c3d4', eventId: 'e-140' };
    given(decider, [published(), correctionRequired, recorded()]).when(late('140', second)).then([recorded(second)]);
    given(decider, [published(), correctionRequired, recorded()]).when(late()).then([]);
  });

  it('ignores changes already in the published content, and weeks never published', () => {
    given(decider, [published()]).when(late('120')).then([]);
    given(decider, []).when(late()).then([]);
  });

  it('publishes a corrected week as revision 2, which ends the correction episode', () => {
    given(decider, [published(), correctionRequired, recorded()]).when(publish()).thenMatches([{ data: { revision: 2 } }]);
    given(decider, [published(), correctionRequired, recorded(), published(2, '150')]).when(late('140')).then([]);
  });
});
