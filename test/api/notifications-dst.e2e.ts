import type { NotificationBoardQuery } from '../../libs/notifications/src/http/notification.dto';
import { NotificationBoardQueries } from '../../libs/notifications/src/projections/notification-board.queries';
import { investigationInThePast } from '../reporting/support/legal-history';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * NOTIFICATION_DUE_DAYS are calendar days in REPORTING_TIME_ZONE (Europe/Amsterdam): the due time keeps the local
 * clock time of the trigger, so across a clock change it is an hour less or more than 7 × 24 hours later.
 */
const CASES = [
  // 31 March 2024: at 02:00 CET (01:00 UTC) the clocks go forward to 03:00 CEST.
  { opened: 'at 01:59:59.999 CET, the last instant of winter time', openedAt: '2024-03-31T00:59:59.999Z', dueAt: '2024-04-06T23:59:59.999Z' },
  { opened: 'at 03:00 CEST, a millisecond later', openedAt: '2024-03-31T01:00:00.000Z', dueAt: '2024-04-07T01:00:00.000Z' },
  // 27 October 2024: at 03:00 CEST (01:00 UTC) the clocks go back to 02:00 CET, so 02:30 comes twice.
  { opened: 'at the first 02:30 (CEST)', openedAt: '2024-10-27T00:30:00.000Z', dueAt: '2024-11-03T01:30:00.000Z' },
  { opened: 'at the second 02:30 (CET), an hour later', openedAt: '2024-10-27T01:30:00.000Z', dueAt: '2024-11-03T01:30:00.000Z' },
  // Due on a change day: 02:30 on 31 March does not exist (03:30 CEST instead); of the two on 27 October the first.
  { opened: 'at 02:30 CET a week before summer time', openedAt: '2024-03-24T01:30:00.000Z', dueAt: '2024-03-31T01:30:00.000Z' },
  { opened: 'at 02:30 CEST a week before winter time', openedAt: '2024-10-20T00:30:00.000Z', dueAt: '2024-10-27T00:30:00.000Z' },
  { opened: 'at 11:00 CEST a week before winter time', openedAt: '2024-10-20T09:00:00.000Z', dueAt: '2024-10-27T10:00:00.000Z' },
];

describe('parliamentary notifications triggered around a daylight saving time change', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ NOTIFICATION_DUE_DAYS: '7', REPORTING_TIME_ZONE: 'Europe/Amsterdam' });
  });
  afterAll(() => api.close());

  /** The board as it would answer at `now`: what the overdue filters list, and the item's own flag. */
  const boardAt = (triggerId: string, now: Date) => {
    const queries = api.app.get(NotificationBoardQueries);
    const page = (overdue: boolean) => queries.board({ triggerId, overdue, page: 1, pageSize: 50 } as NotificationBoardQuery, now);
    const ids = (overdue: boolean) => page(overdue).items.map((item) => item.id);
    const [item] = queries.board({ triggerId, page: 1, pageSize: 50 } as NotificationBoardQuery, now).items;
    return { overdue: ids(true), notOverdue: ids(false), flag: item.overdue };
  };

  it.each(CASES)('is due 7 calendar days after an investigation opened $opened, and overdue from just after then', async ({ openedAt, dueAt }) => {
    const reviewId = await investigationInThePast(api, new Date(openedAt));
    const board = await api.request('GET', `/api/parliamentary-notifications?triggerId=${reviewId}`, { role: 'legal' });
    expect(board.body.items).toEqual([expect.objectContaining({ kind: 'CIVCAS_INVESTIGATION_OPENED', triggeredAt: openedAt, dueAt, overdue: true })]);

    const { id } = board.body.items[0];
    const due = Date.parse(dueAt);
    expect([boardAt(reviewId, new Date(due - 1)), boardAt(reviewId, new Date(due)), boardAt(reviewId, new Date(due + 1))]).toEqual([
      { overdue: [], notOverdue: [id], flag: false },
      { overdue: [], notOverdue: [id], flag: false },
      { overdue: [id], notOverdue: [], flag: true },
    ]);
  });
});
