import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

test.describe('the portal, anonymously', () => {
  test('the home page shows the province totals and each city\'s newest listings', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: '科技大市场' })).toBeVisible();
    await expect(page.getByText('全省资源')).toBeVisible();
    await expect(page.getByRole('link', { name: /科技成果/ }).first()).toBeVisible();
    await expect(page.locator('.ant-statistic-content-value').first()).not.toHaveText('0');
    await expect(page.getByRole('heading', { name: '最新科技成果' })).toBeVisible();
    await expect(page.locator('.ant-list-item a').first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'home');
  });

  test('a search is refined by a city facet, opened, and leads to similar records across the province', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /搜索科技成果/ });
    await box.fill('技术');
    // with suggestions open, enter searches the words typed
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%E6%8A%80%E6%9C%AF/);
    await expect(page.getByRole('status').filter({ hasText: '条结果' })).toBeVisible();

    // the facets and results read below are the new search's, not the last one's still shown while it runs
    const results = page.locator('.search-results');
    await page.getByRole('tab', { name: '科技成果' }).click();
    await expect(page).toHaveURL(/kind=ACHIEVEMENT/);
    await expect(results).toHaveAttribute('aria-busy', 'false');
    const city = page.locator('aside .ant-checkbox-wrapper').first();
    const cityLabel = (await city.innerText()).replace(/\s*\(\d+\)$/, '');
    await city.click();
    await expect(page).toHaveURL(/city=/);
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.ant-list-item').first()).toContainText(cityLabel);
    await expectAccessible(page);
    await screenshot(page, 'search');

    // the address holds the whole search: opened afresh, it shows the same results
    const shared = page.url();
    const firstTitle = await page.locator('.ant-list-item-meta-title a').first().innerText();
    await page.goto(shared);
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('.ant-list-item-meta-title a').first()).toHaveText(firstTitle);

    await page.locator('.ant-list-item-meta-title a').first().click();
    await expect(page).toHaveURL(/\/records\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
    await expect(page.getByRole('heading', { name: '全省相似资源' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '智能匹配推荐' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'record');
  });

  test('a city market page lists what the city offers, and its address opens it again', async ({ page }) => {
    await page.goto('/');
    await page.locator('.city-link').filter({ hasText: '吉林' }).click();
    await expect(page).toHaveURL(/\/cities\/jilin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('吉林科技分市场');
    await expect(page.getByRole('heading', { name: '最新科技成果' })).toBeVisible();
    await expect(page.locator('.ant-list-item a').first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'city');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('吉林科技分市场');
  });

  test('a suggestion chosen with the arrow keys is searched; the words typed otherwise', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: /搜索科技成果/ });
    await box.fill('碳纤维');
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toBeVisible();
    await box.press('ArrowDown');
    const chosen = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
    await expect(chosen).toHaveCount(1);
    const suggestion = (await chosen.innerText()).trim();
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(suggestion);
    expect(new URL(page.url()).pathname).toBe('/search');
  });

  test('highlights show what a publisher typed as text, never as markup', async ({ page }) => {
    await page.goto('/search?q=%E6%8A%80%E6%9C%AF');
    await expect(page.getByRole('status').filter({ hasText: '条结果' })).toBeVisible();
    expect(await page.locator('.highlight script, .highlight img, .highlight iframe').count()).toBe(0);
  });

  test('the portal switches to English and back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByText('Across the province')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByText('全省资源')).toBeVisible();
  });

  test('the workbench asks a visitor to sign in', async ({ page }) => {
    await page.goto('/me');
    await expect(page.getByText('请先登录')).toBeVisible();
    await expectAccessible(page);
  });
});
