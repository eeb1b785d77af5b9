import { z } from 'zod';
import type { ModuleContext, PartnerCall, PartnerOperation } from '../../platform/module';
import { notFound, refused } from '../../shared/domain-error';
import { maskCouponCode } from '../../masking/mask';
import { toRfc3339 } from '../../shared/time';
import { newId } from '../../shared/ids';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import type { Db } from '../../db/sql';

// The operations APIX itself offers (marketing), declared exactly as any module declares its own in
// its descriptor's `partnerOperations`; the catalogue, routes and OpenAPI come from these entries.

/** Typed construction of an entry: the handler sees the parsed params, query and body. */
export function partnerOperation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  op: Omit<PartnerOperation, 'handler' | 'params' | 'query' | 'body'> & {
    params?: P;
    query?: Q;
    body?: B;
    handler(
      call: PartnerCall<z.infer<P>, z.infer<Q>, z.infer<B>>,
      ctx: ModuleContext,
    ): Promise<{ status: number; body?: unknown }>;
  },
): PartnerOperation {
  return op as unknown as PartnerOperation;
}

const Campaign = z
  .object({
    id: z.string(),
    kind: z.enum(['red_packet', 'coupon']),
    name: z.string(),
    status: z.string(),
    face_fen: z.number().int(),
    claim_start_at: z.string(),
    claim_end_at: z.string(),
    remaining: z.number(),
  })
  .meta({ id: 'OpenCampaign' });

export const OpenClaim = z
  .object({
    id: z.string(),
    campaign_id: z.string(),
    kind: z.enum(['red_packet', 'coupon']),
    amount_fen: z.number().int(),
    status: z.string(),
    /** Only the last 4 digits: the full code is the citizen's, shown in their app. */
    coupon_code_masked: z.string().nullable(),
    use_end_at: z.string().nullable(),
    created_at: z.string().nullable(),
  })
  .meta({ id: 'OpenClaim' });

type ClaimLike = {
  id: string;
  campaign_id: string;
  kind: 'red_packet' | 'coupon';
  amount_fen: number;
  status: string;
  coupon: { code: string | null; use_end_at: string | null } | null;
  created_at: string | null;
};

const openClaim = (c: ClaimLike) => ({
  id: c.id,
  campaign_id: c.campaign_id,
  kind: c.kind,
  amount_fen: c.amount_fen,
  status: c.status,
  coupon_code_masked: c.coupon?.code ? maskCouponCode(c.coupon.code) : null,
  use_end_at: c.coupon?.use_end_at ?? null,
  created_at: c.created_at,
});

const campaignView = (c: z.infer<typeof Campaign> & Record<string, unknown>) => ({
  id: c.id,
  kind: c.kind,
  name: c.name,
  status: c.status,
  face_fen: c.face_fen,
  claim_start_at: c.claim_start_at,
  claim_end_at: c.claim_end_at,
  remaining: c.remaining,
});

const idParam = z.strictObject({ id: z.string().min(1).max(40) });

/** Who every citizen is in the sandbox (answers and webhooks there carry no real personal data). */
export const SANDBOX_IDENTITY = { phone: '13800000000', real_name: '沙箱用户' } as const;

type SandboxClaimRow = {
  id: string;
  campaign_id: string;
  kind: 'red_packet' | 'coupon';
  amount_fen: number | string;
  status: string;
  coupon_code_masked: string | null;
  use_end_at: Date | string | null;
  created_at: Date | string;
};

const sandboxClaimView = (r: SandboxClaimRow) => ({
  id: r.id,
  campaign_id: r.campaign_id,
  kind: r.kind,
  amount_fen: Number(r.amount_fen),
  status: r.status,
  coupon_code_masked: r.coupon_code_masked,
  use_end_at: toRfc3339(r.use_end_at),
  created_at: toRfc3339(r.created_at),
});

