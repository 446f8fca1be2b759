import { randomUUID } from 'node:crypto';

/** A report as a client sends it, with its own id so that a retry can never create a second incident. */
export interface IncidentReport {
  id: string;
  category: 'USE_OF_FORCE' | 'INDIRECT_FIRE';
  mission: 'NMI';
  occurredAt: string;
  location: { name: string };
  summary: string;
  severity: number;
  details: Record<string, unknown>;
}

/** Every fourth report is a use of force with casualties observed: each of those must open one CIVCAS review. */
export function incidentReport(client: number, sequence: number): IncidentReport {
  const common = {
    id: randomUUID(),
    mission: 'NMI' as const,
    occurredAt: new Date(Date.UTC(2024, 6, 1 + (sequence % 28), client % 24)).toISOString(),
    location: { name: `Checkpoint ${client}` },
    summary: `Load client ${client}, report ${sequence}`,
    severity: 1 + (sequence % 5),
  };
  return sequence % 4 === 0
    ? {
        ...common,
        category: 'USE_OF_FORCE',
        details: { basis: 'SELF_DEFENCE', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: true, publicSummary: 'Warning shots at a vehicle that kept approaching.' },
      }
    : { ...common, category: 'INDIRECT_FIRE', details: { munition: 'ROCKET', rounds: 3, intercepted: 1 } };
}

export interface WriteOutcome {
  /** Answered 2xx: the server has promised these are durable. */
  acknowledged: IncidentReport[];
  /** Sent but not acknowledged (connection lost, 5xx, 503 while closing): they may or may not be stored. */
  unacknowledged: IncidentReport[];
  /** Every answer's status, for the record. */
  statuses: number[];
}

export interface PostAnswer {
  status: number;
  retryAfter: string | null;
  text: string;
}

export async function postIncident(baseUrl: string, token: string, report: IncidentReport): Promise<PostAnswer> {
  const response = await fetch(`${baseUrl}/api/incidents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(report),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

/**
 * `clients` concurrent writers post reports until the server stops answering. `afterAcknowledged` is told the
 * running count after each acknowledgement (the test kills or stops the server from there).
 */
export async function writeUntilServerGone(
  baseUrl: string,
  token: string,
  clients: number,
  afterAcknowledged: (count: number) => void,
): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { acknowledged: [], unacknowledged: [], statuses: [] };
  const writer = async (client: number) => {
    for (let sequence = 0; ; sequence++) {
      const report = incidentReport(client, sequence);
      let status: number;
      try {
        status = (await postIncident(baseUrl, token, report)).status;
      } catch {
        outcome.unacknowledged.push(report);
        return;
      }
      outcome.statuses.push(status);
      if (status < 200 || status >= 300) {
        if (status < 500) throw new Error(`A valid report was refused with ${status}`);
        outcome.unacknowledged.push(report);
        return;
      }
      outcome.acknowledged.push(report);
      afterAcknowledged(outcome.acknowledged.length);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => writer(client)));
  return outcome;
}
