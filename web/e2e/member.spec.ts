import { expect, test } from '@playwright/test';
import { expectAccessible, pick, screenshot, signIn } from './support';

test.describe('a member, signed in', () => {
  test('a demo enterprise signs in with PKCE and finds its organisation and listings on its workbench', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('workbench-city', 'changchun'));
    await page.getByRole('button', { name: '登录' }).click();

    // the authorization server's own sign-in form, then back with a code
    await page.getByLabel('Username').fill('changchun-enterprise');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.getByRole('link', { name: '会员工作台' }).click();
    await expect(page.getByRole('heading', { name: '长春华创新材料科技有限公司', exact: true })).toBeVisible();
    await expect(page.getByText('已认证')).toBeVisible();
    await expect(page.getByText('已发布').first()).toBeVisible();
    await expect(page.getByText('草稿').first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'workbench');

    // signing out ends the authorization server's session too: signing in again asks for the password
    await page.getByRole('button', { name: '退出' }).click();
    await expect(page.getByRole('button', { name: '登录' }).first()).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('button', { name: '登录' }).first().click();
    await expect(page.getByLabel('Password')).toBeVisible();
  });
});

test.describe('from a member\'s draft to province search', () => {
  test('a member submits a demand, an operator approves it, and the province finds it', async ({ browser }) => {
    const title = `浏览器测试：寻求秸秆综合利用技术${Date.now() % 100000}`;
    const member = await (await browser.newContext()).newPage();
    await signIn(member, 'changchun-enterprise', '/me');
    await member.getByRole('button', { name: '发布技术需求' }).click();
    await member.getByLabel('需求名称').fill(title);
    await member.getByLabel('需要解决的问题').fill('玉米秸秆还田效率低，需要低成本的综合利用方案。');
    await pick(member, '行业', '现代农业');
    await member.getByLabel(/预算.*min/).fill('500000');
    await member.getByLabel(/预算.*max/).fill('100000');
    await member.getByRole('button', { name: '保存草稿' }).click();
    // the server's refusal, at the field it names
    await expect(member.locator('.ant-form-item-has-error')).toHaveCount(1);
    await expect(member.locator('.ant-form-item-has-error')).toContainText('预算');
    await member.getByLabel(/预算.*max/).fill('800000');
    await member.getByRole('button', { name: '保存草稿' }).click();
    await expect(member).toHaveURL(/\/me$/);
    const row = member.locator('.ant-list-item').filter({ hasText: title });
    await expect(row).toContainText('草稿');
    await row.getByRole('button', { name: '提交审核' }).click();
    await expect(row).toContainText('待审核');

    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console');
    const queued = operator.locator('.ant-list-item').filter({ hasText: title });
    await expect(queued).toBeVisible();
    await expectAccessible(operator);
    await screenshot(operator, 'console');
    await queued.getByRole('button', { name: '通过并发布' }).click();
    await expect(queued).toHaveCount(0);

    const visitor = await (await browser.newContext()).newPage();
    await expect(async () => {
      await visitor.goto(`/search?q=${encodeURIComponent(title)}`);
      await expect(visitor.locator('.ant-list-item-meta-title a').first()).toHaveText(title, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });
});

test.describe('a contract from filing to registration', () => {
  test('a member files a contract, an operator registers it, and the member\'s inbox shows it as it happens', async ({ browser }) => {
    const title = `浏览器测试：秸秆饲料化技术开发合同${Date.now() % 100000}`;
    const member = await (await browser.newContext()).newPage();
    await signIn(member, 'changchun-enterprise', '/me?tab=contracts');
    await member.getByRole('button', { name: '技术合同登记' }).click();
    // the member's own side is filled from its membership once that is known; this member buys
    await expect(member.getByLabel('名称', { exact: true }).first()).toHaveValue('长春华创新材料科技有限公司');
    await member.getByLabel('买方').check();
    await member.getByLabel('合同名称').fill(title);
    await pick(member, '合同类型', '技术开发');
    const seller = member.locator('.ant-card').filter({ hasText: '卖方' }).last();
    await seller.getByLabel('名称', { exact: true }).fill('长春理工示范大学');
    await seller.getByLabel('统一社会信用代码').fill('12220100MC00000021');
    await pick(member, '主体类型', '高校', seller);
    await member.getByLabel(/合同金额/).fill('300000');
    await member.getByLabel(/技术交易额/).fill('250000');
    const signedOn = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    await member.getByLabel('签订日期').fill(signedOn);
    await member.getByLabel('签订日期').press('Tab');
    await member.locator('input[type=file]').setInputFiles({ name: '技术开发合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 demo') });
    await member.getByRole('button', { name: '提交登记' }).click();
    await expect(member).toHaveURL(/tab=contracts/);
    const filed = member.getByRole('tabpanel', { name: '我的合同' }).locator('.ant-list-item').filter({ hasText: title });
    await expect(filed).toContainText('已提交');
    await expect(filed).toContainText('技术开发合同.pdf');
    const unread = member.getByRole('status').filter({ hasText: '未读' });
    await expect(unread).toBeVisible();
    const before = Number((await unread.innerText()).split(' ')[0]);

    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console?tab=contracts');
    await operator.locator('.ant-list-item').filter({ hasText: title }).getByRole('button', { name: '开始审核' }).click();
    await operator.locator('.ant-segmented-item').filter({ hasText: '审核中' }).click();
    await operator.locator('.ant-list-item').filter({ hasText: title }).getByRole('button', { name: '准予登记' }).click();
    await expect(operator.locator('.ant-list-item').filter({ hasText: title })).toHaveCount(0);

    // the member's page was not reloaded: the message arrived over the live subscription
    await expect.poll(async () => Number((await unread.innerText()).split(' ')[0]), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect(member.locator('.ant-card').filter({ hasText: '消息' }).locator('.ant-list-item').first()).toContainText(`合同已登记：技术合同「${title}」`);
    await member.reload();
    await expect(filed).toContainText('已登记');
    await expect(filed).toContainText('登记编号');
    await expectAccessible(member);
    await screenshot(member, 'workbench-contracts');
  });
});

test.describe('a membership application returned and sent again', () => {
  test('the operators return an application with a reason; the applicant corrects it, a bad code refused at its field, and sends it again', async ({ browser }) => {
    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console');
    const application = operator.locator('.ant-list-item').filter({ hasText: '长春智能装备有限公司' });
    await application.getByRole('button', { name: '退回修改' }).click();
    await operator.getByRole('dialog').getByLabel('原因').fill('请补充营业执照扫描件');
    await operator.getByRole('dialog').getByRole('button', { name: '退回修改' }).click();
    await expect(application).toHaveCount(0);

    const applicant = await (await browser.newContext()).newPage();
    await signIn(applicant, 'changchun-applicant', '/me');
    const membership = applicant.getByRole('tabpanel', { name: '我的发布' }).locator('.ant-list-item').filter({ hasText: '长春智能装备有限公司' });
    await expect(membership).toContainText('退回补充');
    await expect(membership).toContainText('请补充营业执照扫描件');
    await membership.getByRole('link', { name: '修改后重新提交' }).click();
    await expect(applicant.getByLabel(/单位名称/)).toHaveValue('长春智能装备有限公司');
    await expect(applicant.getByRole('alert').or(applicant.locator('.ant-alert'))).toContainText('请补充营业执照扫描件');
    const code = await applicant.getByLabel('统一社会信用代码').inputValue();
    await applicant.getByLabel('统一社会信用代码').fill('91220100MC000000X');
    await applicant.getByRole('button', { name: '修改后重新提交' }).click();
    await expect(applicant.locator('.ant-form-item-has-error')).toContainText('统一社会信用代码');
    await applicant.getByLabel('统一社会信用代码').fill(code);
    await applicant.locator('input[type=file]').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 licence') });
    await expectAccessible(applicant);
    await applicant.getByRole('button', { name: '修改后重新提交' }).click();
    await expect(applicant).toHaveURL(/\/me$/);
    await expect(membership).toContainText('申请中');
  });
});
