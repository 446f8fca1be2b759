import { DateTime } from 'luxon';
import { startTestApp, type TestApp } from '../support/test-app';
import type { Role } from '../../libs/platform/src/role';

/**
 * The path SPEC 3.1–3.3 exists for: a use of force opens a CIVCAS review, a credible suspicion leads to an
 * investigation, parliament is informed of its opening and of its conclusion. At each step the roles of SPEC 2 are
 * allowed or refused, and a refusal writes nothing.
 */
describe('use of force → CIVCAS review → investigation → parliament', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const ALL: Role[] = ['operations', 'legal', 'manager', 'admin'];

  /** Every role outside `allowed` is refused 403 and leaves the item's revision as it was; then `allowed[0]` acts. */
  async function step(method: string, path: string, allowed: Role[], body?: unknown, revisionOf?: () => Promise<number>, status = 200) {
    const before = revisionOf ? await revisionOf() : undefined;
    for (const role of ALL.filter((candidate) => !allowed.includes(candidate))) {
      const refused = await api.request(method, path, { role, body });
      expect([role, refused.status]).toEqual([role, 403]);
    }
    if (revisionOf) expect(await revisionOf()).toBe(before);
    const answer = await api.request(method, path, { role: allowed[0], body });
    expect([answer.status, answer.body]).toEqual([status, expect.anything()]);
    return answer.body;
  }

  it('informs parliament of the investigation and of its conclusion, each exactly once', async () => {
    const today = DateTime.now().setZone(api.config.reportingTimeZone).toISODate()!;
    const incident = await step('POST', '/api/incidents', ['operations'], {
      category: 'USE_OF_FORCE',
      mission: 'NMI',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      location: { name: 'Route Irish, near Baghdad airport' },
      summary: 'Crowd threw objects at the convoy; aimed shots at an armed man; bystanders may have been hit',
      severity: 4,
      details: { basis: 'OTHER', escalation: 'AIMED_FIRE', roundsFired: 3, casualtiesObserved: true, publicSummary: 'Shots fired during an escort' },
    }, undefined, 201);

    const queue = await step('GET', `/api/casualty-reviews?incidentId=${incident.id}`, ['legal', 'operations', 'manager']);
    expect(queue.items).toHaveLength(1);
    const review = queue.items[0];
    expect(review).toMatchObject({ status: 'REPORTED', incidentId: incident.id, automatic: true, revision: 0 });
    const reviewPath = `/api/casualty-reviews/${review.id}`;
    const reviewRevision = async () => (await api.request('GET', reviewPath, { role: 'legal' })).body.revision as number;

    await step('POST', `${reviewPath}/assessment`, ['legal'], { outcome: 'CREDIBLE', rationale: 'Medical staff at the nearby hospital confirm two gunshot wounds' }, reviewRevision);
    await step('POST', `${reviewPath}/investigation`, ['legal'], { authority: 'Koninklijke Marechaussee', reference: 'KMar-2024-031' }, reviewRevision);

    const board = await step('GET', `/api/parliamentary-notifications?triggerId=${review.id}`, ['legal', 'manager']);
    expect(board.items).toEqual([
      expect.objectContaining({ kind: 'CIVCAS_INVESTIGATION_OPENED', status: 'REQUIRED', triggerId: review.id, overdue: false }),
    ]);
    const opened = board.items[0];
    const days = (Date.parse(opened.dueAt) - Date.parse(opened.triggeredAt)) / 86_400_000;
    expect(Math.round(days)).toBe(api.config.notificationDueDays);

    const notificationPath = `/api/parliamentary-notifications/${opened.id}`;
    const notificationRevision = async () => (await api.request('GET', notificationPath, { role: 'legal' })).body.revision as number;
    await step('POST', `${notificationPath}/draft`, ['legal'], { text: 'Geachte Voorzitter, hierbij informeren wij u over een onderzoek.' }, notificationRevision);
    await step('POST', `${notificationPath}/approval`, ['manager'], {}, notificationRevision);
    await step('POST', `${notificationPath}/dispatch`, ['legal', 'manager'], { paperReference: 'Kamerstuk 27 925, nr. 999', sentOn: today }, notificationRevision);
    const sent = (await api.request('GET', notificationPath, { role: 'manager' })).body;
    expect(sent).toMatchObject({ status: 'SENT', paperReference: 'Kamerstuk 27 925, nr. 999', sentOn: today, overdue: false });
    expect(sent.history.map((entry: { type: string; role: string }) => [entry.type, entry.role])).toEqual([
      ['ParliamentaryNotificationRequired', 'system'],
      ['ParliamentaryNotificationDrafted', 'legal'],
      ['ParliamentaryNotificationApproved', 'manager'],
      ['ParliamentaryNotificationSent', 'legal'],
    ]);

    await step('POST', `${reviewPath}/conclusion`, ['legal'], { findings: 'Two bystanders were injured by ricochets', confirmedKilled: 0, confirmedInjured: 2 }, reviewRevision);
    expect((await api.request('GET', reviewPath, { role: 'legal' })).body.status).toBe('CLOSED');

    const after = (await api.request('GET', `/api/parliamentary-notifications?triggerId=${review.id}`, { role: 'legal' })).body;
    expect(after.items.map((item: { kind: string; status: string }) => [item.kind, item.status]).sort()).toEqual([
      ['CIVCAS_INVESTIGATION_CONCLUDED', 'REQUIRED'],
      ['CIVCAS_INVESTIGATION_OPENED', 'SENT'],
    ]);
  });
});
