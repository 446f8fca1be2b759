import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportIncident } from '../support/operations-fixtures';
import { instanceOnSameStore } from '../support/second-instance';
import { startTestApp, type TestApp } from '../support/test-app';

const ROUNDS = 12;

/**
 * Two instances on one store amend the same incident at once, each with the revision it read: the store's expected
 * revision, not a queue inside one process, must let exactly one through. An append with `any` would let both.
 */
describe('two instances amending one incident with the revision each read', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const api of apps.reverse()) await api.close();
  });

  it('accepts exactly one amendment per round, refuses the other 409, and loses no update', async () => {
    const first = await startTestApp();
    const second = await instanceOnSameStore(first, mkdtempSync(join(tmpdir(), 'register-second-')));
    apps.push(first, second);
    const { id } = await reportIncident(first);
    const winners: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const read = await Promise.all([first, second].map(async (api) => (await api.request('GET', `/api/incidents/${id}`, { role: 'operations' })).body.revision));
      expect(read).toEqual([round, round]);
      const summaries = [`Round ${round}: as seen from the first instance`, `Round ${round}: as seen from the second instance`];
      const answers = await Promise.all(
        [first, second].map((api, index) =>
          api.request('POST', `/api/incidents/${id}/amendments`, {
            role: 'operations',
            body: { reason: `Correction ${round}`, summary: summaries[index], expectedRevision: read[index] },
          }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      winners.push(summaries[answers.findIndex((answer) => answer.status === 200)]);
    }
    const detail = (await second.request('GET', `/api/incidents/${id}`, { role: 'operations' })).body;
    expect(detail.revision).toBe(ROUNDS);
    expect(detail.summary).toBe(winners[ROUNDS - 1]);
    const amendments = detail.history.filter((entry: { type: string }) => entry.type === 'IncidentAmended');
    expect(amendments.map((entry: { revision: number }) => entry.revision)).toEqual(Array.from({ length: ROUNDS }, (_, round) => round + 1));
    expect(amendments.map((entry: { changes: { summary: { to: string } } }) => entry.changes.summary.to)).toEqual(winners);
  }, 120_000);
});
