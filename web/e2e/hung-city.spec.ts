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
    await expect(page.getByRole('status').filter({ hasText: '以下城市暂时无法访问' })).toContainText('四平');
    await expect(page.getByRole('row').filter({ hasText: '四平' })).toContainText('无法访问', { timeout: 15_000 });
    await expect(page.getByRole('row').filter({ hasText: '长春' })).toContainText('正常');
  });
});
