import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningCampaign, startEnv, type TestEnv } from '../../marketing-server/test/harness';
import { launchDesktop, shot } from '../../marketing-server/test/browser';
import { assertAdminBuilt, loginToAdmin } from './session';

// The rule builder with the DSL's shared conditions: a manager defines a named condition (用户标签
// 包含任一 student, resident), uses it in a rule with 引用共用条件, validates; a use of an unknown named
// condition typed into the JSON view is refused beside that use, an empty list beside the named
// condition; fixed, the rule set is saved as a version exactly as the JSON view showed it.

describe('admin rule builder', () => {
  let env: TestEnv;
  let browser: Awaited<ReturnType<typeof launchDesktop>>;
  let page: Page;
  let campaignId = '';

  beforeAll(async () => {
    assertAdminBuilt();
    env = await startEnv('sqlite');
    campaignId = (
      await runningCampaign(env, {
        kind: 'red_packet',
        budget_fen: 1000,
        red_packet: { mode: 'fixed', amount_fen: 100 },
      })
    ).id;
    browser = await launchDesktop();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await env?.close();
  });

  async function loginAs(username: string) {
    await loginToAdmin(page, env.url, username);
  }

  /** Opens the select `within` and chooses the option showing `text`. */
  async function choose(within: ReturnType<Page['locator']>, text: string) {
    await within.locator('.ant-select-selector').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: text,
      })
      .first()
      .click();
  }

  /** Waits until `check` holds (the page re-renders after each input). */
  async function eventually(check: () => Promise<boolean>, what: string) {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await page.waitForTimeout(50);
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  const jsonArea = () => page.locator('textarea.rule-json');
  async function readJson() {
    await page.getByRole('tab', { name: 'JSON' }).click();
    const def = JSON.parse(await jsonArea().inputValue());
    await page.getByRole('tab', { name: '可视化编辑' }).click();
    return def;
  }

  it('builds a rule with a named condition (any_of on a list fact) and validates it', async () => {
    await loginAs('manager');
    await page.goto(`${env.url}/admin/campaigns/${campaignId}/rules/eligibility`);
    await page.locator('.rule-builder .rule-card').first().waitFor();

    await page.locator('.add-named').click();
    const named = page.locator('.named-condition').first();
    await named.locator('.named-name').fill('student_or_resident');
    await named.locator('.named-name').press('Enter');
    await eventually(
      async () => (await named.locator('.named-name').inputValue()) === 'STUDENT_OR_RESIDENT',
      'the name in UPPER_SNAKE',
    );
    await choose(named.locator('.rule-fact'), '用户标签');
    await choose(named.locator('.rule-op'), '包含任一');
    await named.locator('.rule-value').fill('student, resident');

    const rule = page.locator('.rule-card').first();
    await rule.locator('.add-use').first().click();
    await rule.locator('.rule-use-name', { hasText: 'STUDENT_OR_RESIDENT' }).waitFor();
    await named.getByText('被引用 1 处').waitFor();

    await page.locator('.rule-validate').click();
    await page.locator('.ant-message-notice', { hasText: '校验通过' }).waitFor();
    const def = await readJson();
    expect(def.conditions).toEqual({
      STUDENT_OR_RESIDENT: { all: [{ fact: 'user.tags', op: 'any_of', value: ['student', 'resident'] }] },
    });
    expect(def.rules[0].when).toEqual({
      all: [{ fact: 'user.verified', op: 'eq', value: false }, { use: 'STUDENT_OR_RESIDENT' }],
    });
    await shot(page, 'admin-rules-01-named-condition');
  });

  it('shows an unknown named condition beside its use, and a named condition’s issue beside it', async () => {
    const def = await readJson();
    def.rules[0].when.all.push({ use: 'NO_SUCH' });
    def.conditions.STUDENT_OR_RESIDENT.all[0].value = [];
    await page.getByRole('tab', { name: 'JSON' }).click();
    await jsonArea().fill(JSON.stringify(def, null, 2));
    await page.getByRole('tab', { name: '可视化编辑' }).click();
    await page.locator('.rule-validate').click();

    const uses = page.locator('.rule-card .rule-use');
    await uses.nth(1).waitFor();
    await uses.nth(1).locator('.rule-issue', { hasText: '没有名为「NO_SUCH」的命名条件' }).waitFor();
    expect(await uses.nth(0).locator('.rule-issue').count()).toBe(0);
    await page.locator('.named-condition .rule-cond .rule-issue', { hasText: '请至少填写一个值' }).waitFor();
    expect(await page.locator('.rule-set-issues').count()).toBe(0);
    await shot(page, 'admin-rules-02-unknown-named-condition');

    // Fixed in the visual editor, the rule set validates and is saved exactly as the JSON view shows it.
    await uses.nth(1).locator('.node-remove').click();
    await page.locator('.named-condition .rule-value').fill('student,resident');
    const passed = page.locator('.ant-message-notice', { hasText: '校验通过' });
    await passed.first().waitFor({ state: 'detached' }); // the first validation's notice has gone
    await page.locator('.rule-validate').click();
    await passed.waitFor();
    expect(await page.locator('.rule-issue').count()).toBe(0);
    expect(await uses.count()).toBe(1);
    const fixed = await readJson();
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page.locator('.ant-message-notice', { hasText: '已保存为新草稿版本' }).waitFor();
    const versions = await env.api('GET', `/api/v1/admin/campaigns/${campaignId}/rule-sets`, {
      token: await env.admin('manager'),
    });
    expect(versions.body.items[0].definition).toEqual(fixed);
    expect(fixed.rules[0].when.all).toHaveLength(2);
  });
});
