import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test.describe('activities and finance', () => {
  test('a visitor finds an exhibit within the rolling exhibition, and an enterprise registers for a coming roadshow', async ({ browser }) => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto('/activities');
    await expect(visitor.getByRole('link', { name: /流动的网上展会/ }).first()).toBeVisible();
    await expect(visitor.getByRole('link', { name: /先进装备制造专题对接会/ }).first()).toBeVisible();
    await expectAccessible(visitor);
    await screenshot(visitor, 'activities-calendar');

    await visitor.getByRole('link', { name: /长春流动的网上展会/ }).click();
    await expect(visitor.getByRole('heading', { name: '展品' })).toBeVisible();
    const first = (await visitor.locator('.ant-list-item .ant-list-item-meta-title a').first().textContent()) ?? '';
    await visitor.getByRole('searchbox', { name: '在展会内搜索' }).fill(first.slice(0, 4));
    await visitor.getByRole('searchbox', { name: '在展会内搜索' }).press('Enter');
    await expect(visitor.locator('.ant-list-item').filter({ hasText: first }).first()).toBeVisible();
    await expectAccessible(visitor);
    await screenshot(visitor, 'activities-exhibition');

    const enterprise = await (await browser.newContext()).newPage();
    await signIn(enterprise, 'changchun-enterprise', '/activities');
    // the coming fair has the demo enterprise registered already; the coming roadshow not yet
    await enterprise.getByRole('link', { name: /长春科技型企业常态化融资路演（第4期）/ }).click();
    await enterprise.getByRole('button', { name: '报名参加' }).click();
    await expect(enterprise.getByText('已报名', { exact: true })).toBeVisible();
    await expectAccessible(enterprise);
    await enterprise.goto('/me?tab=activities');
    await expect(enterprise.locator('.ant-list-item').filter({ hasText: '融资路演（第4期）' })).toContainText('已报名');
    await expect(enterprise.locator('.ant-list-item').filter({ hasText: '先进装备制造专题对接会' })).toContainText('已报名');
    await expectAccessible(enterprise);
    await screenshot(enterprise, 'activities-workbench');
  });

  test('an enterprise files a financing need and sends it to the bank the system suggests; the bank answers and the enterprise sees it', async ({ browser }) => {
    test.slow(); // two people, each signing in, and a search for suggestions

    const enterprise = await (await browser.newContext()).newPage();
    await signIn(enterprise, 'changchun-enterprise', '/me?tab=activities');
    await enterprise.getByRole('button', { name: '发布融资需求' }).click();
    const form = enterprise.getByRole('dialog');
    await form.getByLabel('项目名称').fill('石墨烯散热片扩产');
    await form.getByLabel('融资金额（元）').fill('3000000');
    await form.getByLabel('资金用途').fill('新增两条涂布线，扩大散热片产能。');
    await form.getByLabel('行业').click();
    await enterprise.locator('.ant-select-dropdown:visible').getByTitle('化工新材料').click();
    await form.getByRole('button', { name: /确\s*定|OK/ }).click();
    const request = enterprise.locator('.ant-list-item').filter({ hasText: '石墨烯散热片扩产' });
    await expect(request).toContainText('对接中');

    await request.getByRole('button', { name: '推送给金融机构' }).click();
    const suggestions = enterprise.getByRole('dialog');
    await expect(suggestions.getByText(/长春农村商业银行科技支行/)).toBeVisible({ timeout: 30_000 });
    await expectAccessible(enterprise);
    await screenshot(enterprise, 'financing-suggestions');
    await suggestions.getByRole('checkbox', { name: /长春农村商业银行科技支行/ }).check();
    await suggestions.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(request).toContainText('已推送');

    const bank = await (await browser.newContext()).newPage();
    await signIn(bank, 'changchun-bank', '/me?tab=activities');
    const received = bank.locator('.ant-list-item').filter({ hasText: '石墨烯散热片扩产' });
    await received.getByRole('button', { name: '有意向' }).click();
    await expect(received).toContainText('有意向');
    await expectAccessible(bank);
    await screenshot(bank, 'financing-institution');

    await enterprise.reload();
    await expect(enterprise.locator('.ant-list-item').filter({ hasText: '石墨烯散热片扩产' })).toContainText('有意向');
  });
});
