import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

const tianheOnly = {
  hit_policy: 'first',
  rules: [
    {
      id: 'tianhe',
      when: {
        all: [
          { fact: 'user.region', op: 'eq', value: '440106' },
          { fact: 'user.wallet_level', op: 'lte', value: 3 },
        ],
      },
      then: { decision: 'allow' },
    },
  ],
  default: { decision: 'reject', reason: 'REGION_NOT_ALLOWED', message: '仅限天河区已实名钱包用户领取' },
};

describe.each(MODES)('eligibility rule sets (%s)', (mode) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv(mode);
  });
  afterAll(async () => env?.close());

  async function withProfile(profile: Record<string, unknown>) {
    const [u] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET profile = ? WHERE id = ?', [JSON.stringify(profile), u.id]);
    return u;
  }

  const act = async (user: string, id: string, version: number, action: string) =>
    env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets/${version}/${action}`, {
      token: await env.admin(user),
      body: {},
    });

  it('tells editors which facts exist, their types and the operators that fit each', async () => {
    const res = await env.api('GET', '/api/v1/admin/rule-facts', { token: await env.admin('manager') });
    expect(res.status).toBe(200);
    const level = res.body.eligibility.find((f: any) => f.fact === 'user.wallet_level');
    expect(level).toMatchObject({ type: 'number' });
    expect(level.operators).toContain('lte');
    expect(level.operators).not.toContain('starts_with');
    expect(res.body.risk.length).toBeGreaterThan(0);
    expect(res.body.decisions).toEqual({
      eligibility: ['allow', 'reject'],
      risk: ['pass', 'review', 'reject'],
    });
    const citizen = (await env.citizens(1))[0];
    expect((await env.api('GET', '/api/v1/admin/rule-facts', { token: citizen.token })).status).toBe(403);
  });

  it('refuses invalid rule sets with the path of each problem and writes nothing', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const bad = {
      ...tianheOnly,
      rules: [
        {
          ...tianheOnly.rules[0],
          when: {
            all: [
              { fact: 'user.region', op: 'eq', value: '440106' },
              { fact: 'user.wallet_level', op: 'gte ', value: 1 },
            ],
          },
        },
      ],
    };
    const res = await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: await env.admin('manager'),
      body: { definition: bad },
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('RULE_SET_INVALID');
    expect(res.body.details.issues).toContainEqual({
      path: '/rules/0/when/all/1/op',
      message: 'unknown operator "gte "',
    });
    const undeclared = await env.api('POST', '/api/v1/admin/rule-sets/validate', {
      token: await env.admin('manager'),
      body: {
        definition: {
          ...tianheOnly,
          rules: [
            { id: 'x', when: { fact: 'user.income', op: 'gt', value: 1 }, then: { decision: 'allow' } },
          ],
        },
      },
    });
    expect(undeclared.body.issues).toContainEqual({
      path: '/rules/0/when/fact',
      message: 'unknown fact "user.income" (not declared in facts)',
    });
    expect(
      (
        await env.api('GET', `/api/v1/admin/campaigns/${id}/rule-sets`, {
          token: await env.admin('approver'),
        })
      ).body.items,
    ).toHaveLength(0);
  });

  it('an approved rule set decides claims, records its version, and explains refusals in Chinese', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    const draft = await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: await env.admin('manager'),
      body: { definition: tianheOnly },
    });
    expect(draft.body).toMatchObject({ version: 1, status: 'draft' });
    expect((await act('manager', id, 1, 'submit')).body.status).toBe('pending_approval');
    expect((await act('manager', id, 1, 'approve')).status).toBe(403);
    expect((await act('approver', id, 1, 'approve')).body.status).toBe('active');

    const resident = await withProfile({ region: '440106', wallet_level: 2 });
    const outsider = await withProfile({ region: '440111', wallet_level: 2 });
    const ok = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: resident.token,
      idem: 'e1',
      body: { channel: 'h5' },
    });
    expect(ok.status).toBe(201);
    const row = (
      await env.platform.db.query<{ rule_version: number; facts: string }>(
        'SELECT rule_version, facts FROM claims WHERE id = ?',
        [ok.body.id],
      )
    )[0];
    expect(Number(row.rule_version)).toBe(1);
    expect(JSON.parse(row.facts)).toMatchObject({
      user: { region: '440106', wallet_level: 2 },
      request: { channel: 'h5' },
    });
    const no = await env.api('POST', `/api/v1/campaigns/${id}/claims`, {
      token: outsider.token,
      idem: 'e2',
      body: {},
    });
    expect(no.status).toBe(422);
    expect(no.body).toMatchObject({
      code: 'NOT_ELIGIBLE',
      message: '仅限天河区已实名钱包用户领取',
      details: { reason_codes: ['REGION_NOT_ALLOWED'], rule_version: 1 },
    });
  });

  it('simulates a draft against recent claims, then rolls back to the previous version', async () => {
    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: await env.admin('manager'),
      body: { definition: tianheOnly },
    });
    await act('manager', id, 1, 'submit');
    await act('approver', id, 1, 'approve');
    for (const level of [1, 2, 3]) {
      const u = await withProfile({ region: '440106', wallet_level: level });
      expect(
        (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: 's', body: {} }))
          .status,
      ).toBe(201);
    }
    const stricter = {
      ...tianheOnly,
      rules: [
        {
          ...tianheOnly.rules[0],
          when: {
            all: [
              { fact: 'user.region', op: 'eq', value: '440106' },
              { fact: 'user.wallet_level', op: 'lte', value: 1 },
            ],
          },
        },
      ],
    };
    await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: await env.admin('manager'),
      body: { definition: stricter },
    });
    const sim = await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets/2/simulate`, {
      token: await env.admin('approver'),
      body: { last_n: 100 },
    });
    expect(sim.body).toMatchObject({ total: 3, changed: 2, transitions: { 'allow→reject': 2 } });

    await act('manager', id, 2, 'submit');
    await act('approver', id, 2, 'approve');
    const versions = async () =>
      (
        await env.api('GET', `/api/v1/admin/campaigns/${id}/rule-sets`, { token: await env.admin('auditor') })
      ).body.items.map((v: { version: number; status: string }) => `${v.version}:${v.status}`);
    expect(await versions()).toEqual(['2:active', '1:superseded']);
    expect((await act('approver', id, 1, 'rollback')).body.status).toBe('active');
    expect(await versions()).toEqual(['2:superseded', '1:active']);
    expect((await act('manager', id, 2, 'submit')).status).toBe(409); // superseded versions are not resubmitted
    const audit = await env.api('GET', '/api/v1/admin/audit-logs?action=rule_set.rollback', {
      token: await env.admin('auditor'),
    });
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
  });
  it('validates and simulates the newer DSL: named conditions, any_of / none_of, windows to 24:00, offsets', async () => {
    const manager = await env.admin('manager');
    const facts = await env.api('GET', '/api/v1/admin/rule-facts', { token: manager });
    const ops = (f: string) => facts.body.eligibility.find((x: any) => x.fact === f).operators;
    expect(ops('user.tags')).toEqual(expect.arrayContaining(['contains', 'any_of', 'none_of']));
    expect(ops('user.region')).not.toContain('any_of');

    const localStudents = {
      hit_policy: 'first',
      conditions: {
        LOCAL: { fact: 'user.region', op: 'eq', value: '440106' },
        STUDENT_OR_RESIDENT: {
          all: [
            { fact: 'user.tags', op: 'any_of', value: ['student', 'resident'] },
            { fact: 'user.tags', op: 'none_of', value: ['blocked'] },
          ],
        },
        ALL_DAY: { fact: 'request.time', op: 'time_between', value: { from: '00:00', to: '24:00' } },
      },
      rules: [
        {
          id: 'local-students',
          when: { all: [{ use: 'LOCAL' }, { use: 'STUDENT_OR_RESIDENT' }, { use: 'ALL_DAY' }] },
          then: { decision: 'allow' },
        },
      ],
      default: { decision: 'reject', reason: 'NOT_ELIGIBLE', message: '仅限本区学生或居民' },
    };
    const validate = async (definition: unknown, kind = 'eligibility') =>
      (
        await env.api('POST', '/api/v1/admin/rule-sets/validate', {
          token: manager,
          body: { definition, kind },
        })
      ).body;
    expect(await validate(localStudents)).toEqual({ ok: true, issues: [] });
    const burst = {
      hit_policy: 'worst',
      rules: [
        {
          id: 'burst',
          when: {
            fact: 'velocity.user_claims_24h',
            op: 'lte',
            fact_ref: 'velocity.user_claims_1h',
            offset: 2,
          },
          then: { decision: 'review', reason: 'BURST' },
        },
      ],
      default: { decision: 'pass' },
    };
    expect(await validate(burst, 'risk')).toEqual({ ok: true, issues: [] });
    const refused = await validate({
      ...localStudents,
      conditions: {
        ...localStudents.conditions,
        ALL_DAY: {
          fact: 'request.time',
          op: 'time_between',
          value: { from: '00:00', to: '24:00', tz: 'UTC' },
        },
        LOOP: { not: { use: 'LOOP' } },
      },
      rules: [
        {
          id: 'x',
          when: {
            all: [{ use: 'LOCAL' }, { use: 'NO_SUCH' }, { fact: 'user.tags', op: 'any_of', value: [] }],
          },
          then: { decision: 'allow' },
        },
      ],
    });
    expect(refused.ok).toBe(false);
    expect(refused.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining([
        '/conditions/ALL_DAY/value',
        '/conditions/LOOP',
        '/rules/0/when/all/1/use',
        '/rules/0/when/all/2/value',
      ]),
    );

    const { id } = await runningCampaign(env, {
      kind: 'red_packet',
      budget_fen: 1000,
      red_packet: { mode: 'fixed', amount_fen: 100 },
    });
    await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: manager,
      body: { definition: tianheOnly },
    });
    await act('manager', id, 1, 'submit');
    await act('approver', id, 1, 'approve');
    for (const tags of [['student'], ['student', 'blocked'], []]) {
      const u = await withProfile({ region: '440106', wallet_level: 1, tags });
      expect(
        (await env.api('POST', `/api/v1/campaigns/${id}/claims`, { token: u.token, idem: 'n', body: {} }))
          .status,
      ).toBe(201);
    }
    const draft = await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets`, {
      token: manager,
      body: { definition: localStudents },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.definition).toEqual(localStudents);
    const sim = await env.api('POST', `/api/v1/admin/campaigns/${id}/rule-sets/2/simulate`, {
      token: await env.admin('approver'),
      body: { last_n: 100 },
    });
    expect(sim.body).toMatchObject({ total: 3, changed: 2, transitions: { 'allow→reject': 2 } });
  });
});
