import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SCREENSHOTS = process.env.SCREENSHOTS ?? 'test-results/screenshots';

/** No serious or critical accessibility violation on the page as it is now (axe-core, WCAG 2 A and AA). */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A full-page screenshot kept as test output, at desktop and at phone width. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}

/** Signs in at the authorization server's form; each person has a browser context of their own, as they would a browser. */
export async function signIn(page: Page, username: string, then: string) {
  await page.goto(then);
  await page.evaluate(() => localStorage.setItem('workbench-city', 'changchun'));
  await page.getByRole('button', { name: '登录' }).first().click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
}

/** Picks a choice in a dropdown field: open it, pick, and see it taken (the dropdown animates in, so this retries). */
export async function pick(page: Page, field: string, choice: string, within?: Locator) {
  const scope = within ?? page;
  await expect(async () => {
    await scope.getByLabel(field, { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(choice).click({ timeout: 2000 });
    await expect(scope.locator('.ant-form-item').filter({ has: page.getByLabel(field, { exact: true }) })).toContainText(choice, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('Escape');
}