/** A sandbox issue: the campaign is read (public), nothing of it changes; the replay is stored with it. */
async function issueSandboxClaim(
  db: Db,
  now: Date,
  appId: string,
  campaign: { id: string; kind: 'red_packet' | 'coupon'; face_fen: number; claim_end_at: string | null },
  idempotency: IdempotencyTicket,
) {
  const row: SandboxClaimRow = {
    id: newId('sbx'),
    campaign_id: campaign.id,
    kind: campaign.kind,
    amount_fen: campaign.face_fen,
    status: 'granted',
    coupon_code_masked: campaign.kind === 'coupon' ? '0000****0000' : null,
    use_end_at: campaign.kind === 'coupon' && campaign.claim_end_at ? new Date(campaign.claim_end_at) : null,
    created_at: now,
  };
  const view = sandboxClaimView(row);
  await db.tx(async (sql) => {
    await sql.exec(
      'INSERT INTO apix_sandbox_claims (id, app_id, campaign_id, kind, amount_fen, status, coupon_code_masked, use_end_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)',
      [
        row.id,
        appId,
        row.campaign_id,
        row.kind,
        row.amount_fen,
        row.status,
        row.coupon_code_masked,
        row.use_end_at,
        now,
      ],
    );
    await idempotency.record(sql, view, now);
  });
  return view;
}

async function sandboxClaim(db: Db, appId: string, id: string) {
  const rows = await db.query<SandboxClaimRow>(
    'SELECT * FROM apix_sandbox_claims WHERE id = ? AND app_id = ?',
    [id, appId],
  );
  if (!rows[0]) throw notFound('发放记录');
  return sandboxClaimView(rows[0]);
}

const OpenConsent = z
  .object({
    id: z.string(),
    operations: z.array(z.string()),
    granted_at: z.string(),
    revoked_at: z.string().nullable(),
    /** Personal data: an envelope under the app's API key (masked when the app has none). */
    phone: z.string().nullable(),
    real_name: z.string().nullable(),
  })
  .meta({ id: 'OpenConsent' });

const phone = z.string().regex(/^1\d{10}$/);

