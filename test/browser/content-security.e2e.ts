import { browserAgainstTestApp, policyViolations, watchPolicyViolations } from './support/browser';

describe('the content security policy, in a real browser', () => {
  const world = browserAgainstTestApp();

  it('refuses a script injected into a signed-in page, and tells of it', async () => {
    const page = await world.as('legal');
    expect(policyViolations(page)).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    // The refusal reaches the test as a console message, shortly after.
    for (let waited = 0; policyViolations(page).length === 0 && waited < 5_000; waited += 50) await page.waitForTimeout(50);
    expect(policyViolations(page)).toEqual([expect.stringContaining("script-src 'self'")]);
  });

  it('renders the API documentation with nothing refused', async () => {
    const page = await world.browser.newPage({ baseURL: world.api.baseUrl });
    watchPolicyViolations(page);
    await page.goto('/api/docs');
    await page.getByText('POST', { exact: true }).first().waitFor();
    expect(policyViolations(page)).toEqual([]);
    await page.close();
  });
});
