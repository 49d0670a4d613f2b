import { expect, test } from '@playwright/test';
import { expectAccessible, pick, screenshot, signIn } from './support';

test.describe('a listing edited in two places at once', () => {
  test('a member publishes an achievement, someone else changes it meanwhile, and the member sees what changed and reapplies their edit', async ({ browser }) => {
    const title = `浏览器测试：玉米秸秆生物降解菌剂${Date.now() % 100000}`;
    const here = await (await browser.newContext()).newPage();
    await signIn(here, 'changchun-university', '/me');
    await here.getByRole('button', { name: '发布其他资源' }).hover();
    await here.getByRole('link', { name: '发布科技成果' }).click();
    await here.getByLabel('成果名称').fill(title);
    await here.getByLabel('成果简介').fill('复合菌剂使秸秆在30天内降解八成。');
    await pick(here, '行业', '现代农业');
    await pick(here, '成熟度', '中试');
    await here.getByLabel('成果所有方').fill('长春示范大学');
    await here.getByLabel('转让', { exact: true }).check();
    await expectAccessible(here);
    await screenshot(here, 'listing-form');
    await here.getByRole('button', { name: '保存草稿' }).click();
    await expect(here).toHaveURL(/\/me$/);
    await here.locator('.ant-list-item').filter({ hasText: title }).getByRole('link', { name: '编辑' }).click();
    await expect(here.getByLabel('成果名称')).toHaveValue(title);

    // the same person at another computer changes the summary and saves first
    const there = await (await browser.newContext()).newPage();
    await signIn(there, 'changchun-university', '/me');
    await there.locator('.ant-list-item').filter({ hasText: title }).getByRole('link', { name: '编辑' }).click();
    await there.getByLabel('成果简介').fill('复合菌剂使秸秆在25天内降解九成，已完成中试。');
    await there.getByRole('button', { name: '保存', exact: true }).click();
    await expect(there).toHaveURL(/\/me$/);

    // here, the price is added on the version read before: refused as stale, with what changed shown
    await here.getByLabel(/转让价格/).fill('1200000');
    await here.getByRole('button', { name: '保存', exact: true }).click();
    const conflict = here.getByRole('alert').filter({ hasText: '其他人已修改' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('row').filter({ hasText: '成果简介' })).toContainText('25天内降解九成');
    await expectAccessible(here);
    await screenshot(here, 'listing-conflict');
    await conflict.getByRole('button', { name: '在最新版本上重新应用我的修改' }).click();
    await expect(here.getByLabel('成果简介')).toHaveValue('复合菌剂使秸秆在25天内降解九成，已完成中试。');
    await expect(here.getByLabel(/转让价格/)).toHaveValue(/1,?200,?000/);
    await here.getByRole('button', { name: '保存', exact: true }).click();
    await expect(here).toHaveURL(/\/me$/);

    // both edits are kept
    await here.locator('.ant-list-item').filter({ hasText: title }).getByRole('link', { name: '编辑' }).click();
    await expect(here.getByLabel('成果简介')).toHaveValue('复合菌剂使秸秆在25天内降解九成，已完成中试。');
    await expect(here.getByLabel(/转让价格/)).toHaveValue(/1,?200,?000/);
  });
});
