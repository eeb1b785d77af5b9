import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, startEnv, type TestEnv } from '../../../test/harness';

// Merchant onboarding under maker-checker, over HTTP on both databases: the registrar files, the
// applicant cannot approve their own application, a second person's approval creates the merchant
// once, a rejection needs its reason, bad input changes nothing, and lists mask personal data.
describe.each(MODES)('merchant onboarding (%s)', (mode) => {
  let env: TestEnv;
  let registrar: string;
  let approver: string;
  let seq = 0;
  // Valid-looking 统一社会信用代码 (18 characters), one per application.
  const licence = () =>
    `91440101MA${String(Date.now() % 1e6).padStart(6, '0')}${String(seq++).padStart(2, '0')}`;
  const body = (licence_no: string) => ({
    legal_name: '广州市天河区好味道餐饮有限公司',
    name: '好味道餐厅',
    licence_no,
    category: 'catering',
    contact_phone: '13812345678',
    settlement_account_no: '6217000011112222',
  });
  const apply = (b: Record<string, unknown>, token = registrar) =>
    env.api('POST', '/api/v1/admin/merchant-applications', { token, body: b });
  const decide = (id: string, decision: string, token: string, b: Record<string, unknown> = {}) =>
    env.api('POST', `/api/v1/admin/merchant-applications/${id}/${decision}`, { token, body: b });
  const merchantCount = async () =>
    Number((await env.platform.db.query<{ n: unknown }>('SELECT COUNT(*) AS n FROM merchants'))[0].n);

  beforeAll(async () => {
    env = await startEnv(mode);
    registrar = await env.admin('registrar');
    approver = await env.admin('approver');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('apply → a second person approves → the merchant exists, once', async () => {
    const before = await merchantCount();
    const filed = await apply(body(licence()));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      status: 'submitted',
      contact_phone_masked: '138****5678',
      merchant_id: null,
    });
    expect(JSON.stringify(filed.body)).not.toContain('13812345678');
    expect(JSON.stringify(filed.body)).not.toContain('6217000011112222');
    // Maker-checker: the applicant may not decide it.
    const self = await decide(filed.body.id, 'approve', registrar);
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('SAME_PERSON');
    expect(await merchantCount()).toBe(before);
    const ok = await decide(filed.body.id, 'approve', approver, { comment: '执照与账户已核验' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('approved');
    expect(ok.body.merchant_id).toMatch(/^mch_/);
    const again = await decide(filed.body.id, 'approve', approver);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPLICATION_DECIDED');
    expect(await merchantCount()).toBe(before + 1);
    const merchants = await env.api('GET', '/api/v1/admin/merchants', { token: approver });
    expect(JSON.stringify(merchants.body)).toContain(ok.body.merchant_id);
    // The licence is now taken: a second application for it is refused.
    const dup = await apply(body(filed.body.licence_no));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('MERCHANT_LICENCE_TAKEN');
  });

  it('a rejection needs its reason and makes no merchant; bad input and wrong roles change nothing', async () => {
    const before = await merchantCount();
    const filed = await apply(body(licence()));
    const bare = await decide(filed.body.id, 'reject', approver);
    expect(bare.status).toBe(422);
    expect(bare.body.code).toBe('COMMENT_REQUIRED');
    const rejected = await decide(filed.body.id, 'reject', approver, { comment: '营业执照已过期' });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      review_comment: '营业执照已过期',
      merchant_id: null,
    });
    const late = await decide(filed.body.id, 'approve', approver);
    expect(late.status).toBe(409);
    for (const bad of [
      { ...body(licence()), licence_no: '123' },
      { ...body(licence()), contact_phone: '12345' },
      { ...body(licence()), settlement_account_no: 'abc' },
      { ...body(licence()), amount_fen: 1 },
    ]) {
      const r = await apply(bad);
      expect(r.status).toBe(400);
      expect(r.body).toHaveProperty('request_id');
    }
    const cashier = await env.admin('cashier');
    expect((await apply(body(licence()), cashier)).status).toBe(403);
    const pending = await apply(body(licence()));
    expect((await decide(pending.body.id, 'approve', cashier)).status).toBe(403);
    const list = await env.api('GET', '/api/v1/admin/merchant-applications?status=submitted', {
      token: approver,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(pending.body.id);
    expect(await merchantCount()).toBe(before);
  });
});
