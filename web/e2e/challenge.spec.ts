import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, pick, screenshot, signIn } from './support';

/** A day and time this many days ahead, as the date pickers take it (the browser is on Beijing time). */
function ahead(days: number, time?: string): string {
  const date = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return time ? `${date} ${time}` : date;
}

async function fillPicker(page: Page, field: string, value: string, nth = 0) {
  const input = page.getByLabel(field, { exact: true }).nth(nth);
  await input.fill(value);
  await input.press('Enter');
}

test.describe('challenge lists', () => {
  test('province staff publish a list, a Changchun university applies (its plan refused once), and staff find the application on the list', async ({ browser }) => {
    test.slow(); // two people, each signing in
    const title = `浏览器测试：寒区氢燃料电池冷启动攻关${Date.now() % 100000}`;
    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, 'province-staff', '/console?tab=challenge');
    await staff.getByRole('button', { name: '发布揭榜挂帅榜单' }).click();
    await staff.getByLabel('榜单名称').fill(title);
    await pick(staff, '行业', '汽车及零部件');
    await staff.getByLabel('需解决的问题').fill('燃料电池汽车在零下三十度冷启动时间长，制约寒区推广。');
    await staff.getByLabel('考核指标').fill('-30℃无辅助冷启动');
    await staff.getByLabel('考核指标').press('Enter');
    await staff.getByLabel('榜额（元）').fill('8000000');
    await staff.getByLabel('出资方').fill('吉林省科学技术厅');
    await fillPicker(staff, '申报截止时间', ahead(60, '17:00'));
    await staff.getByLabel('发榜单位').fill('吉林省科学技术厅');
    await expectAccessible(staff);
    await staff.getByRole('button', { name: '发布揭榜挂帅榜单' }).click();
    await expect(staff).toHaveURL(/tab=challenge/);
    await expect(staff.locator('.ant-table-row').filter({ hasText: title })).toContainText('揭榜中');

    // a Changchun university finds it in province search and applies for its verified member
    const university = await (await browser.newContext()).newPage();
    await signIn(university, 'changchun-university', '/');
    await expect(async () => {
      await university.goto(`/search?kind=CHALLENGE&q=${encodeURIComponent(title)}`);
      await university.locator('.ant-list-item-meta-title a').first().click({ timeout: 2000 });
      await expect(university.getByRole('heading', { name: title })).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await expect(university.getByText('-30℃无辅助冷启动')).toBeVisible();
    await university.getByRole('link', { name: '我要揭榜' }).click();
    await pick(university, '牵头单位', '长春理工学院（长春）');
    await university.getByLabel('姓名', { exact: true }).fill('刘建华');
    await university.getByLabel('单位', { exact: true }).fill('长春理工学院');
    await university.getByLabel('攻关方案').fill('以低铂催化剂和自加热启动策略为核心，联合整车企业开展寒区验证。');
    await university.getByLabel('经费预算（元）').fill('7500000');
    await university.getByLabel('里程碑', { exact: true }).nth(0).fill('电堆样机');
    await university.getByLabel('交付物', { exact: true }).nth(0).fill('样机及低温测试报告');
    await fillPicker(university, '完成日期', ahead(120), 0);
    await university.getByLabel('付款比例（%）').nth(0).fill('30');
    await university.getByLabel('里程碑', { exact: true }).nth(1).fill('整车示范');
    await university.getByLabel('交付物', { exact: true }).nth(1).fill('寒区示范运行报告');
    await fillPicker(university, '完成日期', ahead(300), 1);
    await expectAccessible(university);
    // shares of 30 and 60 do not make a whole: the server says so at the milestones, and nothing is sent on
    await university.getByRole('button', { name: '提交申请' }).click();
    await expect(university.locator('.ant-form-item-explain-error').filter({ hasText: '100' })).toBeVisible();
    await university.getByLabel('付款比例（%）').nth(0).fill('40');
    await university.getByRole('button', { name: '提交申请' }).click();
    await expect(university).toHaveURL(/tab=challenges/);
    const mine = university.locator('.ant-list-item').filter({ hasText: title });
    await expect(mine).toContainText('已提交');
    await expect(university.getByText('本单位会员编号（供牵头单位填写）').first()).toBeVisible();
    await expectAccessible(university);
    await screenshot(university, 'challenge-workbench');

    // staff open the list: the application is there, and the draw waits for the deadline
    await staff.reload();
    await staff.getByRole('link', { name: title }).click();
    await expect(staff.getByRole('heading', { name: title })).toBeVisible();
    await expect(staff.locator('.ant-table-row').filter({ hasText: '长春理工学院' })).toContainText('已提交');
    await expect(staff.getByRole('button', { name: '抽取' })).toHaveCount(0);
    await expectAccessible(staff);
    await screenshot(staff, 'challenge-case');
  });
});
