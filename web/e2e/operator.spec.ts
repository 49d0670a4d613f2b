import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

test.describe('a city operator', () => {
  test('proposes a match from a demand\'s suggestions and moves it on the board, where an illegal and a stale move are refused', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'changchun-operator', '/console?tab=board');
    const proposed = page.locator('[data-status="PROPOSED"]');
    const contacted = page.locator('[data-status="CONTACTED"]');
    const negotiating = page.locator('[data-status="NEGOTIATING"]');
    const signed = page.locator('[data-status="SIGNED"]');

    // the demo broker's match: open its demand, and propose another of the demand's suggestions
    const demo = contacted.locator('.match-card').first();
    await expect(demo).toBeVisible();
    const matchedTitle = (await demo.locator('.muted a').first().innerText()).trim();
    await demo.locator('a').first().click();
    const offered = page.locator('.suggestions .ant-list-item').filter({ has: page.getByRole('button', { name: '推荐撮合' }) }).filter({ hasNotText: matchedTitle }).first();
    await expect(offered).toBeVisible({ timeout: 15_000 });
    const candidate = (await offered.locator('.ant-list-item-meta-title a').innerText()).trim();
    // a title may be suggested twice (listed in two cities): the one proposed is one not proposed yet
    const suggestion = page.locator('.suggestions .ant-list-item').filter({ hasText: candidate });
    await suggestion.getByRole('button', { name: '推荐撮合' }).first().click();
    await page.getByLabel('经纪人').fill('王经纪');
    await page.getByLabel('推荐说明').fill('技术方向一致，建议尽快对接。');
    await page.getByRole('dialog').getByRole('button', { name: '推荐撮合' }).click();
    await expect(suggestion.filter({ hasText: '已推荐撮合' }).first()).toBeVisible();

    await page.goto('/console?tab=board');
    const card = page.locator('.match-card').filter({ hasText: candidate });
    await expect(proposed.locator('.match-card').filter({ hasText: candidate })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'board');

    // 已推荐 cannot jump to 已签约: the server refuses, the card stays
    await drag(page, card, signed);
    await expect(page.getByRole('alert')).toContainText('当前状态不允许此操作');
    await expect(proposed.locator('.match-card').filter({ hasText: candidate })).toBeVisible();

    // dragged to the next step, it moves
    await drag(page, card, contacted);
    await expect(contacted.locator('.match-card').filter({ hasText: candidate })).toBeVisible();

    // another tab of the same operator moves it on; this tab's board still holds the old version
    const other = await context.newPage();
    await other.goto('/console?tab=board');
    await other.getByRole('button', { name: '登录' }).first().click();
    const there = other.locator('.match-card').filter({ hasText: candidate });
    await chooseMove(other, there, '洽谈中');
    await expect(other.locator('[data-status="NEGOTIATING"] .match-card').filter({ hasText: candidate })).toBeVisible();

    // from the keyboard-reachable menu, on the stale board: refused as stale, and the board reloads
    await page.bringToFront();
    await chooseMove(page, card, '洽谈中');
    await expect(page.getByRole('alert')).toContainText('记录已被他人修改');
    await expect(negotiating.locator('.match-card').filter({ hasText: candidate })).toBeVisible();
    await context.close();
  });
});

test.describe('the expert menu', () => {
  test('an enterprise asks to meet an expert suggested for its demand, the operator schedules it, and the enterprise sees when', async ({ browser }) => {
    const member = await (await browser.newContext()).newPage();
    await signIn(member, 'changchun-enterprise', '/me');
    await member.getByRole('tabpanel').locator('.ant-list-item').filter({ hasText: '已发布' }).first().locator('.ant-list-item-meta-title a').click();
    const offered = member.locator('.suggestions .ant-list-item').filter({ has: member.getByRole('button', { name: '约见专家' }) }).first();
    await expect(offered).toBeVisible({ timeout: 15_000 });
    // the expert is held by name: the suggestions may be drawn again, in another order, before the click
    const name = (await offered.locator('.ant-list-item-meta-title a').innerText()).trim();
    await member.locator('.suggestions .ant-list-item').filter({ hasText: name }).first().getByRole('button', { name: '约见专家' }).click();
    await member.getByRole('dialog').getByLabel('约见事项').fill('请专家评估现有工艺的改造方案。');
    await member.getByRole('dialog').getByRole('button', { name: '约见专家' }).click();
    await expect(member.locator('.suggestions .ant-list-item').filter({ hasText: name })).toContainText('已提交约见');

    const operator = await (await browser.newContext()).newPage();
    await signIn(operator, 'changchun-operator', '/console?tab=meetings');
    const request = operator.locator('.ant-list-item').filter({ hasText: name }).filter({ hasText: '待安排' }).first();
    await request.getByRole('button', { name: '安排约见' }).click();
    const at = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await operator.getByLabel('约见时间').fill(`${at} 10:00`);
    await operator.getByLabel('约见时间').press('Enter');
    await operator.getByRole('dialog').getByRole('button', { name: '安排约见' }).click();
    await expect(operator.locator('.ant-list-item').filter({ hasText: name }).filter({ hasText: '已安排' }).first()).toBeVisible();
    await expectAccessible(operator);

    await member.goto('/me?tab=matches');
    await expect(member.getByRole('tabpanel').locator('.ant-list-item').filter({ hasText: name }).first()).toContainText('已安排');
  });
});

/** Drags a card by its handle onto a column, in small steps as a hand would. */
async function drag(page: Page, card: Locator, column: Locator) {
  const from = await card.locator('.drag-handle').boundingBox();
  const to = await column.boundingBox();
  if (!from || !to) throw new Error('card or column not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 15 });
  await page.mouse.up();
}

async function chooseMove(page: Page, card: Locator, step: string) {
  await card.scrollIntoViewIfNeeded();
  await expect(async () => {
    await card.getByRole('combobox').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(step).click({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
}
