import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';
import { incidentReport } from './support/incident-writers';

const CLIENTS = 12;
const ROUNDS = 8;

interface HistoryEntry {
  revision: number;
  type: string;
  reason: string | null;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

describe('many clients amending the same incident at once', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const report = async () => {
    const body = { ...incidentReport(0, 1), id: randomUUID() };
    expect((await api.request('POST', '/api/incidents', { role: 'operations', body })).status).toBe(201);
    return body;
  };
  const amend = (id: string, body: Record<string, unknown>) =>
    api.request('POST', `/api/incidents/${id}/amendments`, { role: 'operations', body });
  const detail = async (id: string) => (await api.request('GET', `/api/incidents/${id}`, { role: 'operations' })).body;

  it('with the revision each read: exactly one wins each round, the others get 409, and no update is lost', async () => {
    const incident = await report();
    const winners: string[] = [incident.summary];
    for (let round = 1; round <= ROUNDS; round++) {
      const { revision } = await detail(incident.id);
      expect(revision).toBe(round - 1);
      const answers = await Promise.all(
        Array.from({ length: CLIENTS }, (_, client) =>
          amend(incident.id, { reason: `correction ${round} by ${client}`, summary: `round ${round}, client ${client}`, expectedRevision: revision }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, ...Array(CLIENTS - 1).fill(409)]);
      const winner = answers.findIndex((answer) => answer.status === 200);
      expect(answers[winner].body).toMatchObject({ id: incident.id, revision: round });
      winners.push(`round ${round}, client ${winner}`);
    }
    const { summary, revision, history } = await detail(incident.id);
    expect({ summary, revision }).toEqual({ summary: winners[ROUNDS], revision: ROUNDS });
    const amendments = (history as HistoryEntry[]).filter((entry) => entry.type === 'IncidentAmended');
    // Each amendment starts from what the one before it wrote: a chain with no gap is a history with no lost update.
    expect(amendments.map((entry) => entry.changes?.summary)).toEqual(winners.slice(1).map((to, round) => ({ from: winners[round], to })));
  });

  it('without a revision: every amendment is applied, one after the other, none lost', async () => {
    const incident = await report();
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, client) => amend(incident.id, { reason: `blind correction by ${client}`, summary: `client ${client}` })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(CLIENTS).fill(200));
    expect(answers.map((answer) => answer.body.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: CLIENTS }, (_, i) => i + 1));
    const { history, revision, summary } = await detail(incident.id);
    const amendments = (history as HistoryEntry[]).filter((entry) => entry.type === 'IncidentAmended');
    expect(revision).toBe(CLIENTS);
    expect(amendments.map((entry) => entry.reason).sort()).toEqual(Array.from({ length: CLIENTS }, (_, c) => `blind correction by ${c}`).sort());
    // The chain holds here too, whatever order the store chose.
    amendments.slice(1).forEach((entry, index) => expect(entry.changes?.summary?.from).toBe(amendments[index].changes?.summary?.to));
    expect(summary).toBe(amendments[amendments.length - 1].changes?.summary?.to);
  });
});
