import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Role } from '../../../libs/platform/src/role';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-output', 'screenshots');
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/** Debian's Chromium, headless, with everything that phones home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context (its own session storage) signed in through the sign-in page as `<role>-user`. */
export async function signedInPage(browser: Browser, api: TestApp, role: Role, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: api.baseUrl, timezoneId: 'Asia/Baghdad', locale: 'en-GB' });
  const page = await context.newPage();
  watchPolicyViolations(page);
  page.setDefaultTimeout(10_000);
  await page.goto('/');
  await page.getByLabel('Username').fill(`${role}-user`);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#page-title').waitFor();
  return page;
}

/** Form fields on the page that have no label a screen reader could announce (should be none). */
export function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea'))
      .filter((field) => field.type !== 'hidden' && (field.labels?.length ?? 0) === 0 && !field.getAttribute('aria-label') && !field.getAttribute('aria-labelledby'))
      .map((field) => field.outerHTML),
  );
}

const refusedByPolicy = new WeakMap<Page, string[]>();

/** Records what the content security policy makes the browser refuse on this page from now on. */
export function watchPolicyViolations(page: Page): void {
  const refused: string[] = [];
  refusedByPolicy.set(page, refused);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
}

/** What the content security policy refused on a watched page (should be nothing). */
export function policyViolations(page: Page): string[] {
  return refusedByPolicy.get(page) ?? [];
}

/**
 * Checks every form field is labelled and nothing was refused by the content security policy, then saves a
 * full-page screenshot to test-output/screenshots/<name>.png.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  expect(await unlabelledFields(page)).toEqual([]);
  expect(policyViolations(page)).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** One signed-in page per role and viewport, made on first use: each role signs in through the page once. */
export function pagesByRole(browser: Browser, api: TestApp): (role: Role, viewport?: typeof DESKTOP) => Promise<Page> {
  const pages = new Map<string, Promise<Page>>();
  return (role, viewport = DESKTOP) => {
    const key = `${role}@${viewport.width}`;
    if (!pages.has(key)) pages.set(key, signedInPage(browser, api, role, viewport));
    return pages.get(key)!;
  };
}

export interface BrowserWorld {
  api: TestApp;
  browser: Browser;
  /** The signed-in page of a role (per viewport), signing in through the page on first use. */
  as: (role: Role, viewport?: typeof DESKTOP) => Promise<Page>;
}

/** Starts the real service and Chromium for a test file (in parallel) and closes both after it. */
export function browserAgainstTestApp(): BrowserWorld {
  const world = {} as BrowserWorld;
  beforeAll(async () => {
    [world.api, world.browser] = await Promise.all([startTestApp(), launchChromium()]);
    world.as = pagesByRole(world.browser, world.api);
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.api?.close();
  });
  return world;
}
