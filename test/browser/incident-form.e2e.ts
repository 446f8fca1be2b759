import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchChromium, PHONE, screenshot, signedInPage } from './support/browser';

describe('logging an incident in the browser', () => {
  let api: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the server’s refusal next to the field and keeps everything typed', async () => {
    const page = await signedInPage(browser, api, 'operations');
    await page.getByRole('link', { name: 'Log incident' }).first().click();
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
    expect(await page.locator('h1').textContent()).toBe('Indirect fire · Camp Union III');
    await screenshot(page, 'incident-detail-1280');

    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByLabel('Category').selectOption('INDIRECT_FIRE');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/category=INDIRECT_FIRE/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'incident-register-1280');
  });

  it('works at phone width behind a menu button, and keeps a draft through a reload', async () => {
    const page = await signedInPage(browser, api, 'operations', PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log incident' }).click();
    await page.getByLabel('Category').selectOption('USE_OF_FORCE');
    await page.getByLabel('Public summary').fill('Warning shots at a vehicle approaching a convoy.');
    await page.reload();
    expect(await page.getByLabel('Public summary').inputValue()).toBe('Warning shots at a vehicle approaching a convoy.');
    await screenshot(page, 'incident-form-375');
  });
});
