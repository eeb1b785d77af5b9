import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  iso,
  ledgerCheck,
  MODES,
  runningCampaign,
  startEnv,
  TEST_PASSWORD,
  type TestEnv,
} from '../../test/harness';

// Bad input on every endpoint family is refused with a 4xx, a stable code, a request id and no stack
// trace — and it writes nothing. Each base body below is accepted once during setup, so every case
// differs from a valid request by exactly the fault it names; a lax check would therefore write.

type Res = Awaited<ReturnType<TestEnv['api']>>;
type Who = 'registrar' | 'manager' | 'approver' | 'funder' | 'cashier';
type Setup = {
  env: TestEnv;
  tok: Record<Who, string>;
  /** A citizen who has claimed nothing yet, so a claim that slipped through would succeed. */
  citizen: string;
  funderId: string;
  runningId: string;
  draftId: string;
  pendingId: string;
  /** An unused coupon of the running campaign, so a redemption that slipped through would succeed. */
  couponCode: string;
  redemptionId: string;
};
type Case = {
  name: string;
  status: number;
  code: string;
  /** An issue in details.issues naming the offending field. */
  issue?: { path?: string; message?: RegExp };
  send: (s: Setup) => Promise<Res>;
};

const TABLES = [
  'campaigns',
  'campaign_versions',
  'campaign_packets',
  'campaign_stock_buckets',
  'campaign_day_counts',
  'claims',
  'ledger_entries',
  'deposits',
  'funders',
  'merchants',
  'coupon_redemptions',
  'idempotency_keys',
  'audit_logs',
  'users',
  'otp_challenges',
  'admin_users',
];

