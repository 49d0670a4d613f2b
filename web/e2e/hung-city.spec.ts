import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

// Run by PortalInTheBrowserTest after the others, with siping's server hung (its connections accept and never answer).
test.describe('a hung city @hung-city', () => {
  test('the home page names the city that does not answer and shows the rest of the province', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: '以下城市暂时无法访问' })).toContainText('四平');
    await expect(page.getByRole('heading', { name: '最新科技成果' })).toBeVisible();
    await expect(page.locator('.ant-list-item').filter({ hasText: '长春' }).first()).toBeVisible();
    await expect(page.locator('.ant-list-item').filter({ hasText: '吉林' }).first()).toBeVisible();
    await expect(page.locator('.ant-statistic-content-value').first()).not.toHaveText('0');
    await expectAccessible(page);
    await screenshot(page, 'home-hung-city');
  });

  test('the dashboard shows the hung city down and named as missing, with the other cities\' figures', async ({ page }) => {
    await signIn(page, 'province-staff', '/dashboard');
    // each panel asking the cities names the missing one; the city markets' table shows each city's state
    await expect(page.getByRole('status').filter({ hasText: '以下城市暂时无法访问' }).first()).toContainText('四平');
    const markets = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '市州分市场' }) });
    await expect(markets.getByRole('row').filter({ hasText: '四平' })).toContainText('无法访问', { timeout: 15_000 });
    await expect(markets.getByRole('row').filter({ hasText: '长春' })).toContainText('正常');
  });
});
