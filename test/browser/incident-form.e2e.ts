import { TEST_PASSWORD } from '../support/test-app';
import { browserAgainstTestApp, PHONE, screenshot } from './support/browser';

describe('operations at work: logging incidents and identifying risks', () => {
  const world = browserAgainstTestApp();

  it('shows the server’s refusal next to the field and keeps everything typed', async () => {
    const page = await world.as('operations');
    // Keyboard: after signing in, focus sits on the page's title, and Tab continues into the page itself.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Log incident');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Log an incident' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await page.getByLabel('Category').selectOption('INDIRECT_FIRE');
    await page.getByLabel('Mission').selectOption('NMI');
    await page.getByLabel('Occurred at').fill('2024-03-04T21:15');
    await page.getByLabel('Severity').selectOption('3');
    await page.getByLabel('Location').fill('Camp Union III');
    await page.getByLabel('Munition').selectOption('ROCKET');
    await page.getByLabel('Rounds').fill('3');
    await page.getByLabel('Intercepted').fill('5');
    await page.getByLabel('What happened').fill('Three rockets towards Camp Union III; C-RAM engaged.');
    await page.getByRole('button', { name: 'Log incident' }).click();

    const intercepted = page.locator('.field', { has: page.getByLabel('Intercepted') });
    await intercepted.locator('.field-error').waitFor();
    expect(await intercepted.locator('.field-error').textContent()).toMatch(/intercepted/i);
    expect(await page.getByRole('alert').first().evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByLabel('What happened').inputValue()).toBe('Three rockets towards Camp Union III; C-RAM engaged.');
    expect(await page.getByLabel('Location').inputValue()).toBe('Camp Union III');
    await screenshot(page, 'incident-form-refused-1280');

    await page.getByLabel('Intercepted').fill('2');
    await page.getByRole('button', { name: 'Log incident' }).click();
    await page.getByText('Incident logged').waitFor();
    // The detail renders its title once its request answers ("Incident" until then).
    await page.getByRole('heading', { level: 1, name: 'Indirect fire · Camp Union III', exact: true }).waitFor();
    await screenshot(page, 'incident-detail-1280');

    await page.getByRole('link', { name: 'Amend' }).click();
    await page.getByLabel('Intercepted').fill('3');
    await page.getByLabel('Reason for the amendment').fill('C-RAM log shows all three rounds intercepted.');
    await page.getByRole('button', { name: 'Save amendment' }).click();
    await page.getByText('C-RAM log shows all three rounds intercepted.').waitFor();
    expect(await page.locator('.changes li').allTextContents()).toEqual(['Details: munition: Rocket, rounds: 3, intercepted: 2 → munition: Rocket, rounds: 3, intercepted: 3']);

    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByLabel('Category').selectOption('INDIRECT_FIRE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/category=INDIRECT_FIRE/);
    // The filtered page renders after its request answers: wait for the one row rather than count at once.
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1, undefined, { timeout: 10_000 });
    expect(await page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'incident-register-1280');
  });

  it('works at phone width behind a menu button, and keeps a draft through a reload and a lapsed sign-in', async () => {
    const page = await world.as('operations', PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log incident' }).click();
    await page.getByLabel('Category').selectOption('USE_OF_FORCE');
    await page.getByLabel('Public summary').fill('Warning shots at a vehicle approaching a convoy.');
    await page.reload();
    expect(await page.getByLabel('Public summary').inputValue()).toBe('Warning shots at a vehicle approaching a convoy.');
    await screenshot(page, 'incident-form-375');

    // A token the server no longer accepts (as when it expires mid-report): sign in again, nothing typed is lost.
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('register.session')!);
      sessionStorage.setItem('register.session', JSON.stringify({ ...session, token: 'expired' }));
    });
    await page.getByRole('button', { name: 'Log incident' }).click();
    await page.getByText('Your session has ended').waitFor();
    await page.getByLabel('Username').fill('operations-user');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Public summary').waitFor();
    expect(new URL(page.url()).pathname).toBe('/incidents/new');
    expect(await page.getByLabel('Public summary').inputValue()).toBe('Warning shots at a vehicle approaching a convoy.');
  });

  it('identifies a risk, which lands in the register and the heatmap, and adds a mitigation', async () => {
    const page = await world.as('operations');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risks' }).click();
    await page.getByRole('link', { name: 'Identify a risk' }).click();
    await page.getByLabel('Title').fill('Rocket attack on Camp Union III');
    await page.getByLabel('Category').selectOption('INDIRECT_FIRE');
    await page.getByLabel('Mission').selectOption('NMI');
    await page.getByLabel('Owner').fill('Company commander');
    await page.getByLabel('Review by').fill('2027-03-01');
    await page.getByLabel('Description').fill('Iran-affiliated militias fire rockets at the camp.');
    await page.getByLabel('Likelihood', { exact: true }).selectOption('4');
    await page.getByLabel('Impact', { exact: true }).selectOption('5');
    await page.getByRole('button', { name: 'Identify risk' }).click();
    await page.getByText('Score 20 · Critical').waitFor();
    await page.getByLabel('Mitigation', { exact: true }).fill('Harden sleeping quarters with overhead cover.');
    await page.getByLabel('Owner', { exact: true }).fill('Engineers');
    await page.getByLabel('Due by').fill('2027-01-15');
    await page.getByRole('button', { name: 'Add mitigation' }).click();
    await page.getByRole('button', { name: /Mark complete/ }).waitFor();
    await screenshot(page, 'risk-detail-1280');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risks' }).click();
    const cell = page.getByRole('cell', { name: 'Likelihood 4, impact 5: 1 open risk, critical' });
    expect(await cell.textContent()).toBe('1');
    await screenshot(page, 'risk-register-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'risk-register-375');
  });
});
