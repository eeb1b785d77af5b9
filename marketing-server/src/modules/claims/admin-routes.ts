import { z } from 'zod';
import * as R from './admin-responses';
import type { Db } from '../../db/sql';
import { forbidden, notFound } from '../../shared/domain-error';
import { actorOf, type RouteKit } from '../../http/router-kit';
import { applyPolicy, canUnmask, policyFor, requireUnmaskReason, unmaskReason } from '../../masking/policy';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit } from '../audit';

export const CLAIM_COLUMNS = [
  'id',
  'user_id',
  'kind',
  'amount_fen',
  'status',
  'coupon_code',
  'channel',
  'created_at',
  'phone',
  'real_name',
] as const;

/**
 * One keyset page of a campaign's claims with the claimant's contact data, newest first. With
 * `walkPrimary` (exports) MySQL walks the primary key down from the cursor: there is no
 * (campaign_id, id) index, and the optimiser's choice (the campaign prefix of uq_claims_user_slot)
 * sorts every remaining row of the campaign for each page, which is quadratic over a whole export.
 */
export async function claimsOfCampaign(
  db: Db,
  campaignId: string,
  cursor: string | undefined,
  limit: number,
  opts: { walkPrimary?: boolean } = {},
) {
  const hint = opts.walkPrimary && db.dialect === 'mysql' ? 'FORCE INDEX (PRIMARY)' : '';
  const rows = await db.query<Record<string, unknown>>(
    `SELECT c.id, c.user_id, c.kind, c.amount_fen, c.status, c.coupon_code, c.channel, c.created_at, u.phone, u.real_name
       FROM claims c ${hint} JOIN users u ON u.id = c.user_id
      WHERE c.campaign_id = ? ${cursor ? 'AND c.id < ?' : ''} ORDER BY c.id DESC LIMIT ?`,
    cursor ? [campaignId, cursor, limit + 1] : [campaignId, limit + 1],
  );
  const items = rows.slice(0, limit).map((r) => ({
    ...r,
    id: String(r.id),
    amount_fen: Number(r.amount_fen),
    created_at: toRfc3339(r.created_at as Date),
  }));
  return { items, next_cursor: rows.length > limit ? items[items.length - 1].id : null };
}

/** Claims of a campaign for operators; personal data masked unless an auditor/admin asks (audited). */
export function registerAdminClaimRoutes(kit: RouteKit, db: Db, clock: Clock) {
  registerClaimUnmaskRoute(kit, db, clock);
  kit.route({
    method: 'get',
    path: '/admin/campaigns/:id/claims',
    summary: 'Claims of a campaign (personal data and coupon codes masked)',
    tags: ['campaigns'],
    responses: { 200: R.getAdminCampaignsByIdClaims },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'auditor', 'risk_analyst'] },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    query: z.strictObject({
      unmask: z.enum(['true', 'false']).default('false'),
      reason: unmaskReason.optional(),
      cursor: z.string().max(60).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ params, query, principal, requestId }) => {
      // 404 like the campaign itself, not an empty page for a campaign that does not exist.
      const campaign = await db.query('SELECT id FROM campaigns WHERE id = ?', [params.id]);
      if (!campaign.length) throw notFound('活动');
      const unmask = query.unmask === 'true';
      if (unmask && !canUnmask(principal)) {
        return {
          status: 403,
          body: { code: 'FORBIDDEN', message: '无权查看未脱敏的个人信息', request_id: requestId },
        };
      }
      if (unmask) requireUnmaskReason(query.reason);
      const page = await claimsOfCampaign(db, params.id, query.cursor, query.limit);
      if (unmask) {
        await db.tx((sql) =>
          recordAudit(
            sql,
            {
              actor: actorOf(principal),
              action: 'pii.unmask',
              entity_type: 'campaign',
              entity_id: params.id,
              changes: { claims: page.items.map((p) => p.id) },
              comment: query.reason,
              request_id: requestId,
            },
            clock.now(),
          ),
        );
      }
      return { status: 200, body: applyPolicy(page, policyFor(principal, { unmask })) };
    },
  });
}

/** One claim of a campaign with the claimant's contact data, or null. */
async function claimOfCampaign(db: Db, campaignId: string, claimId: string) {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT c.id, c.user_id, c.kind, c.amount_fen, c.status, c.coupon_code, c.channel, c.created_at, u.phone, u.real_name
       FROM claims c JOIN users u ON u.id = c.user_id WHERE c.campaign_id = ? AND c.id = ?`,
    [campaignId, claimId],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    ...r,
    id: String(r.id),
    amount_fen: Number(r.amount_fen),
    created_at: toRfc3339(r.created_at as Date),
  };
}

/**
 * One claimant's personal data in clear, for a stated reason: only roles that may unmask, one row at a
 * time, and the reason written to the audit log in the same transaction as the read is acknowledged.
 */
function registerClaimUnmaskRoute(kit: RouteKit, db: Db, clock: Clock) {
  kit.route({
    method: 'post',
    path: '/admin/campaigns/:id/claims/:claim_id/unmask',
    summary: "One claim with the claimant's personal data in clear, for a stated reason (audited)",
    tags: ['campaigns'],
    responses: { 200: R.postAdminCampaignsByIdClaimsByClaimIdUnmask },
    auth: { kind: 'admin', roles: ['auditor'] },
    params: z.strictObject({ id: z.string().min(1).max(40), claim_id: z.string().min(1).max(40) }),
    body: z.strictObject({ reason: z.string().trim().min(2, '请填写查看原因').max(200) }),
    handler: async ({ params, body, principal, requestId }) => {
      if (!canUnmask(principal)) throw forbidden('无权查看未脱敏的个人信息');
      const claim = await claimOfCampaign(db, params.id, params.claim_id);
      if (!claim) throw notFound('领取记录');
      await db.tx((sql) =>
        recordAudit(
          sql,
          {
            actor: actorOf(principal),
            action: 'pii.unmask',
            entity_type: 'claim',
            entity_id: claim.id,
            changes: { campaign_id: params.id, fields: ['phone', 'real_name', 'coupon_code'] },
            comment: body.reason,
            request_id: requestId,
          },
          clock.now(),
        ),
      );
      return { status: 200, body: applyPolicy(claim, policyFor(principal, { unmask: true })) };
    },
  });
}
