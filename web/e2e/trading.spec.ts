import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test.describe('trading', () => {
  test('a listed achievement is found in search, a Changchun bank registers its intent, an objection is dismissed by the operator, and the owner sees two intents', async ({ browser }) => {
    test.slow(); // four people, each signing in

    // anyone: the listed achievements, notices closing soonest first, lead to the listing's page
    const visitor = await (await browser.newContext()).newPage();
    await expect(async () => {
      await visitor.goto('/search?kind=ACHIEVEMENT&listed=true&sort=NOTICE_ENDING&city=changchun');
      await expect(visitor.locator('.ant-list-item').filter({ hasText: '挂牌公示中' }).first()).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await expectAccessible(visitor);
    await visitor.locator('.ant-list-item').filter({ hasText: '挂牌公示中' }).first().locator('.ant-list-item-meta-title a').click();
    await visitor.getByRole('link', { name: '查看挂牌项目' }).click();
    await expect(visitor.getByText('竞价', { exact: true })).toBeVisible();
    await expect(visitor.getByText('公示期内无异议')).toBeVisible();
    const listingUrl = visitor.url();
    await expectAccessible(visitor);
    await screenshot(visitor, 'trading-listing');

    // a verified Changchun bank registers its intent at the reserve, with its deposit's reference
    const bank = await (await browser.newContext()).newPage();
    await signIn(bank, 'changchun-bank', listingUrl.replace(/^https?:\/\/[^/]+/, ''));
    await expect(bank.getByRole('heading', { name: '意向受让登记' })).toBeVisible();
    await bank.getByLabel(/缴纳凭证号/).fill('CCB-2026-1204-001');
    await bank.getByRole('button', { name: '提交意向' }).click();
    await expect(bank.getByText(/已登记：.*竞买人2/)).toBeVisible();
    await expectAccessible(bank);

    // somebody objects; the operator dismisses it from the console, saying why
    const objector = await (await browser.newContext()).newPage();
    await signIn(objector, 'changchun-applicant', listingUrl.replace(/^https?:\/\/[^/]+/, ''));
    await objector.getByLabel('异议理由').fill('该成果的专利共有人未在挂牌材料中列明。');
    await objector.getByRole('button', { name: '提出异议' }).click();
    await expect(objector.getByText('待处理')).toBeVisible();

    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console?tab=trading');
    const row = operator.locator('.ant-table-row').filter({ hasText: '专利共有人' });
    await row.getByRole('button', { name: '异议不成立' }).click();
    await operator.getByRole('dialog').getByRole('textbox').fill('经核查，专利权人已书面同意转让，异议不成立。');
    await operator.getByRole('dialog').getByRole('button', { name: '异议不成立' }).click();
    await expect(operator.locator('.ant-table-row').filter({ hasText: '专利共有人' })).toHaveCount(0);
    await expectAccessible(operator);
    await screenshot(operator, 'trading-console');

    await objector.reload();
    await expect(objector.getByText('异议不成立', { exact: true })).toBeVisible();

    // the owner's workbench: the listing, in its notice, with two intending buyers
    const owner = await (await browser.newContext()).newPage();
    await signIn(owner, 'changchun-university', '/me?tab=trading');
    await expect(owner.locator('.ant-list-item').filter({ hasText: '挂牌公示中' }).first()).toContainText('意向方 2');
    await expectAccessible(owner);
    await screenshot(owner, 'trading-workbench');
  });
});
