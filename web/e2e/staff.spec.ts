import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot } from './support';

test.describe('province staff', () => {
  test('the dashboard draws the year\'s contracts by month, city and type, the match funnel, and each city\'s health', async ({ page }) => {
    await page.goto('/dashboard');
    await page.getByRole('button', { name: '登录' }).first().click();
    await page.getByLabel('Username').fill('province-staff');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('heading', { name: '全省驾驶舱' })).toBeVisible();
    // the demo contracts are registered this year and last: the figures are not zero
    await expect(page.locator('.ant-statistic').filter({ hasText: '登记技术合同' }).locator('.ant-statistic-content-value')).not.toHaveText('0');
    for (const chart of ['成交额按月（同上年比较）', '成交额按合同类型', '成交额按市州', '撮合转化漏斗', '发布资源按市州', '注册会员按市州']) {
      await expect(page.getByRole('img', { name: new RegExp(chart.replace(/[（）]/g, '.')) }).locator('canvas')).toBeVisible();
    }
    const markets = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '市州分市场' }) });
    await expect(markets.getByRole('cell', { name: '长春' })).toBeVisible();
    await expect(markets.getByRole('cell', { name: '正常', exact: true }).first()).toBeVisible();
    await expect(markets.getByRole('row').filter({ hasText: '长春' })).toContainText('正常调用');
    // the year's activities and financing, from every city
    const activities = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '各市州活动与融资' }) });
    await expect(activities.getByRole('row').filter({ hasText: '长春' })).toBeVisible();
    for (const chart of ['各月活动，按类型', '各月融资申请、审批与放款金额']) {
      await expect(page.getByRole('img', { name: chart }).locator('canvas')).toBeVisible();
    }

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^contracts-\d{4}\.csv$/);
    await expectAccessible(page);
    await screenshot(page, 'dashboard');
  });
});
