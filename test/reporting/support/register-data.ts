import type { TestApp } from '../../support/test-app';

/** Incident details per category, as operations would log them. */
const DETAILS: Record<string, Record<string, unknown>> = {
  INDIRECT_FIRE: { munition: 'ROCKET', rounds: 2, intercepted: 1 },
  ARMED_DRONE: { drones: 1, intercepted: 1 },
  CIVIL_UNREST: { crowdEstimate: 300, violent: false },
  HEAT_ILLNESS: { casualties: 2, severity: 'HEAT_EXHAUSTION', wbgtCelsius: 33, acclimatised: true },
  USE_OF_FORCE: { basis: 'SELF_DEFENCE', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: false, publicSummary: 'Warning shots at a vehicle' },
  DIRECT_FIRE: {},
  CYBER_ESPIONAGE: {},
  OTHER: {},
};

export async function reportIncident(api: TestApp, category: string, occurredAt: string, extra: Record<string, unknown> = {}): Promise<string> {
  const body = {
    category,
    mission: 'NMI',
    occurredAt,
    location: { name: 'Camp Union III' },
    summary: `${category} near Camp Union III`,
    severity: 2,
    details: DETAILS[category],
    ...extra,
  };
  const answer = await api.request('POST', '/api/incidents', { role: 'operations', body });
  if (answer.status !== 201) throw new Error(`Could not report the incident: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

export async function logMovement(api: TestApp, occurredAt: string, advisersEscorted: number, mission = 'NMI'): Promise<void> {
  const body = { occurredAt, mission, destination: 'Ministry of Defence, Baghdad', advisersEscorted };
  const answer = await api.request('POST', '/api/movements', { role: 'operations', body });
  if (answer.status !== 201) throw new Error(`Could not log the movement: ${answer.status} ${JSON.stringify(answer.body)}`);
}

export async function logEngagement(api: TestApp, occurredAt: string, mission = 'NMI'): Promise<void> {
  const body = { occurredAt, mission, counterpart: 'Iraqi Joint Operations Command', topic: 'Force protection planning' };
  const answer = await api.request('POST', '/api/adviser-engagements', { role: 'operations', body });
  if (answer.status !== 201) throw new Error(`Could not log the engagement: ${answer.status} ${JSON.stringify(answer.body)}`);
}

export async function weeklyOverview(api: TestApp, week: string, query = '') {
  const answer = await api.request('GET', `/api/overviews/weekly/${week}${query}`, { role: 'legal' });
  if (answer.status !== 200) throw new Error(`Could not read ${week}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