/** Row counts of every table, plus the mutable state of campaigns and claims (an UPDATE is a write too). */
async function snapshot(env: TestEnv) {
  const counts: Record<string, number> = {};
  for (const t of TABLES) {
    const [row] = await env.platform.db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${t}`);
    counts[t] = Number(row.n);
  }
  const campaigns = await env.platform.db.query(
    'SELECT id, status, version, budget_fen, reserved_fen, updated_at FROM campaigns ORDER BY id',
  );
  const claims = await env.platform.db.query('SELECT id, status, updated_at FROM claims ORDER BY id');
  return { counts, state: JSON.stringify({ campaigns, claims }) };
}

const STACK_FRAME = /\bat\s+(?:async\s+)?\S+\s+\(?[^\s()]*:\d+:\d+\)?/;
const KiB = 1024;
let seq = 0;
const key = (tag: string) => `bad-${tag}-${++seq}`;

const baseCampaign = (s: Setup) => {
  const now = s.env.clock.now().getTime();
  return {
    kind: 'coupon',
    name: '坏输入测试活动',
    funder_id: s.funderId,
    budget_fen: 10000,
    claim_start_at: iso(new Date(now + 86400_000)),
    claim_end_at: iso(new Date(now + 2 * 86400_000)),
    coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
  };
};

const VALIDATION = 'VALIDATION_FAILED';

const citizenAuthCases: Case[] = [
  {
    name: 'wechat: missing code',
    status: 400,
    code: VALIDATION,
    issue: { path: '/code' },
    send: (s) => s.env.api('POST', '/api/v1/auth/wechat', { body: {} }),
  },
  {
    name: 'wechat: extra field',
    status: 400,
    code: VALIDATION,
    issue: { message: /unknown field\(s\): scope/ },
    send: (s) =>
      s.env.api('POST', '/api/v1/auth/wechat', { body: { code: 'wx-code-1', scope: 'snsapi_userinfo' } }),
  },
  {
    name: 'wechat: code as number',
    status: 400,
    code: VALIDATION,
    issue: { path: '/code' },
    send: (s) => s.env.api('POST', '/api/v1/auth/wechat', { body: { code: 123456 } }),
  },
  {
    name: 'otp: phone "12345"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/phone', message: /mobile/ },
    send: (s) => s.env.api('POST', '/api/v1/auth/otp', { body: { phone: '12345' } }),
  },
  {
    name: 'otp: phone as number',
    status: 400,
    code: VALIDATION,
    issue: { path: '/phone' },
    send: (s) => s.env.api('POST', '/api/v1/auth/otp', { body: { phone: 13800138000 } }),
  },
  {
    name: 'otp/verify: code "12ab56"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/code', message: /6 digits/ },
    send: (s) =>
      s.env.api('POST', '/api/v1/auth/otp/verify', { body: { phone: '13800138000', code: '12ab56' } }),
  },
];

const adminAuthCases: Case[] = [
  {
    name: 'admin login: missing password',
    status: 400,
    code: VALIDATION,
    issue: { path: '/password' },
    send: (s) => s.env.api('POST', '/api/v1/admin/auth/login', { body: { username: 'manager' } }),
  },
  {
    name: 'admin login: extra field',
    status: 400,
    code: VALIDATION,
    issue: { message: /unknown field\(s\): remember/ },
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/auth/login', {
        body: { username: 'manager', password: TEST_PASSWORD, remember: true },
      }),
  },
  {
    name: 'admin login: wrong password',
    status: 401,
    code: 'INVALID_CREDENTIALS',
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/auth/login', {
        body: { username: 'manager', password: 'wrong horse' },
      }),
  },
  {
    name: 'admin login: unknown user',
    status: 401,
    code: 'INVALID_CREDENTIALS',
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/auth/login', {
        body: { username: 'nobody', password: TEST_PASSWORD },
      }),
  },
];

const deposit = (s: Setup, body: unknown, opts: { idem?: string | null; id?: string } = {}) =>
  s.env.api('POST', `/api/v1/admin/funders/${opts.id ?? s.funderId}/deposits`, {
    token: s.tok.funder,
    idem: opts.idem === null ? undefined : (opts.idem ?? key('dep')),
    body,
  });

const fundingCases: Case[] = [
  {
    name: 'funder: kind "alien"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/kind' },
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/funders', {
        token: s.tok.registrar,
        body: { name: '外星财政局', kind: 'alien' },
      }),
  },
  {
    name: 'funder: created by a funder (not admin)',
    status: 403,
    code: 'FORBIDDEN',
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/funders', {
        token: s.tok.funder,
        body: { name: '越权财政局', kind: 'bank' },
      }),
  },
  {
    name: 'merchant: missing category',
    status: 400,
    code: VALIDATION,
    issue: { path: '/category' },
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/merchants', { token: s.tok.registrar, body: { name: '无类目商户' } }),
  },
  {
    name: 'deposit: negative amount',
    status: 400,
    code: VALIDATION,
    issue: { path: '/amount_fen' },
    send: (s) => deposit(s, { amount_fen: -100, reference: 'neg' }),
  },
  {
    name: 'deposit: fractional amount 10.5',
    status: 400,
    code: VALIDATION,
    issue: { path: '/amount_fen', message: /integer/ },
    send: (s) => deposit(s, { amount_fen: 10.5, reference: 'frac' }),
  },
  {
    name: 'deposit: amount as string "100"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/amount_fen' },
    send: (s) => deposit(s, { amount_fen: '100', reference: 'str' }),
  },
  {
    name: 'deposit: 10k-char reference',
    status: 400,
    code: VALIDATION,
    issue: { path: '/reference' },
    send: (s) => deposit(s, { amount_fen: 100, reference: 'r'.repeat(10_000) }),
  },
  {
    name: 'deposit: missing Idempotency-Key',
    status: 400,
    code: 'IDEMPOTENCY_KEY_REQUIRED',
    send: (s) => deposit(s, { amount_fen: 100, reference: 'no key' }, { idem: null }),
  },
  {
    name: 'deposit: funder id of 41 chars',
    status: 400,
    code: VALIDATION,
    issue: { path: '/id' },
    send: (s) => deposit(s, { amount_fen: 100, reference: 'long id' }, { id: 'f'.repeat(41) }),
  },
];

const createCampaign = (s: Setup, body: unknown) =>
  s.env.api('POST', '/api/v1/admin/campaigns', { token: s.tok.manager, body });

const campaignCases: Case[] = [
  {
    name: 'campaign: unknown field',
    status: 400,
    code: VALIDATION,
    issue: { message: /unknown field\(s\): colour/ },
    send: (s) => createCampaign(s, { ...baseCampaign(s), colour: 'red' }),
  },
  {
    name: 'campaign: red_packet without red_packet terms',
    status: 400,
    code: VALIDATION,
    issue: { path: '/red_packet' },
    send: (s) => createCampaign(s, { ...baseCampaign(s), kind: 'red_packet', coupon: undefined }),
  },
  {
    name: 'campaign: budget_fen -1',
    status: 400,
    code: VALIDATION,
    issue: { path: '/budget_fen' },
    send: (s) => createCampaign(s, { ...baseCampaign(s), budget_fen: -1 }),
  },
  {
    name: 'campaign: budget_fen 1.5',
    status: 400,
    code: VALIDATION,
    issue: { path: '/budget_fen', message: /integer/ },
    send: (s) => createCampaign(s, { ...baseCampaign(s), budget_fen: 1.5 }),
  },
  {
    name: 'campaign: claim_end_at before claim_start_at',
    status: 400,
    code: VALIDATION,
    issue: { path: '/claim_end_at' },
    send: (s) => {
      const b = baseCampaign(s);
      return createCampaign(s, { ...b, claim_start_at: b.claim_end_at, claim_end_at: b.claim_start_at });
    },
  },
  {
    name: 'campaign: claim_start_at "tomorrow"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/claim_start_at', message: /RFC 3339/ },
    send: (s) => createCampaign(s, { ...baseCampaign(s), claim_start_at: 'tomorrow' }),
  },
  {
    name: 'campaign: 10,000-char name',
    status: 400,
    code: VALIDATION,
    issue: { path: '/name' },
    send: (s) => createCampaign(s, { ...baseCampaign(s), name: '名'.repeat(10_000) }),
  },
  {
    name: 'campaign: percent coupon without cap_fen',
    status: 400,
    code: VALIDATION,
    issue: { path: '/coupon/cap_fen' },
    send: (s) =>
      createCampaign(s, {
        ...baseCampaign(s),
        coupon: { type: 'percent', percent_off: 20, use_window: { days: 7 } },
      }),
  },
  {
    name: 'campaign: created without a token',
    status: 401,
    code: 'UNAUTHENTICATED',
    send: (s) => s.env.api('POST', '/api/v1/admin/campaigns', { body: baseCampaign(s) }),
  },
  {
    name: 'campaign: created by an approver',
    status: 403,
    code: 'FORBIDDEN',
    send: (s) =>
      s.env.api('POST', '/api/v1/admin/campaigns', { token: s.tok.approver, body: baseCampaign(s) }),
  },
  {
    name: 'campaign: PATCH with {}',
    status: 400,
    code: VALIDATION,
    issue: { message: /at least one field/ },
    send: (s) =>
      s.env.api('PATCH', `/api/v1/admin/campaigns/${s.draftId}`, { token: s.tok.manager, body: {} }),
  },
  {
    name: 'campaign: PATCH with no body',
    status: 400,
    code: VALIDATION,
    issue: { message: /at least one field/ },
    send: (s) => s.env.api('PATCH', `/api/v1/admin/campaigns/${s.draftId}`, { token: s.tok.manager }),
  },
  {
    name: 'campaign: reject without comment',
    status: 400,
    code: VALIDATION,
    issue: { path: '/comment' },
    send: (s) =>
      s.env.api('POST', `/api/v1/admin/campaigns/${s.pendingId}/reject`, { token: s.tok.approver, body: {} }),
  },
  {
    name: 'campaign: reject with a blank comment',
    status: 400,
    code: VALIDATION,
    issue: { path: '/comment' },
    send: (s) =>
      s.env.api('POST', `/api/v1/admin/campaigns/${s.pendingId}/reject`, {
        token: s.tok.approver,
        body: { comment: '   ' },
      }),
  },
];

const claim = (s: Setup, opts: Parameters<TestEnv['api']>[2] = {}) =>
  s.env.api('POST', `/api/v1/campaigns/${s.runningId}/claims`, {
    token: s.citizen,
    idem: key('claim'),
    ...opts,
  });

const claimCases: Case[] = [
  {
    name: 'claim: missing Idempotency-Key',
    status: 400,
    code: 'IDEMPOTENCY_KEY_REQUIRED',
    send: (s) => claim(s, { idem: undefined, body: {} }),
  },
  {
    name: 'claim: unknown body field',
    status: 400,
    code: VALIDATION,
    issue: { message: /unknown field\(s\): referrer/ },
    send: (s) => claim(s, { body: { channel: 'h5', referrer: 'x' } }),
  },
  {
    name: 'claim: channel "fax"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/channel' },
    send: (s) => claim(s, { body: { channel: 'fax' } }),
  },
  {
    name: 'claim: JSON null body',
    status: 400,
    code: VALIDATION,
    send: (s) => claim(s, { raw: 'null' }),
  },
  {
    name: 'claim: invalid JSON "{bad"',
    status: 400,
    code: 'INVALID_JSON',
    send: (s) => claim(s, { raw: '{bad' }),
  },
  {
    name: 'claim: text/plain content type',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    send: (s) => claim(s, { raw: '{"channel":"h5"}', headers: { 'content-type': 'text/plain' } }),
  },
  {
    name: 'claim: 70 KiB body',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    send: (s) => claim(s, { body: { channel: 'h5', device_id: 'd'.repeat(70 * KiB) } }),
  },
  {
    name: 'claim: no token',
    status: 401,
    code: 'UNAUTHENTICATED',
    send: (s) => claim(s, { token: undefined, body: {} }),
  },
  {
    name: 'claim: garbage token',
    status: 401,
    code: 'UNAUTHENTICATED',
    send: (s) => claim(s, { token: 'not-a-token', body: {} }),
  },
  {
    name: 'claim: admin token',
    status: 403,
    code: 'FORBIDDEN',
    send: (s) => claim(s, { token: s.tok.manager, body: {} }),
  },
  {
    name: 'claim: Idempotency-Key of 300 chars',
    status: 400,
    code: 'IDEMPOTENCY_KEY_INVALID',
    send: (s) => claim(s, { idem: 'k'.repeat(300), body: {} }),
  },
];

const redeem = (s: Setup, body: unknown, idem: string | null = key('rdm')) =>
  s.env.api('POST', '/api/v1/merchant/coupon-redemptions', {
    token: s.tok.cashier,
    idem: idem ?? undefined,
    body,
  });

const merchantCases: Case[] = [
  {
    name: 'redeem: coupon_code "abc"',
    status: 400,
    code: VALIDATION,
    issue: { path: '/coupon_code' },
    send: (s) => redeem(s, { coupon_code: 'abc', order_no: 'ord-1', order_amount_fen: 10000 }),
  },
  {
    name: 'redeem: negative order_amount_fen',
    status: 400,
    code: VALIDATION,
    issue: { path: '/order_amount_fen' },
    send: (s) => redeem(s, { coupon_code: s.couponCode, order_no: 'ord-2', order_amount_fen: -10000 }),
  },
  {
    name: 'redeem: fractional order_amount_fen',
    status: 400,
    code: VALIDATION,
    issue: { path: '/order_amount_fen', message: /integer/ },
    send: (s) => redeem(s, { coupon_code: s.couponCode, order_no: 'ord-3', order_amount_fen: 10000.5 }),
  },
  {
    name: 'redeem: missing order_no',
    status: 400,
    code: VALIDATION,
    issue: { path: '/order_no' },
    send: (s) => redeem(s, { coupon_code: s.couponCode, order_amount_fen: 10000 }),
  },
  {
    name: 'redeem: missing Idempotency-Key',
    status: 400,
    code: 'IDEMPOTENCY_KEY_REQUIRED',
    send: (s) => redeem(s, { coupon_code: s.couponCode, order_no: 'ord-4', order_amount_fen: 10000 }, null),
  },
  {
    name: 'quote: code "123", order_amount_fen=-5',
    status: 400,
    code: VALIDATION,
    issue: { path: '/code' },
    send: (s) =>
      s.env.api('GET', '/api/v1/merchant/coupons/123?order_amount_fen=-5', { token: s.tok.cashier }),
  },
  {
    name: 'quote: valid code, order_amount_fen=-5',
    status: 400,
    code: VALIDATION,
    issue: { path: '/order_amount_fen' },
    send: (s) =>
      s.env.api('GET', `/api/v1/merchant/coupons/${s.couponCode}?order_amount_fen=-5`, {
        token: s.tok.cashier,
      }),
  },
  {
    name: 'refund: a body where none is taken',
    status: 400,
    code: 'UNEXPECTED_BODY',
    send: (s) =>
      s.env.api('POST', `/api/v1/merchant/coupon-redemptions/${s.redemptionId}/refund`, {
        token: s.tok.cashier,
        idem: key('refund'),
        body: { reason: 'changed my mind' },
      }),
  },
];

const myClaims = (s: Setup, qs: string) => s.env.api('GET', `/api/v1/me/claims?${qs}`, { token: s.citizen });

const queryCases: Case[] = [
  {
    name: 'me/claims: limit=0',
    status: 400,
    code: VALIDATION,
    issue: { path: '/limit' },
    send: (s) => myClaims(s, 'limit=0'),
  },
  {
    name: 'me/claims: limit=abc',
    status: 400,
    code: VALIDATION,
    issue: { path: '/limit' },
    send: (s) => myClaims(s, 'limit=abc'),
  },
  {
    name: 'me/claims: limit=101',
    status: 400,
    code: VALIDATION,
    issue: { path: '/limit' },
    send: (s) => myClaims(s, 'limit=101'),
  },
  {
    name: 'me/claims: unknown=1',
    status: 400,
    code: VALIDATION,
    issue: { message: /unknown field\(s\): unknown/ },
    send: (s) => myClaims(s, 'unknown=1'),
  },
  {
    name: 'admin/campaigns: status=bogus',
    status: 400,
    code: VALIDATION,
    issue: { path: '/status' },
    send: (s) => s.env.api('GET', '/api/v1/admin/campaigns?status=bogus', { token: s.tok.manager }),
  },
];

const routeCases: Case[] = [
  {
    name: 'unknown route: GET /api/v1/nope',
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    send: (s) => s.env.api('GET', '/api/v1/nope'),
  },
  {
    name: 'unknown route: POST with a body',
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    send: (s) => s.env.api('POST', '/api/v1/admin/nothing-here', { token: s.tok.registrar, body: { a: 1 } }),
  },
  {
    name: 'wrong method on an existing route',
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    send: (s) => s.env.api('DELETE', '/api/v1/admin/campaigns', { token: s.tok.registrar }),
  },
  {
    name: 'unknown route: outside the API prefix',
    status: 404,
    code: 'ROUTE_NOT_FOUND',
    send: (s) => s.env.api('GET', '/nope'),
  },
];

const CASES: Case[] = [
  ...citizenAuthCases,
  ...adminAuthCases,
  ...fundingCases,
  ...campaignCases,
  ...claimCases,
  ...merchantCases,
  ...queryCases,
  ...routeCases,
];

/** Funder, running coupon campaign, a draft, a pending campaign, an unused coupon and one redemption. */
async function setUp(env: TestEnv): Promise<Setup> {
  const tok = {} as Record<Who, string>;
  for (const who of ['registrar', 'manager', 'approver', 'funder', 'cashier'] as const)
    tok[who] = await env.admin(who);
  const { id: runningId, funderId } = await runningCampaign(env, {
    kind: 'coupon',
    budget_fen: 10000,
    coupon: { type: 'instant', discount_fen: 500, use_window: { days: 7 } },
  });
  const [holder, redeemer, citizen] = await env.citizens(3);
  const s: Setup = {
    env,
    tok,
    citizen: citizen.token,
    funderId,
    runningId,
    draftId: '',
    pendingId: '',
    couponCode: '',
    redemptionId: '',
  };

  // The base bodies the cases break, each accepted once here.
  const draft = await createCampaign(s, baseCampaign(s));
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  s.draftId = draft.body.id;
  const pending = await createCampaign(s, baseCampaign(s));
  expect(pending.status).toBe(201);
  s.pendingId = pending.body.id;
  const submitted = await env.api('POST', `/api/v1/admin/campaigns/${s.pendingId}/submit`, {
    token: tok.manager,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

  const held = await claim({ ...s, citizen: holder.token }, { body: { channel: 'h5' } });
  expect(held.status, JSON.stringify(held.body)).toBe(201);
  s.couponCode = held.body.coupon.code;
  const spent = await claim({ ...s, citizen: redeemer.token }, { body: { channel: 'h5' } });
  expect(spent.status).toBe(201);
  const redeemed = await redeem(s, {
    coupon_code: spent.body.coupon.code,
    order_no: 'setup-order',
    order_amount_fen: 10000,
  });
  expect(redeemed.status, JSON.stringify(redeemed.body)).toBe(201);
  s.redemptionId = redeemed.body.id;
  return s;
}

describe.each(MODES)('bad input is refused and writes nothing (%s)', (mode) => {
  let env: TestEnv;
  let s: Setup;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    env = await startEnv(mode);
    s = await setUp(env);
    before = await snapshot(env);
  });
  afterAll(async () => env?.close());

  it.each(CASES)('$name → $status $code', async (c) => {
    const res = await c.send(s);
    expect(res.status, JSON.stringify(res.body)?.slice(0, 500)).toBe(c.status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.code).toBe(c.code);
    expect(typeof res.body.request_id).toBe('string');
    expect(res.body.request_id.length).toBeGreaterThan(0);
    expect(res.headers.get('x-request-id')).toBe(res.body.request_id);
    expect(typeof res.body.message).toBe('string');
    expect(res.body.message.length).toBeGreaterThan(0);
    const text = JSON.stringify(res.body);
    expect(res.body.message).not.toMatch(STACK_FRAME);
    expect(res.body.message).not.toContain('Error:');
    expect(text).not.toMatch(STACK_FRAME);
    expect(text).not.toContain('node_modules');
    if (c.code === VALIDATION) {
      expect(Array.isArray(res.body.details?.issues)).toBe(true);
      expect(res.body.details.issues.length).toBeGreaterThan(0);
    }
    if (c.issue) {
      expect(res.body.details.issues).toContainEqual(
        expect.objectContaining({
          ...(c.issue.path ? { path: c.issue.path } : {}),
          ...(c.issue.message ? { message: expect.stringMatching(c.issue.message) } : {}),
        }),
      );
    }

    const after = await snapshot(env);
    expect(after.counts).toEqual(before.counts);
    expect(after.state).toBe(before.state);
  });

  it('leaves the books balanced', async () => {
    expect((await ledgerCheck(env)).balanced).toBe(true);
  });
});
