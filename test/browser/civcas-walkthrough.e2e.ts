import type { Page } from 'playwright-core';
import { weekOf } from '../../libs/reporting/src/week/iso-week';
import { browserAgainstTestApp, DESKTOP, PHONE, screenshot } from './support/browser';

/** A day two weeks back: its week has ended, so a manager may publish it. */
const incidentDay = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);

async function mainNav(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
}

describe('a use of force with casualties, from the operator to the manager', () => {
  const world = browserAgainstTestApp();
  let reviewUrl = '';
  let notificationUrl = '';

  it('operations logs the use of force, which opens a CIVCAS review they cannot decide', async () => {
    const page = await world.as('operations');
    expect(await mainNav(page)).toEqual(['Log incident', 'Incidents', 'CIVCAS', 'Risks', 'Weekly overview']);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log incident' }).click();
    await page.getByLabel('Category').selectOption('USE_OF_FORCE');
    await page.getByLabel('Mission').selectOption('NMI');
    await page.getByLabel('Occurred at').fill(`${incidentDay}T10:00`);
    await page.getByLabel('Severity').selectOption('4');
    await page.getByLabel('Location').fill('Route Irish, Baghdad');
    await page.getByLabel('Legal basis').selectOption('SELF_DEFENCE');
    await page.getByLabel('Highest escalation').selectOption('AIMED_FIRE');
    await page.getByLabel('Rounds fired').fill('4');
    await page.getByRole('group', { name: 'Were casualties observed?' }).getByLabel('Yes').check();
    await page.getByLabel('Public summary').fill('An escort team fired at a vehicle that kept approaching after warnings.');
    await page.getByLabel('What happened').fill('Vehicle ignored hand signals and warning shots at 50 m; four aimed rounds; two occupants seen injured.');
    await screenshot(page, 'use-of-force-form-1280');
    await page.getByRole('button', { name: 'Log incident' }).click();
    await page.getByText('A CIVCAS review has been opened for the legal advisers.').waitFor();

    await page.getByRole('link', { name: /Review opened/ }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    reviewUrl = new URL(page.url()).pathname;
    expect(await page.getByRole('button', { name: 'Record assessment' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Next steps' }).count()).toBe(0);
  });

  it('legal assesses the review as credible and opens an investigation', async () => {
    const page = await world.as('legal');
    expect(await mainNav(page)).toEqual(['Incidents', 'CIVCAS', 'Notifications', 'Risks', 'Weekly overview']);
    await page.getByRole('cell', { name: 'Route Irish, Baghdad' }).waitFor();
    await screenshot(page, 'civcas-queue-1280');
    await page.goto(reviewUrl);
    await page.getByRole('group', { name: 'Outcome' }).getByLabel('Credible', { exact: true }).check();
    await page.getByLabel('Rationale').fill('Own forces observed two injured occupants after aimed fire.');
    await page.getByRole('button', { name: 'Record assessment' }).click();
    await page.getByLabel('Investigating authority').fill('Koninklijke Marechaussee');
    await page.getByLabel('Reference').fill('KMar 2024-117');
    expect(await page.getByRole('button', { name: 'Record assessment' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open investigation' }).click();
    await page.getByRole('button', { name: 'Conclude and close' }).waitFor();
    expect(await page.locator('.page-header .badge').textContent()).toBe('Investigation opened');
    await screenshot(page, 'civcas-case-1280');
  });

  it('legal drafts the notification to parliament but may not approve it', async () => {
    const page = await world.as('legal');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('link', { name: 'CIVCAS investigation opened' }).click();
    notificationUrl = new URL(page.url()).pathname;
    await page.getByLabel('Text of the letter').fill('Hierbij informeer ik uw Kamer dat een onderzoek is geopend naar mogelijke burgerslachtoffers.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Hierbij informeer ik uw Kamer', { exact: false }).first().waitFor();
    await page.locator('.page-header .badge', { hasText: 'Drafted' }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  });

  it('the manager approves it and sees it on the board; the draft form is not theirs', async () => {
    const page = await world.as('manager');
    expect(await mainNav(page)).toEqual(['Incidents', 'CIVCAS', 'Notifications', 'Risks', 'Weekly overview', 'Progress report']);
    await page.goto(notificationUrl);
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.locator('.page-header .badge', { hasText: 'Approved' }).waitFor();
    await page.getByLabel('Paper reference').waitFor();
    await screenshot(page, 'notification-approved-1280');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('cell', { name: 'Approved' }).waitFor();
    await screenshot(page, 'notification-board-1280');
  });

  it('the manager publishes the week of the use of force, with its charts, list, CSV and public edition', async () => {
    const page = await world.as('manager');
    const week = weekOf(`${incidentDay}T07:00:00Z`, world.api.config.reportingTimeZone);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Weekly overview' }).click();
    await page.getByRole('heading', { name: /^Weekly overview / }).waitFor();
    for (let step = 0; step < 5 && !(await page.getByRole('heading', { name: `Weekly overview ${week}` }).isVisible()); step++) {
      await page.getByRole('button', { name: 'Previous week' }).click();
    }
    await page.getByRole('heading', { name: `Weekly overview ${week}` }).waitFor();
    await page.getByRole('cell', { name: 'An escort team fired at a vehicle that kept approaching after warnings.' }).waitFor();
    expect(await page.locator('.page-header .badge').textContent()).toBe('Draft · not published');
    await page.getByRole('button', { name: 'Publish week' }).click();
    await page.locator('.page-header .badge', { hasText: 'Published · revision 1' }).waitFor();
    expect(await page.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
    await screenshot(page, 'weekly-overview-1280');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`weekly-overview-${week}.csv`);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'weekly-overview-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Public edition' }).click();
    await page.getByText('An escort team fired at a vehicle that kept approaching after warnings.').waitFor();
    expect(await page.getByText('Route Irish').count()).toBe(0);
    await screenshot(page, 'public-edition-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'public-edition-375');
  });

  it('a late report marks the published week for correction, and the manager can publish revision 2', async () => {
    const week = weekOf(`${incidentDay}T07:00:00Z`, world.api.config.reportingTimeZone);
    const late = await world.api.request('POST', '/api/incidents', {
      role: 'operations',
      body: {
        category: 'HEAT_ILLNESS', mission: 'NMI', occurredAt: `${incidentDay}T12:00:00+03:00`, location: { name: 'Camp Union III' },
        summary: 'Two soldiers with heat exhaustion after a foot patrol.', severity: 2,
        details: { casualties: 2, severity: 'HEAT_EXHAUSTION', wbgtCelsius: 33.5, acclimatised: true },
      },
    });
    expect(late.status).toBe(201);
    const page = await world.as('manager');
    await page.setViewportSize(DESKTOP);
    await page.goto(`/overviews/weekly/${week}`);
    await page.getByText('This published week needs a correction').waitFor();
    expect(await page.locator('.late-entries li').count()).toBe(1);
    expect(await page.locator('.late-entries li').textContent()).toMatch(/^Incident added/);
    await page.getByRole('button', { name: 'Publish revision 2' }).waitFor();
    await screenshot(page, 'weekly-overview-correction-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'weekly-overview-correction-375');
    await page.setViewportSize(DESKTOP);
  });

  it('the manager reads the progress report over a chosen range', async () => {
    const page = await world.as('manager');
    await page.setViewportSize(DESKTOP);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress report' }).click();
    await page.getByLabel('From').fill(incidentDay);
    await page.getByLabel('To').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(new RegExp(`from=${incidentDay}`));
    // The report for the chosen range replaces the default one once its request answers: wait for its numbers.
    const uses = page.getByRole('row', { name: 'Uses of force 1 0 0 0 1', exact: true });
    await uses.waitFor();
    expect(await uses.getByRole('cell').allTextContents()).toEqual(['1', '0', '0', '0', '1']);
    await screenshot(page, 'progress-report-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'progress-report-375');
  });

  it('reads well at phone width, where an overdue notification stands out', async () => {
    const page = await world.as('legal', PHONE);
    await page.goto(reviewUrl);
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await screenshot(page, 'civcas-case-375');
    // Fourteen days cannot pass in a test: the real board answer, with the CIVCAS notification made overdue.
    await page.route(/\/api\/parliamentary-notifications\?/, async (route) => {
      const answer = await route.fetch();
      const board = await answer.json();
      const late = { overdue: true, dueAt: new Date(Date.now() - 3 * 86_400_000).toISOString() };
      board.items = board.items.map((item: { kind: string }) => (item.kind === 'CIVCAS_INVESTIGATION_OPENED' ? { ...item, ...late } : item));
      await route.fulfill({ response: answer, json: board });
    });
    await page.goto('/notifications');
    await page.getByRole('link', { name: 'CIVCAS investigation opened' }).waitFor();
    expect(await page.locator('tr.row--overdue').count()).toBe(1);
    expect(await page.locator('tr.row--overdue').getByText('Overdue 3 d').count()).toBe(1);
    await screenshot(page, 'notification-board-overdue-375');
  });

  it('shows the administrator only the system page, and no one a control their role may not use', async () => {
    const admin = await world.as('admin');
    expect(await mainNav(admin)).toEqual(['System']);
    await admin.getByRole('heading', { name: 'Accounts' }).waitFor();
    await screenshot(admin, 'system-1280');
    await admin.goto('/incidents/new');
    await admin.getByText('Not available to your role').waitFor();
    expect(await admin.getByRole('button', { name: 'Log incident' }).count()).toBe(0);

    const legal = await world.as('legal');
    await legal.goto('/risks');
    await legal.getByRole('heading', { name: 'Heatmap' }).waitFor();
    expect(await legal.getByRole('link', { name: 'Identify a risk' }).count()).toBe(0);
    await legal.goto('/reports/progress');
    await legal.getByText('Not available to your role').waitFor();
  });

  it('legal reports a suspicion from another source, which opens a case of its own', async () => {
    const page = await world.as('legal');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'CIVCAS' }).click();
    await page.getByRole('link', { name: 'Report a suspicion' }).click();
    await page.getByLabel('Source').selectOption('NGO');
    await page.getByLabel('Mission').selectOption('OIR');
    await page.getByLabel('Occurred at').fill(`${incidentDay}T16:30`);
    await page.getByLabel('Location').fill('Hit, Anbar');
    await page.getByLabel('Estimated killed').fill('1');
    await page.getByLabel('Description').fill('An NGO reports a civilian killed near a coalition strike.');
    await page.getByRole('button', { name: 'Report suspicion' }).click();
    await page.getByRole('heading', { name: 'CIVCAS review · Hit, Anbar' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record assessment' }).count()).toBe(1);
  });
});
