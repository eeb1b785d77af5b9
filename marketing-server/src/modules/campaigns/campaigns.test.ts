import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform } from '../../platform';
import { createLogger } from '../../shared/logger';
import {
  createFunder,
  fundFunder,
  iso,
  ledgerCheck,
  MODES,
  runningCampaign,
  startEnv,
  type TestEnv,
} from '../../../test/harness';

const waitFor = async (fn: () => Promise<boolean>, timeoutMs = 8000) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

describe.each(MODES)('campaign lifecycle (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  async function draft(extra: Record<string, unknown> = {}) {
    const f = await createFunder(env, '区财政局');
    await fundFunder(env, f.body.id, 1_000_000);
    const now = env.clock.now();
    const res = await env.api('POST', '/api/v1/admin/campaigns', {
      token: await env.admin('manager'),
      body: {
        kind: 'red_packet',
        name: '草稿',
        funder_id: f.body.id,
        budget_fen: 10_000,
        claim_start_at: iso(new Date(now.getTime() - 1000)),
        claim_end_at: iso(new Date(now.getTime() + 3600_000)),
        red_packet: { mode: 'fixed', amount_fen: 100 },
        ...extra,
      },
    });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, funderId: f.body.id as string };
  }

  const act = async (user: string, id: string, action: string, body?: unknown) =>
    env.api('POST', `/api/v1/admin/campaigns/${id}/${action}`, { token: await env.admin(user), body });

  it('maker-checker: the creator cannot approve, another approver can; every transition is audited', async () => {
    const { id } = await draft();
    expect((await act('manager', id, 'submit')).body.status).toBe('pending_approval');
    // An admin who also created/submitted could pass the role check; the maker-checker rule still refuses.
    const selfApprove = await act('manager', id, 'approve');
    expect(selfApprove.status).toBe(403);
    const approved = await act('approver', id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', reserved_fen: 10_000, stock_total: 100 });
    const audit = await env.api('GET', `/api/v1/admin/audit-logs?entity_type=campaign&entity_id=${id}`, {
      token: await env.admin('auditor'),
    });
    // The claim window is already open, so the scheduler may have started it right after approval.
    const trail = audit.body.items.reverse();
    expect(trail.map((a: { action: string }) => a.action).slice(0, 3)).toEqual([
      'campaign.create',
      'campaign.submit',
      'campaign.approve',
    ]);
    expect(trail[2].changes.status).toEqual({ from: 'pending_approval', to: 'approved' });
    expect(trail[2].actor.id).toBe(await env.adminId('approver'));
    expect(trail[1].actor.id).toBe(await env.adminId('manager'));
  });

  it('the user administrator (admin) holds no business permission: it can neither approve nor reject', async () => {
    const admin = await env.admin('admin');
    const { id } = await draft();
    await act('manager', id, 'submit');
    for (const action of ['approve', 'reject']) {
      const res = await env.api('POST', `/api/v1/admin/campaigns/${id}/${action}`, {
        token: admin,
        body: { comment: '预算需调整' },
      });
      expect(res.status).toBe(403);
    }
  });

  it('whoever edited any version of the draft cannot approve it, even with the approver role now', async () => {
    const { id } = await draft();
    const edited = await env.api('PATCH', `/api/v1/admin/campaigns/${id}`, {
      token: await env.admin('manager2'),
      body: { name: '改过的草稿' },
    });
    expect(edited.status).toBe(200);
    await act('manager', id, 'submit');
    // manager2 later becomes an approver (directly in the tables: the user administrators' path is
    // tested in access.test.ts); neither the creator nor the submitter, but an author of version 2.
    const m2 = await env.adminId('manager2');
    await env.platform.db.exec('DELETE FROM admin_user_roles WHERE user_id = ?', [m2]);
    await env.platform.db.exec('INSERT INTO admin_user_roles (user_id, role_id, created_at) VALUES (?,?,?)', [
      m2,
      'approver',
      new Date(),
    ]);
    const self = await env.api('POST', `/api/v1/admin/campaigns/${id}/approve`, {
      token: await env.admin('manager2'),
    });
    expect(self.status).toBe(403);
    expect(self.body.message).toContain('修改过该活动任一版本');
    expect((await act('approver', id, 'approve')).status).toBe(200);
    await env.platform.db.exec("UPDATE admin_user_roles SET role_id = 'campaign_manager' WHERE user_id = ?", [
      m2,
    ]);
  });

  it('pages lists by cursor without gaps or repeats', async () => {
    for (let i = 0; i < 3; i++) await draft();
    const token = await env.admin('auditor');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; next_cursor: string | null } } = await env.api(
        'GET',
        `/api/v1/admin/campaigns?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { token },
      );
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((c) => c.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    const all = await env.platform.db.query<{ id: string }>('SELECT id FROM campaigns ORDER BY id DESC');
    expect(seen).toEqual(all.map((r) => r.id));
    const audit = await env.api('GET', '/api/v1/admin/audit-logs?limit=1', { token });
    const next = await env.api('GET', `/api/v1/admin/audit-logs?limit=1&cursor=${audit.body.next_cursor}`, {
      token,
    });
    expect(Number(next.body.items[0].id)).toBeLessThan(Number(audit.body.items[0].id));
  });

  it('refuses illegal transitions and edits outside draft, with the current status named', async () => {
    const { id } = await draft();
    const table: [string, string][] = [
      ['manager', 'pause'],
      ['manager', 'resume'],
      ['approver', 'approve'],
      ['manager', 'revise'],
    ];
    for (const [user, action] of table) {
      const res = await act(user, id, action);
      expect(res.status, action).toBe(409);
      expect(res.body.code).toBe('INVALID_TRANSITION');
    }
    await act('manager', id, 'submit');
    const edit = await env.api('PATCH', `/api/v1/admin/campaigns/${id}`, {
      token: await env.admin('manager'),
      body: { name: '改名' },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('CAMPAIGN_NOT_EDITABLE');
    expect((await act('approver', id, 'reject')).status).toBe(400); // a rejection needs a comment
  });

  it('the maker reads why a campaign was rejected, and by whom, then takes it back to draft and edits it', async () => {
    const { id } = await draft();
    await act('manager', id, 'submit');
    expect((await act('approver', id, 'reject', { comment: '预算过高，请改为 ¥100' })).status).toBe(200);
    const decisions = await env.api('GET', `/api/v1/admin/campaigns/${id}/decisions`, {
      token: await env.admin('manager'),
    });
    expect(decisions.status).toBe(200);
    expect(decisions.body.items.map((d: { action: string }) => d.action)).toEqual(['submit', 'reject']);
    expect(decisions.body.items[1]).toMatchObject({
      comment: '预算过高，请改为 ¥100',
      actor_id: await env.adminId('approver'),
      actor_name: expect.any(String),
    });
    expect((await act('manager', id, 'revise')).status).toBe(200);
    const edit = await env.api('PATCH', `/api/v1/admin/campaigns/${id}`, {
      token: await env.admin('manager'),
      body: { budget_fen: 10_000 },
    });
    expect(edit.status).toBe(200);
  });

  it('keeps versions of a draft with the diff between them', async () => {
    const { id } = await draft();
    await env.api('PATCH', `/api/v1/admin/campaigns/${id}`, {
      token: await env.admin('manager'),
      body: { budget_fen: 20_000, name: '改后' },
    });
    const v = await env.api('GET', `/api/v1/admin/campaigns/${id}/versions`, {
      token: await env.admin('approver'),
    });
    expect(v.body.items).toHaveLength(2);
    expect(v.body.items[1].changes).toEqual({
      budget_fen: { from: 10_000, to: 20_000 },
      name: { from: '草稿', to: '改后' },
    });
  });

  it('refuses approval beyond the funder balance and reserves nothing', async () => {
    const { id, funderId } = await draft({ budget_fen: 5_000_000 });
    await act('manager', id, 'submit');
    const res = await act('approver', id, 'approve');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INSUFFICIENT_FUNDS');
    const f = await env.api('GET', `/api/v1/admin/funders/${funderId}`, { token: await env.admin('funder') });
    expect(f.body.balance_fen).toBe(1_000_000);
  });

  it('pause stops claims and resume reopens them', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const [a, b] = await env.citizens(2);
    await act('manager', id, 'pause');
    const refused = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: a.token,
      idem: 'p1',
      body: {},
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CAMPAIGN_NOT_RUNNING');
    await act('manager', id, 'resume');
    expect(
      (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: a.token, idem: 'p1', body: {} }))
        .status,
    ).toBe(201);
    await act('manager', id, 'stop');
    expect(
      (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: b.token, idem: 'p2', body: {} }))
        .status,
    ).toBe(409);
  });

  it('starts at once when approved inside its claim window, even in the same second as submit', async () => {
    // runningCampaign submits and approves back to back; no manual runDue here.
    const { id } = await runningCampaign(
      env,
      { kind: 'red_packet', budget_fen: 1000, red_packet: { mode: 'fixed', amount_fen: 100 } },
      { start: false },
    );
    const started = await waitFor(
      async () =>
        (await env.api('GET', `/api/v1/admin/campaigns/${id}`, { token: await env.admin('approver') })).body
          .status === 'running',
      5000,
    );
    expect(started).toBe(true);
  });

  it('starts on schedule by a node-schedule timer', async () => {
    const now = env.clock.now();
    const { id } = await draft({ claim_start_at: iso(new Date(now.getTime() + 1500)) });
    await act('manager', id, 'submit');
    expect((await act('approver', id, 'approve')).body.status).toBe('approved');
    const [u] = await env.citizens(1);
    const early = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: u.token,
      idem: 'e1',
      body: {},
    });
    expect(early.body.code).toBe('CAMPAIGN_NOT_STARTED');
    const started = await waitFor(
      async () =>
        (await env.api('GET', `/api/v1/admin/campaigns/${id}`, { token: await env.admin('approver') })).body
          .status === 'running',
    );
    expect(started).toBe(true);
    expect(
      (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: 'e1', body: {} }))
        .status,
    ).toBe(201);
  });

  it('after a restart it catches up: ends, returns the unclaimed budget once the red packets are settled', async () => {
    const { id, funderId } = await runningCampaign(
      env,
      { kind: 'red_packet', budget_fen: 10_000, red_packet: { mode: 'random', count: 10 } },
      { deposit_fen: 50_000 },
    );
    const users = await env.citizens(3);
    const won = [];
    for (const u of users)
      won.push(
        (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: 'r', body: {} }))
          .body.amount_fen as number,
      );
    const claimed = won.reduce((s, a) => s + a, 0);
    // The process was down while the claim window closed: a new process must finish the job. The
    // three citizens have no wallet yet, so their red packets wait and the campaign cannot settle.
    env.clock.advance(2 * 3600_000);
    const restarted = await createPlatform(env.config, { clock: env.clock, logger: createLogger('silent') });
    try {
      await restarted.queue.drain();
      const c = await restarted.services.campaigns.getCampaign(id);
      expect(c.status).toBe('ended');
    } finally {
      await restarted.close();
    }
    let check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.campaigns.find((x: { campaign_id: string }) => x.campaign_id === id)).toMatchObject({
      returned_fen: 0,
      granted_fen: claimed,
      budget_fen: 10_000 - claimed,
    });

    // Nobody bound a wallet within the wait: the red packets expire and everything goes back.
    env.clock.advance((env.config.payouts.walletWaitDays + 1) * 86400_000);
    await env.platform.lifecycle.runDue();
    expect((await env.platform.services.campaigns.getCampaign(id)).status).toBe('settled');
    expect((await env.platform.services.funding.getFunder(funderId)).balance_fen).toBe(50_000);
    check = await ledgerCheck(env);
    expect(check.balanced).toBe(true);
    expect(check.campaigns.find((x: { campaign_id: string }) => x.campaign_id === id)).toMatchObject({
      returned_fen: 10_000,
      granted_fen: 0,
      budget_fen: 0,
    });
  });

  it('expires unused coupons at the end of their use window and returns the money', async () => {
    const { id, funderId } = await runningCampaign(
      env,
      {
        kind: 'coupon',
        budget_fen: 5000,
        coupon: { type: 'instant', discount_fen: 1000, use_window: { days: 1 } },
      },
      { deposit_fen: 8000 },
    );
    const users = await env.citizens(2);
    for (const u of users)
      expect(
        (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: 'x', body: {} }))
          .status,
      ).toBe(201);
    const coupon = (await env.api('GET', '/api/v1/me/coupons', { token: users[0].token })).body.items[0];
    const used = await env.api('POST', '/api/v1/merchant/coupon-redemptions', {
      token: await env.admin('cashier'),
      idem: 'o-1',
      body: { coupon_code: coupon.coupon.code, order_no: 'O-1', order_amount_fen: 600 },
    });
    expect(used.body.discount_fen).toBe(600);
    env.clock.advance(2 * 86400_000);
    await env.platform.lifecycle.runDue();
    const other = (await env.api('GET', '/api/v1/me/coupons', { token: users[1].token })).body.items[0];
    expect(other.status).toBe('expired');
    expect(
      (await env.api('GET', `/api/v1/admin/campaigns/${id}`, { token: await env.admin('approver') })).body
        .status,
    ).toBe('settled');
    const f = await env.api('GET', `/api/v1/admin/funders/${funderId}`, { token: await env.admin('funder') });
    expect(f.body.balance_fen).toBe(8000 - 600);
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });
});
