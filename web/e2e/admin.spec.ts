import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test.describe('a platform administrator', () => {
  test('suspends and resumes a city, checks its search drift, and follows a search rebuild to the end', async ({ page }) => {
    await signIn(page, 'platform-admin', '/admin');
    await expect(page.getByRole('heading', { name: '平台管理' })).toBeVisible();
    const siping = page.getByRole('row').filter({ hasText: 'siping' });
    await expect(siping).toContainText('运行中');
    await expect(page.getByRole('row').filter({ hasText: 'changchun' })).toContainText('正常');

    await siping.getByRole('button', { name: '暂停服务' }).click();
    await expect(siping).toContainText('已暂停');
    await siping.getByRole('button', { name: '恢复服务' }).click();
    await expect(siping).toContainText('运行中');

    // the registry refuses a bad registration at the field it names
    await page.getByRole('button', { name: '注册分市场' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('id').fill('Bad City!');
    await dialog.getByLabel('名称', { exact: true }).fill('测试');
    await dialog.getByLabel('行政区划代码').fill('220100');
    await dialog.getByLabel('接口地址').fill('http://127.0.0.1:1/graphql');
    await dialog.getByRole('button', { name: '注册分市场' }).click();
    await expect(dialog.locator('.ant-form-item-has-error')).toContainText('id');
    await dialog.getByRole('button', { name: '取消' }).click();

    const changchun = page.getByRole('row').filter({ hasText: 'changchun' });
    await changchun.getByRole('button', { name: '检查检索偏差' }).click();
    await expect(page.getByRole('status').filter({ hasText: /完全一致|发现偏差/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('cell', { name: '科技成果', exact: true })).toBeVisible();

    await page.getByRole('button', { name: '重建索引' }).click();
    await expect(page.getByRole('status').filter({ hasText: '重建完成' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expectAccessible(page);
    await screenshot(page, 'administration');
  });
});
