import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, TEST_PASSWORD, type TestEnv } from '../../test/harness';
import { createTokenService } from './tokens';

describe.each(MODES)('roles as data, separation of duties, sessions (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  const login = async (username: string, password = TEST_PASSWORD) =>
    env.api('POST', '/api/v1/admin/auth/login', { body: { username, password } });
  const propose = async (body: Record<string, unknown>, by = 'admin') =>
    env.api('POST', '/api/v1/admin/access/proposals', { token: await env.admin(by), body });
  const decide = async (id: string, decision: 'approve' | 'reject', by = 'admin2') =>
    env.api('POST', `/api/v1/admin/access/proposals/${id}/${decision}`, {
      token: await env.admin(by),
      body: {},
    });
  const audits = async (entityId: string) =>
    (
      await env.platform.db.query<{ action: string; actor_id: string; changes: string }>(
        'SELECT action, actor_id, changes FROM audit_logs WHERE entity_id = ? ORDER BY id',
        [entityId],
      )
    ).map((a) => ({ ...a, changes: JSON.parse(a.changes ?? 'null') }));

  it('a new user exists only after a second user administrator approves; both steps are audited', async () => {
    const p = await propose({
      kind: 'user.create',
      username: `clerk_${mode}`,
      display_name: '新出资专员',
      password: 'a-long-password-1',
      roles: ['funder'],
    });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ status: 'pending', kind: 'user.create' });
    expect(JSON.stringify(p.body)).not.toContain('a-long-password-1');
    expect((await login(`clerk_${mode}`, 'a-long-password-1')).status).toBe(401);

    const self = await decide(p.body.id, 'approve', 'admin');
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SAME_PERSON');
    const byManager = await env.api('POST', `/api/v1/admin/access/proposals/${p.body.id}/approve`, {
      token: await env.admin('manager'),
      body: {},
    });
    expect(byManager.status).toBe(403);

    const ok = await decide(p.body.id, 'approve');
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    const logged = await login(`clerk_${mode}`, 'a-long-password-1');
    expect(logged.status).toBe(200);
    expect(logged.body.user.roles).toEqual(['funder']);
    expect((await decide(p.body.id, 'approve')).status).toBe(409);
    const trail = await audits(p.body.id);
    expect(trail.map((a) => [a.action, a.actor_id])).toEqual([
      ['change.propose', await env.adminId('admin')],
      ['change.approve', await env.adminId('admin2')],
    ]);
    expect(JSON.stringify(trail)).not.toMatch(/password|scrypt/);
  });

  it('refuses conflicting roles when they are proposed, with the conflict named in Chinese', async () => {
    const res = await propose({
      kind: 'user.roles',
      user_id: await env.adminId('manager2'),
      roles: ['campaign_manager', 'approver'],
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SOD_CONFLICT');
    expect(res.body.message).toContain('职责分离冲突');
    expect(res.body.message).toContain('活动经办');
    expect(res.body.message).toContain('复核审批');
    const create = await propose({
      kind: 'user.create',
      username: `both_${mode}`,
      display_name: '双重身份',
      password: 'a-long-password-2',
      roles: ['funder', 'approver'],
    });
    expect(create.status).toBe(409);
    expect(create.body.message).toContain('出资与审批不能由同一人担任');
    const payee = await propose({
      kind: 'user.roles',
      user_id: await env.adminId('registrar'),
      roles: ['registrar', 'funder'],
    });
    expect(payee.status).toBe(409);
    expect(payee.body.message).toContain('收款账户变更与结算执行');
  });

  it('a custom role: permissions picked from the catalogue, conflicts found through them', async () => {
    const catalogue = await env.api('GET', '/api/v1/admin/access/permissions', {
      token: await env.admin('admin'),
    });
    const all = catalogue.body.groups.flatMap((g: { operations: { permission: string }[] }) =>
      g.operations.map((o) => o.permission),
    );
    expect(all).toContain('POST /admin/campaigns/{id}/approve');
    const both = await propose({
      kind: 'role.create',
      id: `maker_checker_${mode}`,
      display_name: '经办兼复核',
      permissions: ['POST /admin/campaigns', 'POST /admin/campaigns/{id}/approve'],
    });
    expect(both.status).toBe(409);
    expect(both.body.message).toContain('活动经办与活动复核不能由同一人担任');
    const unknown = await propose({
      kind: 'role.create',
      id: `bogus_${mode}`,
      display_name: '不存在',
      permissions: ['POST /admin/nothing'],
    });
    expect(unknown.status).toBe(422);

    const checker = await propose({
      kind: 'role.create',
      id: `campaign_checker_${mode}`,
      display_name: '活动复核（自定义）',
      permissions: ['GET /admin/campaigns', 'POST /admin/campaigns/{id}/approve'],
    });
    expect(checker.status).toBe(201);
    expect((await decide(checker.body.id, 'approve')).status).toBe(200);
    const conflict = await propose({
      kind: 'user.roles',
      user_id: await env.adminId('manager2'),
      roles: ['campaign_manager', `campaign_checker_${mode}`],
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.message).toContain('活动复核（自定义）');

    const builtin = await propose({
      kind: 'role.update',
      role_id: 'auditor',
      permissions: ['GET /admin/campaigns'],
    });
    expect(builtin.status).toBe(409);
    expect(builtin.body.code).toBe('BUILTIN_ROLE');
  });

  it('a role change ends the user’s sessions; new roles apply on the next login', async () => {
    const before = await login('analyst');
    const token = before.body.token as string;
    expect((await env.api('GET', '/api/v1/admin/risk/reviews', { token })).status).not.toBe(403);
    const p = await propose({
      kind: 'user.roles',
      user_id: await env.adminId('analyst'),
      roles: ['auditor'],
    });
    expect(p.status).toBe(201);
    // Pending: nothing has changed yet.
    expect((await env.api('GET', '/api/v1/admin/auth/me', { token })).body.roles).toEqual(['risk_analyst']);
    expect((await decide(p.body.id, 'approve')).status).toBe(200);
    const after = await env.api('GET', '/api/v1/admin/auth/me', { token });
    expect(after.status).toBe(401);
    const again = await login('analyst');
    expect(again.body.user.roles).toEqual(['auditor']);
    expect((await env.api('GET', '/api/v1/admin/audit-logs', { token: again.body.token })).status).toBe(200);
    const back = await propose({
      kind: 'user.roles',
      user_id: await env.adminId('analyst'),
      roles: ['risk_analyst'],
    });
    expect((await decide(back.body.id, 'approve')).status).toBe(200);
  });

  it('logout revokes the token at once; refresh gives a new short-lived token for the same session', async () => {
    const s = await login('auditor');
    expect(s.status).toBe(200);
    const expires = new Date(s.body.expires_at).getTime() - env.clock.now().getTime();
    expect(expires).toBeLessThanOrEqual(30 * 60_000);
    env.clock.advance(20 * 60_000);
    const refreshed = await env.api('POST', '/api/v1/admin/auth/refresh', { token: s.body.token });
    expect(refreshed.status).toBe(200);
    env.clock.advance(15 * 60_000);
    expect((await env.api('GET', '/api/v1/admin/auth/me', { token: s.body.token })).status).toBe(401);
    const me = await env.api('GET', '/api/v1/admin/auth/me', { token: refreshed.body.token });
    expect(me.body).toMatchObject({ username: 'auditor', roles: ['auditor'] });
    expect((await env.api('POST', '/api/v1/admin/auth/logout', { token: refreshed.body.token })).status).toBe(
      204,
    );
    expect((await env.api('GET', '/api/v1/admin/auth/me', { token: refreshed.body.token })).status).toBe(401);
    expect(
      (await env.api('POST', '/api/v1/admin/auth/refresh', { token: refreshed.body.token })).status,
    ).toBe(401);
  });

  it('an admin token of the old kind (roles inside, no session) is refused', async () => {
    const legacy = createTokenService(env.config.tokenSecret, 3600, () => env.clock.now().getTime());
    const forged = legacy.issue({ typ: 'admin', sub: await env.adminId('admin'), roles: ['admin'] } as never);
    expect((await env.api('GET', '/api/v1/admin/campaigns', { token: forged.token })).status).toBe(401);
  });

  it("a merchant's settlement wallet changes only when a second person approves; the audit keeps a fingerprint", async () => {
    const now = new Date();
    const merchantId = `mch_wallet_${mode}`;
    await env.platform.db.exec(
      'INSERT INTO merchants (id, name, category, wallet_id, created_at, updated_at) VALUES (?,?,?,?,?,?)',
      [merchantId, '钱包测试商户', 'retail', 'OLDWALLET0000001', now, now],
    );
    const walletId = 'NEWWALLET1234567';
    const put = await env.api('PUT', `/api/v1/admin/merchants/${merchantId}/wallet`, {
      token: await env.admin('registrar'),
      body: { wallet_id: walletId },
    });
    expect(put.status).toBe(202);
    expect(put.body.payload.wallet_id).not.toBe(walletId);
    const stored = async () =>
      (
        await env.platform.db.query<{ wallet_id: string }>('SELECT wallet_id FROM merchants WHERE id = ?', [
          merchantId,
        ])
      )[0].wallet_id;
    expect(await stored()).toBe('OLDWALLET0000001');
    const byFunder = await env.api(
      'POST',
      `/api/v1/admin/merchants/${merchantId}/wallet-changes/${put.body.id}/approve`,
      { token: await env.admin('funder'), body: {} },
    );
    expect(byFunder.status).toBe(403);
    const ok = await env.api(
      'POST',
      `/api/v1/admin/merchants/${merchantId}/wallet-changes/${put.body.id}/approve`,
      {
        token: await env.admin('approver'),
        body: {},
      },
    );
    expect(ok.status).toBe(200);
    expect(await stored()).toBe(walletId);
    const print = `sha256:${createHash('sha256').update(walletId).digest('hex')}`;
    const trail = JSON.stringify(await audits(put.body.id));
    expect(trail).toContain(print);
    expect(trail).not.toContain(walletId);
    expect(trail).toContain(put.body.payload.wallet_id);
  });

  it("a lot's tariff changes only when a second person approves", async () => {
    const now = new Date();
    const merchantId = `mch_lot_${mode}`;
    await env.platform.db.exec(
      'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
      [merchantId, '停车场运营', 'parking', now, now],
    );
    const lot = await env.platform.services.parking.createLot({
      name: '复核测试停车场',
      address: '广州',
      merchant_id: merchantId,
      tariff_id: 'gz-central',
      free_exit_minutes: 15,
      lanes: [{ name: '入口', direction: 'entry' }],
    });
    const manager = await env.admin('manager');
    const patch = await env.api('PATCH', `/api/v1/admin/parking/lots/${lot.id}`, {
      token: manager,
      body: { tariff_id: 'gz-outer', free_exit_minutes: 20 },
    });
    expect(patch.status).toBe(202);
    expect(patch.body).toMatchObject({ tariff_id: 'gz-central', free_exit_minutes: 20 });
    const change = patch.body.pending_tariff_change.id;
    const self = await env.api(
      'POST',
      `/api/v1/admin/parking/lots/${lot.id}/tariff-changes/${change}/approve`,
      {
        token: manager,
        body: {},
      },
    );
    expect(self.status).toBe(403);
    const ok = await env.api(
      'POST',
      `/api/v1/admin/parking/lots/${lot.id}/tariff-changes/${change}/approve`,
      {
        token: await env.admin('approver'),
        body: {},
      },
    );
    expect(ok.status).toBe(200);
    const lots = await env.api('GET', '/api/v1/admin/parking/lots', { token: manager });
    expect(lots.body.items.find((l: { id: string }) => l.id === lot.id).tariff_id).toBe('gz-outer');
  });
});
