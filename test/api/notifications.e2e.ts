import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { startTestApp, type TestApp } from '../support/test-app';
import { investigationInThePast, openInvestigation } from '../reporting/support/legal-history';

describe('parliamentary notifications', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ NOTIFICATION_DUE_DAYS: '10' });
  });
  afterAll(() => api.close());

  const board = async (query: string) => (await api.request('GET', `/api/parliamentary-notifications?${query}`, { role: 'legal' })).body;
  const notificationOf = async (reviewId: string, kind = 'CIVCAS_INVESTIGATION_OPENED') =>
    (await board(`triggerId=${reviewId}&kind=${kind}`)).items[0];
  /** Drafts, approves and sends a notification today. */
  const send = async (id: string) => {
    const path = `/api/parliamentary-notifications/${id}`;
    const sentOn = DateTime.now().setZone(api.config.reportingTimeZone).toISODate()!;
    expect((await api.request('POST', `${path}/draft`, { role: 'legal', body: { text: 'Brief aan de Kamer' } })).status).toBe(200);
    expect((await api.request('POST', `${path}/approval`, { role: 'manager', body: {} })).status).toBe(200);
    expect((await api.request('POST', `${path}/dispatch`, { role: 'legal', body: { paperReference: 'Kamerstuk 27 925, nr. 1000', sentOn } })).status).toBe(200);
  };

  it('is due NOTIFICATION_DUE_DAYS after the trigger, and overdue when not sent by then', async () => {
    const openedAt = new Date('2024-02-01T09:00:00.000Z');
    const reviewId = await investigationInThePast(api, openedAt, new Date('2024-05-20T09:00:00.000Z'));
    const opened = await notificationOf(reviewId);
    expect(opened).toMatchObject({ triggeredAt: openedAt.toISOString(), dueAt: '2024-02-11T09:00:00.000Z', overdue: true, status: 'REQUIRED' });
    const concluded = await notificationOf(reviewId, 'CIVCAS_INVESTIGATION_CONCLUDED');
    expect(concluded).toMatchObject({ episode: 1, dueAt: '2024-05-30T09:00:00.000Z', overdue: true });
    // Past its due time too, but sent: not overdue. And one opened now, not yet due.
    const sentLate = await notificationOf(await investigationInThePast(api, new Date('2024-03-01T09:00:00.000Z')));
    await send(sentLate.id);
    const notYetDue = await notificationOf(await openInvestigation(api));
    expect([sentLate.overdue, notYetDue.overdue]).toEqual([true, false]);

    const idsOf = (page: { items: Array<{ id: string }>; total: number }) => [page.total, page.items.map((item) => item.id)];
    expect(idsOf(await board('overdue=true&pageSize=500'))).toEqual([2, [opened.id, concluded.id]]);
    expect(idsOf(await board('overdue=false&pageSize=500'))).toEqual([2, [sentLate.id, notYetDue.id]]);
    expect((await board('overdue=maybe')).statusCode).toBe(400);
  });

  it('orders the board by due time and filters it by status and kind', async () => {
    const recent = await openInvestigation(api);
    const conclusion = async () =>
      notificationOf(await investigationInThePast(api, new Date('2024-04-01T09:00:00.000Z'), new Date('2024-04-15T09:00:00.000Z')), 'CIVCAS_INVESTIGATION_CONCLUDED');
    const [waiting, drafted] = [await conclusion(), await conclusion()];
    expect((await api.request('POST', `/api/parliamentary-notifications/${drafted.id}/draft`, { role: 'legal', body: { text: 'Concept' } })).status).toBe(200);
    const all = await board('pageSize=500');
    const dueTimes = all.items.map((item: { dueAt: string }) => item.dueAt);
    expect(dueTimes).toEqual([...dueTimes].sort());
    expect(all.items).toContainEqual(expect.objectContaining({ triggerId: recent, kind: 'CIVCAS_INVESTIGATION_OPENED', overdue: false }));
    const required = await board('status=REQUIRED&kind=CIVCAS_INVESTIGATION_CONCLUDED&pageSize=500');
    const isRequiredConclusion = (item: { status: string; kind: string }) => item.status === 'REQUIRED' && item.kind === 'CIVCAS_INVESTIGATION_CONCLUDED';
    const requiredIds = required.items.map((item: { id: string }) => item.id);
    expect([requiredIds.includes(waiting.id), requiredIds.includes(drafted.id)]).toEqual([true, false]);
    expect(required.items).toEqual(all.items.filter(isRequiredConclusion));
    expect((await board('status=LOST')).statusCode).toBe(400);
    expect((await api.request('GET', '/api/parliamentary-notifications', { role: 'operations' })).status).toBe(403);
  });

  it('returns a redrafted approved text to DRAFTED, and refuses steps out of order with 422', async () => {
    const { id } = await notificationOf(await openInvestigation(api));
    const path = `/api/parliamentary-notifications/${id}`;
    const today = DateTime.now().setZone(api.config.reportingTimeZone).toISODate()!;
    const dispatch = { paperReference: 'Kamerstuk 27 925, nr. 1001', sentOn: today };

    expect((await api.request('POST', `${path}/approval`, { role: 'manager' })).body.message).toMatch(/Only a DRAFTED notification can be approved/);
    expect((await api.request('POST', `${path}/draft`, { role: 'legal', body: { text: 'Eerste versie' } })).status).toBe(200);
    expect((await api.request('POST', `${path}/dispatch`, { role: 'legal', body: dispatch })).body.message).toMatch(/Only an APPROVED/);
    expect((await api.request('POST', `${path}/approval`, { role: 'manager' })).status).toBe(200);
    expect((await api.request('POST', `${path}/draft`, { role: 'legal', body: { text: 'Tweede versie', expectedRevision: 1 } })).status).toBe(409);
    expect((await api.request('POST', `${path}/draft`, { role: 'legal', body: { text: 'Tweede versie', expectedRevision: 2 } })).status).toBe(200);
    expect((await api.request('GET', path, { role: 'manager' })).body).toMatchObject({ status: 'DRAFTED', text: 'Tweede versie', approvedAt: null });
    expect((await api.request('POST', `${path}/approval`, { role: 'manager', body: {} })).status).toBe(200);

    const tomorrow = DateTime.fromISO(today).plus({ days: 1 }).toISODate();
    expect((await api.request('POST', `${path}/dispatch`, { role: 'manager', body: { ...dispatch, sentOn: tomorrow } })).status).toBe(422);
    expect((await api.request('POST', `${path}/dispatch`, { role: 'manager', body: { ...dispatch, sentOn: '2024-02-30' } })).status).toBe(400);
    expect((await api.request('POST', `${path}/dispatch`, { role: 'manager', body: { ...dispatch, paperReference: 'soon' } })).status).toBe(400);
    expect((await api.request('POST', `${path}/dispatch`, { role: 'manager', body: { ...dispatch, expectedRevision: null } })).status).toBe(400);
    expect((await api.request('POST', `${path}/dispatch`, { role: 'manager', body: dispatch })).status).toBe(200);
    expect((await api.request('POST', `${path}/draft`, { role: 'legal', body: { text: 'Te laat' } })).status).toBe(422);
  });

  it('answers unknown and malformed ids with 404 and 400, and bad bodies with 400', async () => {
    expect((await api.request('GET', `/api/parliamentary-notifications/${randomUUID()}`, { role: 'legal' })).status).toBe(404);
    expect((await api.request('POST', `/api/parliamentary-notifications/${randomUUID()}/draft`, { role: 'legal', body: { text: 'x' } })).status).toBe(404);
    expect((await api.request('GET', '/api/parliamentary-notifications/12', { role: 'legal' })).status).toBe(400);
    const { id } = (await board('pageSize=1')).items[0];
    const blank = await api.request('POST', `/api/parliamentary-notifications/${id}/draft`, { role: 'legal', body: { text: '  ', extra: 1 } });
    expect([blank.status, Object.keys(blank.body.fields).sort()]).toEqual([400, ['extra', 'text']]);
    const notJson = await api.request('POST', `/api/parliamentary-notifications/${id}/draft`, { role: 'legal', body: '{"text": ', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
  });
});
