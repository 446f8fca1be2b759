import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/** Valid request bodies for the operations routes (incidents, risks, activities), to vary one field at a time. */

/** An instant `hours` before now, so it is never in the future whatever the test machine's clock says. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

export const DETAILS_BY_CATEGORY = {
  INDIRECT_FIRE: { munition: 'ROCKET', rounds: 3, intercepted: 2 },
  ARMED_DRONE: { drones: 2, intercepted: 2 },
  DIRECT_FIRE: { notes: 'Small-arms fire from a rooftop' },
  CIVIL_UNREST: { crowdEstimate: 400, violent: false },
  HEAT_ILLNESS: { casualties: 2, severity: 'HEAT_EXHAUSTION', wbgtCelsius: 33.5, acclimatised: false },
  CYBER_ESPIONAGE: { notes: 'Phishing aimed at personal phones' },
  USE_OF_FORCE: {
    basis: 'SELF_DEFENCE', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: false,
    publicSummary: 'Warning shots at a vehicle that approached a convoy at speed',
  },
  OTHER: {},
} as const;

export type Category = keyof typeof DETAILS_BY_CATEGORY;

export function incidentBody(category: Category = 'INDIRECT_FIRE', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category,
    mission: 'NMI',
    occurredAt: hoursAgo(2),
    location: { name: 'Camp Union III', lat: 33.311, lon: 44.392 },
    summary: `${category} near Camp Union III`,
    severity: 3,
    details: DETAILS_BY_CATEGORY[category],
    ...overrides,
  };
}

export function riskBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    category: 'INDIRECT_FIRE',
    title: 'Rocket attacks on Camp Union III',
    description: 'Iran-affiliated militias fire rockets at the camp',
    mission: 'NMI',
    owner: 'Company commander',
    likelihood: 3,
    impact: 4,
    reviewBy: '2024-09-01',
    ...overrides,
  };
}

export const movementBody = (overrides: Record<string, unknown> = {}) => ({
  occurredAt: hoursAgo(3), mission: 'NMI', destination: 'Ministry of Defence, Baghdad', advisersEscorted: 3, ...overrides,
});

export const engagementBody = (overrides: Record<string, unknown> = {}) => ({
  occurredAt: hoursAgo(3), mission: 'NMI', counterpart: 'Iraqi MoD J7', topic: 'Training curriculum', ...overrides,
});

/** The position of the last event in $all: unchanged position = nothing written. */
export async function headPosition(api: TestApp): Promise<bigint> {
  const health = await api.request('GET', '/api/health', { role: 'admin' });
  return BigInt(health.body.eventStore.headPosition);
}

export async function reportIncident(api: TestApp, body = incidentBody()): Promise<{ id: string; revision: number }> {
  const answer = await api.request('POST', '/api/incidents', { role: 'operations', body });
  if (answer.status !== 201) throw new Error(`Could not report an incident: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function identifyRisk(api: TestApp, body = riskBody()): Promise<{ id: string; revision: number }> {
  const answer = await api.request('POST', '/api/risks', { role: 'manager', body });
  if (answer.status !== 201) throw new Error(`Could not identify a risk: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export const newId = () => randomUUID();
