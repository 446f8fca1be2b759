import { TEST_PASSWORD } from '../support/test-app';
import { browserAgainstTestApp, PHONE, screenshot } from './support/browser';

describe('an administrator acting on a leaked or departed account (SPEC 2)', () => {
  const world = browserAgainstTestApp();
  const rowOf = async (username: string) => (await world.as('admin')).locator('tr', { has: (await world.as('admin')).getByText(username, { exact: true }) });

  it('disables an account after confirming, and the token it held is refused at once', async () => {
    const page = await world.as('admin');
    await page.getByRole('link', { name: 'System' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await (await rowOf('operations-user')).getByText('Active').waitFor();
    await screenshot(page, 'account-admin-1280');

    await page.getByRole('button', { name: 'Disable operations-user' }).click();
    await page.getByRole('heading', { name: 'Disable operations-user' }).waitFor();
    // Nothing is sent before the confirmation: Cancel leaves the account as it was.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await world.api.request('GET', '/api/incidents', { role: 'operations' })).toMatchObject({ status: 200 });

    await page.getByRole('button', { name: 'Disable operations-user' }).click();
    await screenshot(page, 'account-admin-confirm-disable-1280');
    await page.getByRole('button', { name: 'Disable account' }).click();
    await page.getByText('operations-user is disabled and signed out everywhere.').waitFor();
    await (await rowOf('operations-user')).getByText('Disabled').waitFor();
    expect((await world.api.request('GET', '/api/incidents', { role: 'operations' })).status).toBe(401);
    expect(await (await rowOf('operations-user')).getByRole('button').allTextContents()).toEqual(['Enable', 'Reset password']);
  });

  it('resets a password: a short one is refused next to the field, a good one ends the sessions', async () => {
    const page = await world.as('admin');
    await page.getByRole('button', { name: 'Reset password legal-user' }).click();
    await page.getByLabel('New password').fill('too short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    const field = page.locator('.field', { has: page.getByLabel('New password') });
    await field.locator('.field-error').waitFor();
    expect(await field.locator('.field-error').textContent()).toMatch(/at least 12/);
    await screenshot(page, 'account-admin-reset-refused-1280');
    await page.getByLabel('New password').fill('a brand new long password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('legal-user has a new password and is signed out everywhere.').waitFor();
    await screenshot(page, 'account-admin-reset-done-1280');
    expect((await world.api.request('GET', '/api/incidents', { role: 'legal' })).status).toBe(401);
    const signIn = (password: string) => world.api.request('POST', '/api/auth/token', { body: { username: 'legal-user', password } });
    expect([(await signIn(TEST_PASSWORD)).status, (await signIn('a brand new long password')).status]).toEqual([401, 200]);
  });

  it('reads on a phone: each account a labelled card with its actions', async () => {
    const page = await world.as('admin', PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'System' }).click();
    await (await page.locator('tr', { has: page.getByText('manager-user', { exact: true }) })).getByText('Active').waitFor();
    await screenshot(page, 'account-admin-375');
  });
});
