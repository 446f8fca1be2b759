import { DemoSeeder, demoScenario } from '../../libs/reporting/src/demo/demo-seeder';
import { SeedDemoCommand } from '../../libs/reporting/src/demo/demo.command';
import { cliContext } from '../cli/cli-context';
import { tempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo seed', () => {
  const dir = tempDir('demo-seed');
  let api: TestApp | undefined;
  afterAll(async () => {
    await api?.close();
    dir.remove();
  });

  it('marks every text of the scenario as fictional', () => {
    const texts = demoScenario().flatMap((step) =>
      ['summary', 'description', 'rationale', 'findings', 'text', 'destination', 'counterpart', 'topic', 'title'].map((field) => step.body[field]).filter((value) => typeof value === 'string'),
    );
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => !(text as string).startsWith('[FICTIONAL]'))).toEqual([]);
  });

  it('plays the fictional year once, however often it runs, and fills every page', async () => {
    const cli = await cliContext(dir.path);
    try {
      await cli.command(SeedDemoCommand).run();
      expect(cli.printed[0]).toMatch(/^Seeded the fictional 2024 scenario: \d+ steps, \d+ new events/);
      const first = (await cli.storedEvents().readAll()).length;
      expect(await cli.command(DemoSeeder).seed()).toMatchObject({ newEvents: 0 });
      expect((await cli.storedEvents().readAll()).length).toBe(first);
    } finally {
      await cli.close();
    }

    api = await startTestApp({ DATA_DIR: dir.path });
    const summer = (await api.request('GET', '/api/overviews/weekly/2024-W30', { role: 'manager' })).body;
    expect(summer.heatIllnessCasualties).toBeGreaterThan(0);
    expect(summer.activities.movements).toBeGreaterThanOrEqual(6);
    const shots = (await api.request('GET', '/api/overviews/weekly/2024-W34', { role: 'manager' })).body;
    expect(shots.useOfForce).toEqual([expect.objectContaining({ basis: 'SELF_DEFENCE', publicSummary: expect.stringMatching(/^\[FICTIONAL\]/) })]);

    const reviews = (await api.request('GET', '/api/casualty-reviews', { role: 'legal' })).body.items;
    expect(reviews.map((review: { status: string; automatic: boolean }) => [review.status, review.automatic])).toEqual([
      ['CLOSED', false],
      ['CLOSED', true],
    ]);
    const board = (await api.request('GET', '/api/parliamentary-notifications', { role: 'legal' })).body.items;
    expect(board.map((item: { kind: string; status: string }) => [item.kind, item.status])).toEqual([
      ['CIVCAS_INVESTIGATION_OPENED', 'SENT'],
      ['CIVCAS_INVESTIGATION_CONCLUDED', 'DRAFTED'],
    ]);
    const risks = (await api.request('GET', '/api/risks', { role: 'manager' })).body;
    expect(risks.total).toBe(7);
    const year = (await api.request('GET', '/api/reports/progress?from=2024-01-01&to=2024-12-31', { role: 'manager' })).body;
    expect(year.byMission.NMI).toMatchObject({ useOfForce: 2, casualtyReviews: { credible: 1, notCredible: 1, investigationsOpened: 1, investigationsConcluded: 1 } });
    expect(year.byMission.NMI.movements).toBeGreaterThan(250);
    expect(year.notifications).toMatchObject({ sent: 1, sentOnTimeShare: 1 });
  }, 180_000);
});
