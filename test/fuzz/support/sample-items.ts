import { identifyRisk, incidentBody, reportIncident } from '../../support/operations-fixtures';
import type { TestApp } from '../../support/test-app';

async function expectStatus(answer: Promise<{ status: number; body: any }>, status: number) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { status: actual, body } = await answer;
  if (actual !== status) throw new Error(`Setting up sample items: expected ${status}, got ${actual} ${JSON.stringify(body)}`);
  return body;
}

/**
 * One item of each kind, so that generated paths hit real items as often as made-up ones: a use of force, the
 * CIVCAS review it opened (assessed, under investigation), the notification that started, a risk with a mitigation.
 * Keyed by path parameter name.
 */
export async function sampleItems(api: TestApp): Promise<Record<string, string[]>> {
  const incident = await reportIncident(api, incidentBody('USE_OF_FORCE', { details: { basis: 'OTHER', escalation: 'AIMED_FIRE', roundsFired: 3, casualtiesObserved: true, publicSummary: 'Aimed fire at an armed attacker' } }));
  const reviews = await expectStatus(api.request('GET', `/api/casualty-reviews?incidentId=${incident.id}`, { role: 'legal' }), 200);
  const reviewId: string = reviews.items[0].id;
  await expectStatus(api.request('POST', `/api/casualty-reviews/${reviewId}/assessment`, { role: 'legal', body: { outcome: 'CREDIBLE', rationale: 'Consistent reports from two patrols on the scene' } }), 200);
  await expectStatus(api.request('POST', `/api/casualty-reviews/${reviewId}/investigation`, { role: 'legal', body: { authority: 'Koninklijke Marechaussee' } }), 200);
  const notifications = await expectStatus(api.request('GET', `/api/parliamentary-notifications?triggerId=${reviewId}`, { role: 'legal' }), 200);
  const risk = await identifyRisk(api);
  const mitigation = await expectStatus(
    api.request('POST', `/api/risks/${risk.id}/mitigations`, { role: 'manager', body: { description: 'Overhead cover', owner: 'Engineers', dueBy: '2024-08-01' } }),
    200,
  );
  return {
    id: [incident.id, reviewId, notifications.items[0].id, risk.id],
    mid: [mitigation.mitigationId],
    week: ['2024-W05'],
  };
}
