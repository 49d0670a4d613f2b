import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, pick, screenshot, signIn } from './support';

/** A weekday at least two days ahead, as the booking form's date field takes it (the browser is on Beijing time). */
function weekdayAhead(): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + 2 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function fillDate(page: Page, field: string, date: string) {
  await page.getByLabel(field, { exact: true }).fill(date);
  await page.getByLabel(field, { exact: true }).press('Tab');
}

test.describe('large instrument sharing', () => {
  test('a university registers an instrument, the operators verify it, an enterprise books it, the university confirms and the enterprise cancels', async ({ browser }) => {
    test.slow(); // three people, each signing in
    const name = `浏览器测试：场发射扫描电子显微镜${Date.now() % 100000}`;
    const unit = await (await browser.newContext()).newPage();
    await signIn(unit, 'changchun-university', '/me');
    // the menu opens on hover and animates: try until the form is open
    await expect(async () => {
      await unit.getByRole('button', { name: '发布其他资源' }).hover();
      await unit.getByRole('link', { name: '登记科研仪器' }).click({ timeout: 2000 });
      await expect(unit).toHaveURL(/\/new\/instrument$/, { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    await unit.getByLabel('仪器名称').fill(name);
    await unit.getByLabel('规格型号').fill('SU8010');
    await unit.getByLabel('生产厂商').fill('日立');
    await unit.getByLabel('产地国别').fill('日本');
    await pick(unit, '仪器分类', '分析仪器 / 电子光学仪器');
    await unit.getByLabel('原值（元）').fill('3200000');
    await fillDate(unit, '购置日期', '2021-06-18');
    await unit.getByLabel('安放地址').fill('长春市前进大街2699号分析测试中心105室');
    await unit.getByLabel('主要功能').fill('材料表面形貌观察与能谱成分分析。');
    await unit.getByLabel('校内/所内价（元）').fill('300');
    await unit.getByLabel('对外价（元）').fill('600');
    await unit.getByLabel(/开放共享管理制度/).fill('吉林大学大型仪器开放共享管理办法');
    // the managing unit is the member it is registered for, the opening hours a working week, until changed
    await expect(unit.getByLabel('管理单位')).not.toHaveValue('');
    await expectAccessible(unit);
    await unit.getByRole('button', { name: '保存草稿' }).click();
    await expect(unit).toHaveURL(/\/me$/);
    const draft = unit.locator('.ant-list-item').filter({ hasText: name });
    await draft.getByRole('button', { name: '提交审核' }).click();
    await expect(draft).toContainText('待审核');
    const instrumentPath = await draft.getByRole('link', { name }).getAttribute('href');

    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console');
    const queued = operator.locator('.ant-list-item').filter({ hasText: name });
    await queued.getByRole('button', { name: '通过并发布' }).click();
    await expect(queued).toHaveCount(0);

    // an enterprise finds it in province search among the instruments that take bookings, and books two hours
    const enterprise = await (await browser.newContext()).newPage();
    await signIn(enterprise, 'changchun-enterprise', '/');
    await expect(async () => {
      await enterprise.goto(`/search?kind=INSTRUMENT&available=true&q=${encodeURIComponent(name)}`);
      await expect(enterprise.locator('.ant-list-item-meta-title a').first()).toHaveText(name, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(enterprise.locator('.ant-list-item').first()).toContainText('50万元以上');
    await expect(enterprise.getByText(/分析仪器 \(\d+\)/)).toBeVisible();
    await enterprise.locator('.ant-list-item-meta-title a').first().click();
    await expect(enterprise.getByRole('heading', { name })).toBeVisible();
    await expect(enterprise.getByText('吉林大学大型仪器开放共享管理办法')).toBeVisible();
    const date = weekdayAhead();
    await fillDate(enterprise, '日期', date);
    await pick(enterprise, '开始', '09:00');
    await pick(enterprise, '结束', '11:00');
    await enterprise.getByLabel('用途与测试内容').fill('碳纤维复合材料断口形貌观察');
    await enterprise.getByRole('button', { name: '提交预约' }).click();
    await expect(enterprise.getByRole('status').filter({ hasText: '预约已提交' })).toBeVisible();
    await expect(enterprise.getByRole('list', { name: '未来两周可预约时段' })).toContainText('已约 09:00–11:00');
    await expectAccessible(enterprise);
    await screenshot(enterprise, 'instrument');

    // the period is no longer offered; the half hour before it still is
    await enterprise.getByLabel('开始', { exact: true }).click();
    await expect(enterprise.locator('.ant-select-dropdown:visible').getByTitle('08:30')).toBeVisible();
    await expect(enterprise.locator('.ant-select-dropdown:visible').getByTitle('09:00')).toHaveCount(0);
    await enterprise.keyboard.press('Escape');

    await unit.goto('/me?tab=instruments');
    const request = unit.locator('.ant-card').filter({ hasText: '本单位仪器的预约' }).getByRole('row').filter({ hasText: name });
    await expect(request).toContainText('待确认');
    await expect(request).toContainText('对外服务');
    await request.getByRole('button', { name: '确认' }).click();
    await expect(request).toContainText('已确认');
    await expectAccessible(unit);
    await screenshot(unit, 'workbench-instruments');

    await enterprise.goto('/me?tab=instruments');
    const mine = enterprise.locator('.ant-card').filter({ hasText: '我的预约' }).getByRole('row').filter({ hasText: name });
    await expect(mine).toContainText('已确认');
    await mine.getByRole('button', { name: '取消预约' }).click();
    await enterprise.getByRole('dialog').getByLabel('原因').fill('样品未能按期制备');
    await enterprise.getByRole('dialog').getByRole('button', { name: '取消预约' }).click();
    await expect(enterprise.getByRole('dialog')).toBeHidden();
    // the table is read again after the step: on a loaded machine that takes more than the default five seconds
    await expect(mine).toContainText('已取消', { timeout: 15_000 });
    await expect(mine).toContainText('样品未能按期制备');
    expect(instrumentPath).toMatch(/^\/records\//);
  });

  test('province staff rank the units, export them, conclude last year\'s review of a city and issue a voucher that the enterprise spends', async ({ browser }) => {
    test.slow(); // two people, each signing in
    const staff = await (await browser.newContext()).newPage();
    await signIn(staff, 'province-staff', '/dashboard');
    await staff.getByRole('link', { name: '仪器共享' }).click();
    await expect(staff.getByRole('heading', { name: '全省大型科研仪器开放共享' })).toBeVisible();
    await expect(staff.locator('.ant-statistic').filter({ hasText: '全省平均利用率' }).locator('.ant-statistic-content-value')).not.toHaveText('0.0');
    await expect(staff.locator('.ant-card').filter({ hasText: '管理单位利用率排名' }).getByRole('row')).not.toHaveCount(1);
    const download = staff.waitForEvent('download');
    await staff.getByRole('button', { name: '导出 CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.replace('\uFEFF', '').split('\r\n')[0]).toBe('rank,tenant_id,city,managing_unit,instruments,effective_hours,utilisation_percent,'
      + 'external_share_percent,income,rating,sharing_rules_published');
    expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThan(2);

    await staff.getByLabel('年度').first().click();
    await staff.locator('.ant-select-dropdown:visible').getByTitle(String(new Date().getFullYear() - 1)).click();
    const review = staff.locator('.ant-card').filter({ hasText: '开放共享绩效考核' });
    await expect(review).toContainText('预览（未定稿）');
    await expect(review).toContainText('后补助合计');
    await review.getByRole('button', { name: '定稿考核结果' }).click();
    await staff.locator('.ant-popconfirm').getByRole('button', { name: /确\s?定|OK/ }).click();
    await expect(review).toContainText('已定稿');
    await expect(review.getByRole('button', { name: '定稿考核结果' })).toHaveCount(0);

    const desk = staff.locator('.ant-card').filter({ hasText: '发放创新券' }).last();
    await pick(staff, '企业', '长春华创新材料科技有限公司', desk);
    await desk.getByLabel('金额（元）').fill('5000');
    await desk.getByLabel('有效期至').fill(`${new Date().getFullYear() + 1}-12-31`);
    await desk.getByLabel('有效期至').press('Tab');
    await desk.getByRole('button', { name: '发放创新券' }).click();
    await expect(desk.getByRole('status')).toContainText(/已发放 CXQ-CHANGCHUN-/);
    await expectAccessible(staff);
    await screenshot(staff, 'province-instruments');

    // the enterprise pays part of a demo use's fee with it, once
    const enterprise = await (await browser.newContext()).newPage();
    await signIn(enterprise, 'changchun-enterprise', '/me?tab=instruments');
    await expect(enterprise.locator('.ant-card').filter({ has: enterprise.getByRole('heading', { name: '创新券', exact: true }) })).toContainText('5,000');
    const used = enterprise.locator('.ant-card').filter({ hasText: '我的预约' }).getByRole('row').filter({ hasText: '已验收' }).first();
    await used.getByRole('button', { name: '创新券抵扣' }).click();
    await enterprise.getByRole('dialog').getByLabel('金额（元）').fill('100');
    await enterprise.getByRole('dialog').getByRole('button', { name: '创新券抵扣' }).click();
    await expect(used).toContainText('创新券已付 100元');
  });
});
