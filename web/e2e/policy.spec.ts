import { expect, test } from '@playwright/test';
import { expectAccessible, pick, screenshot, signIn } from './support';

test.describe('policy information', () => {
  test('an operator publishes a policy for an industry, and a record of that industry shows it among the policies that apply', async ({ browser }) => {
    const title = `浏览器测试：长春市汽车零部件攻关奖补办法${Date.now() % 100000}`;
    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console?tab=policy');
    await operator.getByRole('button', { name: '发布政策文件' }).click();
    await operator.getByLabel('政策名称', { exact: true }).fill(title);
    await operator.getByLabel('发文机关').fill('长春市科学技术局');
    await operator.getByLabel('文号', { exact: true }).fill('长科发〔2026〕8号');
    await pick(operator, '政策类型', '资金奖补');
    await operator.getByLabel('发布日期', { exact: true }).fill('2026-01-15');
    await operator.getByLabel('发布日期', { exact: true }).press('Tab');
    await pick(operator, '适用行业（空为全部行业）', '汽车及零部件');
    await operator.getByLabel('政策要点').fill('对零部件企业联合高校攻关并通过验收的项目给予研发费用补助。');
    await expectAccessible(operator);
    // a link that would run a script is refused at its field, and nothing is written
    await operator.getByLabel('原文链接').fill('javascript:alert(1)');
    await operator.getByRole('button', { name: '发布政策文件' }).click();
    await expect(operator.locator('.ant-form-item-has-error')).toContainText('原文链接');
    await operator.getByLabel('原文链接').fill('https://kjj.changchun.gov.cn/zcfg/2026/8.html');
    await operator.getByRole('button', { name: '发布政策文件' }).click();
    await expect(operator).toHaveURL(/tab=policy/);
    const listed = operator.locator('.ant-list-item').filter({ hasText: title });
    await expect(listed).toContainText('现行有效');

    // a visitor reads an automotive record of Changchun: the new policy comes first among those that apply
    const visitor = await (await browser.newContext()).newPage();
    await expect(async () => {
      await visitor.goto(`/search?kind=POLICY&q=${encodeURIComponent(title)}`);
      await expect(visitor.locator('.ant-list-item-meta-title a').first()).toHaveText(title, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await visitor.goto('/search?city=changchun&industry=AUTOMOTIVE');
    await visitor.locator('.ant-list-item').filter({ hasNotText: '政策文件' }).locator('.ant-list-item-meta-title a').first().click();
    const applicable = visitor.locator('.applicable-policies');
    await expect(applicable.getByRole('link').first()).toHaveText(title);
    await applicable.getByRole('link', { name: title }).click();
    await expect(visitor.getByRole('heading', { name: title })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'https://kjj.changchun.gov.cn/zcfg/2026/8.html' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expectAccessible(visitor);
    await screenshot(visitor, 'policy');
  });
});
