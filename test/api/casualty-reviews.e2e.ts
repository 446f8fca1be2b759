import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';

const suspicion = {
  source: 'NGO',
  description: 'An NGO reports two injured civilians near a checkpoint after a convoy passed',
  occurredAt: '2024-03-04T10:15:00+03:00',
  mission: 'NMI',
  location: { name: 'Checkpoint 12, Baghdad', lat: 33.3, lon: 44.4 },
  estimatedKilled: 0,
  estimatedInjured: 2,
};
const rationale = 'Hospital records confirm two admissions at that time';

const useOfForce = (details: Record<string, unknown>) => ({
  category: 'USE_OF_FORCE',
  mission: 'NMI',
  occurredAt: '2024-03-05T18:40:00+03:00',
  location: { name: 'Route Irish' },
  summary: 'A vehicle drove at the convoy and did not stop after warnings',
  severity: 3,
  details: { basis: 'SELF_DEFENCE', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: false, publicSummary: 'Warning shots at a vehicle', ...details },
});

describe('CIVCAS reviews', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const report = async (body: Record<string, unknown> = suspicion, role: 'operations' | 'legal' = 'operations') => {
    const answer = await api.request('POST', '/api/casualty-reviews', { role, body });
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };
  const reviewsOfIncident = async (incidentId: string) =>
    (await api.request('GET', `/api/casualty-reviews?incidentId=${incidentId}`, { role: 'legal' })).body.items as Array<Record<string, unknown>>;

  it('is reported by operations or legal, not by managers or admins', async () => {
    await report(suspicion, 'operations');
    await report(suspicion, 'legal');
    for (const role of ['manager', 'admin'] as const) {
      expect((await api.request('POST', '/api/casualty-reviews', { role, body: suspicion })).status).toBe(403);
    }
    expect((await api.request('POST', '/api/casualty-reviews', { body: suspicion })).status).toBe(401);
  });

  it('refuses malformed reports with 400 naming the field, and a link to an unknown incident with 422', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...suspicion, estimatedKilled: -1 }, 'estimatedKilled'],
      [{ ...suspicion, estimatedInjured: 1.5 }, 'estimatedInjured'],
      [{ ...suspicion, source: 'RUMOUR' }, 'source'],
      [{ ...suspicion, mission: 'UNIFIL' }, 'mission'],
      [{ ...suspicion, occurredAt: '2024-03-04 10:15' }, 'occurredAt'],
      [{ ...suspicion, location: { name: ' ' } }, 'location.name'],
      [{ ...suspicion, incidentId: 'not-a-uuid' }, 'incidentId'],
      [{ ...suspicion, secret: true }, 'secret'],
      [{ ...suspicion, incidentId: null }, 'incidentId'],
    ];
    for (const [body, field] of cases) {
      const answer = await api.request('POST', '/api/casualty-reviews', { role: 'legal', body });
      expect([answer.status, Object.keys(answer.body.fields ?? {})]).toEqual([400, expect.arrayContaining([field])]);
    }
    const unknown = await api.request('POST', '/api/casualty-reviews', { role: 'legal', body: { ...suspicion, incidentId: randomUUID() } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toMatch(/does not name a reported incident/);
  });

  it('goes through the lifecycle, answering each broken rule with 422 and the rule', async () => {
    const id = await report();
    const post = (step: string, body: Record<string, unknown>, role: 'legal' | 'operations' | 'manager' = 'legal') =>
      api.request('POST', `/api/casualty-reviews/${id}/${step}`, { role, body });

    expect((await post('investigation', { authority: 'Koninklijke Marechaussee' })).body.message).toMatch(/only after a CREDIBLE assessment/);
    expect((await post('assessment', { outcome: 'CREDIBLE', rationale: 'too short' })).status).toBe(422);
    expect((await post('assessment', { outcome: 'CREDIBLE', rationale }, 'operations')).status).toBe(403);
    expect((await post('assessment', { outcome: 'INSUFFICIENT_INFORMATION', rationale })).status).toBe(200);
    expect((await post('assessment', { outcome: 'CREDIBLE', rationale, expectedRevision: 0 })).status).toBe(409);
    expect((await post('assessment', { outcome: 'CREDIBLE', rationale, expectedRevision: null })).status).toBe(400);
    expect((await post('investigation', { authority: 'Koninklijke Marechaussee', reference: null })).status).toBe(400);
    expect((await post('assessment', { outcome: 'CREDIBLE', rationale, expectedRevision: 1 })).status).toBe(200);
    expect((await post('conclusion', { findings: 'x', confirmedKilled: 0, confirmedInjured: 1 })).body.message).toMatch(/Only an opened investigation/);
    expect((await post('investigation', { authority: 'Koninklijke Marechaussee', reference: 'KMar-17' })).status).toBe(200);
    expect((await post('conclusion', { findings: 'One civilian was injured', confirmedKilled: 0, confirmedInjured: -1 })).status).toBe(400);
    expect((await post('conclusion', { findings: 'One civilian was injured', confirmedKilled: 0, confirmedInjured: 1 })).status).toBe(200);

    const closed = await api.request('GET', `/api/casualty-reviews/${id}`, { role: 'manager' });
    expect(closed.body).toMatchObject({
      status: 'CLOSED',
      investigation: { authority: 'Koninklijke Marechaussee', reference: 'KMar-17', investigation: 1 },
      conclusion: { confirmedKilled: 0, confirmedInjured: 1 },
    });
    expect(closed.body.history.map((entry: { type: string }) => entry.type)).toEqual([
      'CasualtySuspicionReported',
      'CasualtyAssessed',
      'CasualtyAssessed',
      'CasualtyInvestigationOpened',
      'CasualtyInvestigationConcluded',
      'CasualtyReviewClosed',
    ]);
    expect(closed.body.history[1]).toMatchObject({ role: 'legal', userId: 'legal-user', data: { outcome: 'INSUFFICIENT_INFORMATION' } });

    expect((await post('reopening', { newInformation: 'A second victim came forward', reason: '' })).status).toBe(400);
    expect((await post('reopening', { newInformation: 'A second victim came forward', reason: 'New witness' })).status).toBe(200);
    expect((await api.request('GET', `/api/casualty-reviews/${id}`, { role: 'legal' })).body).toMatchObject({ status: 'REPORTED', assessment: null });
  });

  it('closes a case assessed NOT_CREDIBLE', async () => {
    const id = await report();
    await api.request('POST', `/api/casualty-reviews/${id}/assessment`, { role: 'legal', body: { outcome: 'NOT_CREDIBLE', rationale } });
    const detail = await api.request('GET', `/api/casualty-reviews/${id}`, { role: 'legal' });
    expect(detail.body).toMatchObject({ status: 'CLOSED', closure: { reason: 'NOT_CREDIBLE' } });
  });

  it('lists the queue oldest first, filtered by status, with the age of each case', async () => {
    const waiting = await report();
    const closed = await report();
    await api.request('POST', `/api/casualty-reviews/${closed}/assessment`, { role: 'legal', body: { outcome: 'NOT_CREDIBLE', rationale } });
    const queue = await api.request('GET', '/api/casualty-reviews?status=REPORTED&pageSize=500', { role: 'legal' });
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((item: { id: string }) => item.id);
    expect([ids.includes(waiting), ids.includes(closed)]).toEqual([true, false]);
    const reportedAt = queue.body.items.map((item: { reportedAt: string }) => item.reportedAt);
    expect(reportedAt).toEqual([...reportedAt].sort());
    expect(queue.body.items.every((item: { status: string; ageDays: number }) => item.status === 'REPORTED' && item.ageDays >= 0)).toBe(true);
    expect((await api.request('GET', '/api/casualty-reviews?status=OPEN', { role: 'legal' })).status).toBe(400);
    expect((await api.request('GET', `/api/casualty-reviews/${randomUUID()}`, { role: 'legal' })).status).toBe(404);
    expect((await api.request('GET', '/api/casualty-reviews/nope', { role: 'legal' })).status).toBe(400);
    expect((await api.request('GET', '/api/casualty-reviews', { role: 'admin' })).status).toBe(403);
  });

  it('opens exactly one review, linked to the incident, for a use of force with basis OTHER or casualties observed', async () => {
    const other = await api.request('POST', '/api/incidents', { role: 'operations', body: useOfForce({ basis: 'OTHER' }) });
    const selfDefence = await api.request('POST', '/api/incidents', { role: 'operations', body: useOfForce({}) });
    expect([other.status, selfDefence.status]).toEqual([201, 201]);

    const opened = await reviewsOfIncident(other.body.id);
    expect(opened).toEqual([expect.objectContaining({ status: 'REPORTED', incidentId: other.body.id, source: 'OWN_FORCES', automatic: true })]);
    expect(await reviewsOfIncident(selfDefence.body.id)).toEqual([]);

    const amend = (body: Record<string, unknown>) =>
      api.request('POST', `/api/incidents/${selfDefence.body.id}/amendments`, { role: 'operations', body: { reason: 'Debrief', ...body } });
    expect((await amend({ category: 'USE_OF_FORCE', details: useOfForce({ casualtiesObserved: true }).details })).status).toBe(200);
    expect(await reviewsOfIncident(selfDefence.body.id)).toHaveLength(1);
    expect((await amend({ category: 'USE_OF_FORCE', details: useOfForce({ casualtiesObserved: true, roundsFired: 3 }).details })).status).toBe(200);
    expect(await reviewsOfIncident(selfDefence.body.id)).toHaveLength(1);
  });

  it('answers a retried report with the same Idempotency-Key with the first result', async () => {
    const headers = { 'idempotency-key': `civcas-${randomUUID()}` };
    const first = await api.request('POST', '/api/casualty-reviews', { role: 'legal', body: suspicion, headers });
    const again = await api.request('POST', '/api/casualty-reviews', { role: 'legal', body: suspicion, headers });
    expect(again.body).toEqual(first.body);
    const other = await api.request('POST', '/api/casualty-reviews', { role: 'legal', body: { ...suspicion, estimatedKilled: 1 }, headers });
    expect(other.status).toBe(409);
  });
});