export const APIX_OPERATIONS: readonly PartnerOperation[] = [
  partnerOperation({
    code: 'OPSYUAN10191000100000001',
    product: 'marketing',
    name: '查询可领取的活动',
    level: 'A1',
    method: 'get',
    path: '/campaigns',
    summary: 'Campaigns citizens can claim now or soon',
    responses: { 200: z.object({ items: z.array(Campaign) }) },
    handler: async (_call, { services }) => {
      const { items } = await services.claims.listClaimable();
      return { status: 200, body: { items: items.map((c) => campaignView(c as never)) } };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10191000100000002',
    product: 'marketing',
    name: '查询活动详情',
    level: 'A1',
    method: 'get',
    path: '/campaigns/:id',
    summary: 'One campaign as citizens see it',
    params: idParam,
    responses: { 200: Campaign },
    handler: async ({ params }, { services }) => ({
      status: 200,
      body: campaignView((await services.claims.getClaimable(params.id)) as never),
    }),
  }),
  partnerOperation({
    code: 'OPSYUAN10291000200000001',
    product: 'marketing',
    name: '向市民发放优惠券/红包',
    level: 'A2',
    sandbox: 'separate',
    actsForCitizen: true,
    method: 'post',
    path: '/coupons',
    summary:
      'Issue a coupon or red packet of a campaign to the citizen who consented (sandbox: a sandbox claim, no money moves)',
    body: z.strictObject({ campaign_id: z.string().min(1).max(40) }),
    idempotent: { status: 201 },
    responses: { 201: OpenClaim },
    handler: async ({ body, citizen_id, app_id, environment, idempotency }, { db, clock, services }) => {
      // Sandbox credentials never touch production claims, budgets or money: a sandbox claim instead.
      if (environment === 'sandbox') {
        const campaign = await services.claims.getClaimable(body.campaign_id);
        return {
          status: 201,
          body: await issueSandboxClaim(db, clock.now(), app_id, campaign, idempotency!),
        };
      }
      const claimed = await services.claims.claim({
        campaignId: body.campaign_id,
        userId: citizen_id!,
        channel: 'api',
        // The issuing app, on the claim row in the claim's own transaction: webhooks and the
        // ownership check of GET /claims/{id} read it from there.
        deviceId: `apix:${app_id}`,
        idempotency: idempotency!,
      });
      return { status: 201, body: openClaim(claimed as ClaimLike) };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10291000200000002',
    product: 'marketing',
    name: '查询发放记录',
    level: 'A2',
    sandbox: 'separate',
    method: 'get',
    path: '/claims/:id',
    summary: 'A claim this app issued (another app’s is not found)',
    params: idParam,
    responses: { 200: OpenClaim },
    handler: async ({ params, app_id, environment }, { db, services }) => {
      if (environment === 'sandbox') return { status: 200, body: await sandboxClaim(db, app_id, params.id) };
      const rows = await db.query<{ user_id: string }>(
        'SELECT user_id FROM claims WHERE id = ? AND device_id = ?',
        [params.id, `apix:${app_id}`],
      );
      if (!rows[0]) throw notFound('发放记录');
      const claim = await services.claims.getMyClaim(rows[0].user_id, params.id);
      return { status: 200, body: openClaim(claim as ClaimLike) };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10291000300000001',
    product: 'marketing',
    name: '查询市民授权（含手机号、姓名）',
    level: 'A2',
    sandbox: 'separate',
    method: 'get',
    path: '/consents/:id',
    summary: 'A consent a citizen gave this app, with whom it is for (personal data, encrypted)',
    params: idParam,
    personal: { response: ['phone', 'real_name'] },
    responses: { 200: OpenConsent },
    handler: async ({ params, app_id, environment }, { db }) => {
      const rows = await db.query<{
        id: string;
        operations: string;
        granted_at: Date | string;
        revoked_at: Date | string | null;
        phone: string | null;
        real_name: string | null;
      }>(
        `SELECT c.id, c.operations, c.granted_at, c.revoked_at, u.phone, u.real_name
           FROM apix_consents c JOIN users u ON u.id = c.user_id WHERE c.id = ? AND c.app_id = ?`,
        [params.id, app_id],
      );
      const c = rows[0];
      if (!c) throw notFound('授权');
      return {
        status: 200,
        body: {
          id: c.id,
          operations: JSON.parse(c.operations) as string[],
          granted_at: toRfc3339(c.granted_at)!,
          revoked_at: toRfc3339(c.revoked_at),
          // The sandbox never sees a citizen's personal data: the test identity instead.
          ...(environment === 'sandbox' ? SANDBOX_IDENTITY : { phone: c.phone, real_name: c.real_name }),
        },
      };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10291000300000002',
    product: 'marketing',
    name: '核验市民手机号与实名姓名',
    level: 'A2',
    sandbox: 'separate',
    actsForCitizen: true,
    method: 'post',
    path: '/citizens/verification',
    summary: "Whether a phone and a name are the consenting citizen's (nothing of theirs is returned)",
    body: z.strictObject({ phone: phone.optional(), real_name: z.string().min(1).max(64).optional() }),
    personal: { body: ['phone', 'real_name'] },
    responses: {
      200: z.object({ phone_match: z.boolean().nullable(), real_name_match: z.boolean().nullable() }),
    },
    handler: async ({ body, citizen_id, environment }, { db }) => {
      if (body.phone === undefined && body.real_name === undefined)
        throw refused('VALIDATION_FAILED', '须提供 phone 或 real_name');
      const rows = await db.query<{ phone: string | null; real_name: string | null }>(
        'SELECT phone, real_name FROM users WHERE id = ?',
        [citizen_id],
      );
      const u = environment === 'sandbox' ? SANDBOX_IDENTITY : rows[0];
      return {
        status: 200,
        body: {
          phone_match: body.phone === undefined ? null : u?.phone === body.phone,
          real_name_match: body.real_name === undefined ? null : u?.real_name === body.real_name,
        },
      };
    },
  }),
];
