import { moveClaim } from '../claims';
import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { isRefusal, refused, notFound } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, post, type Transfer, lockMerchant, payableBalance } from '../ledger';
import { newId } from '../../shared/ids';
import { recordOutboxEvent } from '../../shared/outbox';
import { formatYuan } from '../../shared/money';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { findCampaign } from '../campaigns';
import { computeDiscount } from '../campaigns';

export type CouponsDeps = { db: Db; clock: Clock };

/** A coupon as the claims table holds it. */
export type CouponClaim = {
  id: string;
  campaign_id: string;
  user_id: string;
  amount_fen: number;
  status: string;
  coupon_code: string;
  use_start_at: Date | string;
  use_end_at: Date | string;
  /** `apix:<app_id>` when a partner app issued the coupon (modules/apix). */
  device_id?: string | null;
};

/** A coupon a partner issued tells the partner what happened to it (an outbox event, same transaction). */
async function tellPartner(
  sql: Sql,
  coupon: CouponClaim,
  type: string,
  data: Record<string, unknown>,
  now: Date,
) {
  if (!coupon.device_id?.startsWith('apix:')) return;
  await recordOutboxEvent(sql, { type, subject_id: coupon.id, data: { claim_id: coupon.id, ...data } }, now);
}

type RedemptionRow = {
  id: string;
  claim_id: string;
  campaign_id: string;
  merchant_id: string;
  order_no: string;
  order_amount_fen: number;
  discount_fen: number;
  payable_fen: number;
  status: string;
  created_at: Date | string;
  refunded_at: Date | string | null;
};

function redemptionDto(r: RedemptionRow, coupon_code: string) {
  return {
    id: r.id,
    coupon_code,
    claim_id: r.claim_id,
    campaign_id: r.campaign_id,
    merchant_id: r.merchant_id,
    order_no: r.order_no,
    order_amount_fen: Number(r.order_amount_fen),
    discount_fen: Number(r.discount_fen),
    payable_fen: Number(r.payable_fen),
    status: r.status,
    created_at: toRfc3339(r.created_at),
    refunded_at: toRfc3339(r.refunded_at),
  };
}

/** The first four and last four digits of a coupon code: enough to find it again, not to use it. */
export const maskCouponCode = (code: string) => `${code.slice(0, 4)}****${code.slice(-4)}`;

async function couponByCode(sql: Sql, code: string) {
  const rows = await sql.query<CouponClaim>(
    "SELECT * FROM claims WHERE coupon_code = ? AND kind = 'coupon'",
    [code],
  );
  if (!rows[0]) throw refused('COUPON_NOT_FOUND', '券码不存在');
  return rows[0];
}

/** Whether the coupon can pay part of this order at this merchant now, and how much. */
export async function evaluateCoupon(
  sql: Sql,
  coupon: CouponClaim,
  merchantId: string,
  order: number,
  now: Date,
) {
  if (coupon.status === 'redeemed') throw refused('COUPON_ALREADY_USED', '该券已使用');
  if (coupon.status === 'expired') throw refused('COUPON_EXPIRED', '该券已过期');
  if (coupon.status !== 'granted') throw refused('COUPON_NOT_USABLE', '该券不可用');
  if (now < new Date(coupon.use_start_at)) throw refused('COUPON_NOT_YET_USABLE', '未到券的使用时间');
  if (now >= new Date(coupon.use_end_at)) throw refused('COUPON_EXPIRED', '该券已过期');
  const campaign = await findCampaign(sql, coupon.campaign_id);
  const terms = campaign!.config.coupon!;
  if (terms.merchant_ids.length && !terms.merchant_ids.includes(merchantId)) {
    throw refused('MERCHANT_NOT_IN_SCOPE', '该券不能在本商户使用');
  }
  const d = computeDiscount(terms, order);
  if (!d.ok)
    throw refused(
      'ORDER_BELOW_THRESHOLD',
      `订单金额未达到使用门槛（满 ${formatYuan(d.threshold_fen)} 可用）`,
      {
        threshold_fen: d.threshold_fen,
      },
    );
  return { campaign: campaign!, discount: { discount_fen: d.discount_fen, payable_fen: d.payable_fen } };
}

/** The redemption row; an order already redeemed is refused (its unique key). */
async function insertRedemption(sql: Sql, row: RedemptionRow, operatorId: string, now: Date) {
  try {
    await sql.exec(
      `INSERT INTO coupon_redemptions (id, claim_id, campaign_id, merchant_id, order_no, order_amount_fen, discount_fen, payable_fen, status, operator_id, created_at)
       VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      [
        row.id,
        row.claim_id,
        row.campaign_id,
        row.merchant_id,
        row.order_no,
        row.order_amount_fen,
        row.discount_fen,
        row.payable_fen,
        'redeemed',
        operatorId,
        now,
      ],
    );
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('ORDER_ALREADY_REDEEMED', '该订单已使用过优惠券');
    throw err;
  }
}

/**
 * Redeems a coupon on an order exactly once, inside the caller's transaction: the conditional status
 * change is the lock; the subsidy becomes owed to the merchant and the unused part of the coupon's
 * reservation goes back to budget.
 */
export async function redeemCouponInTx(
  sql: Sql,
  actor: Actor,
  merchantId: string,
  input: { coupon_code: string; order_no: string; order_amount_fen: number },
  now: Date,
) {
  const coupon = await couponByCode(sql, input.coupon_code);
  const { discount } = await evaluateCoupon(sql, coupon, merchantId, input.order_amount_fen, now);
  if (!(await moveClaim(sql, coupon.id, 'redeem', now))) throw refused('COUPON_ALREADY_USED', '该券已使用');
  const row: RedemptionRow = {
    id: newId('rdm'),
    claim_id: coupon.id,
    campaign_id: coupon.campaign_id,
    merchant_id: merchantId,
    order_no: input.order_no,
    order_amount_fen: input.order_amount_fen,
    ...discount,
    status: 'redeemed',
    created_at: now,
    refunded_at: null,
  };
  await insertRedemption(sql, row, actor.id, now);
  const face = Number(coupon.amount_fen);
  const transfers: Transfer[] = [
    {
      source: accounts.granted(coupon.campaign_id),
      destination: accounts.merchantPayable(merchantId),
      amount_fen: discount.discount_fen,
    },
    {
      source: accounts.granted(coupon.campaign_id),
      destination: accounts.campaignBudget(coupon.campaign_id),
      amount_fen: face - discount.discount_fen,
    },
  ];
  await post(sql, { kind: 'redeem', campaign_id: coupon.campaign_id, ref_id: row.id, transfers }, now);
  await recordAudit(
    sql,
    {
      actor,
      action: 'coupon.redeem',
      entity_type: 'claim',
      entity_id: coupon.id,
      changes: {
        status: { from: 'granted', to: 'redeemed' },
        redemption_id: row.id,
        discount_fen: discount.discount_fen,
      },
    },
    now,
  );
  const body = redemptionDto(row, coupon.coupon_code);
  await tellPartner(sql, coupon, 'coupon.redeemed', partnerView(body), now);
  return body;
}

const partnerView = (r: ReturnType<typeof redemptionDto>) => ({
  redemption_id: r.id,
  campaign_id: r.campaign_id,
  merchant_id: r.merchant_id,
  order_amount_fen: r.order_amount_fen,
  discount_fen: r.discount_fen,
  status: r.status,
  at: r.refunded_at ?? r.created_at,
});

/**
 * What a reversed redemption moves: inside the use window the coupon's face goes back to granted;
 * after it, the subsidy returns to the budget (and on to the funder once the campaign settled).
 */
function reversalTransfers(
  r: RedemptionRow,
  face: number,
  campaign: { status: string; funder_id: string },
  inWindow: boolean,
): Transfer[] {
  const discount = Number(r.discount_fen);
  const c = r.campaign_id;
  return inWindow
    ? [
        {
          source: accounts.merchantPayable(r.merchant_id),
          destination: accounts.granted(c),
          amount_fen: discount,
        },
        {
          source: accounts.campaignBudget(c),
          destination: accounts.granted(c),
          amount_fen: face - discount,
        },
      ]
    : [
        {
          source: accounts.merchantPayable(r.merchant_id),
          destination: accounts.campaignBudget(c),
          amount_fen: discount,
        },
        ...(campaign.status === 'settled'
          ? [
              {
                source: accounts.campaignBudget(c),
                destination: accounts.funder(campaign.funder_id),
                amount_fen: discount,
              },
            ]
          : []),
      ];
}

/**
 * Reverses a redemption inside the caller's transaction (the order was refunded or its payment
 * failed): the subsidy is no longer owed. Inside the use window the coupon becomes usable again;
 * after it, the coupon is expired and its value returns to the budget (and on to the funder if the
 * campaign already settled).
 */
export async function refundRedemptionInTx(
  sql: Sql,
  actor: Actor,
  merchantId: string,
  redemptionId: string,
  now: Date,
) {
  const rows = await sql.query<RedemptionRow>('SELECT * FROM coupon_redemptions WHERE id = ?', [
    redemptionId,
  ]);
  const r = rows[0];
  if (!r || r.merchant_id !== merchantId) throw notFound('核销记录');
  // The subsidy may already be on its way to the merchant: it can only be taken back from what the
  // merchant is still owed in this campaign (read under the lock settlements take too).
  await lockMerchant(sql, merchantId);
  if (
    r.status === 'redeemed' &&
    (await payableBalance(sql, merchantId, r.campaign_id)) < Number(r.discount_fen)
  )
    throw refused(
      'REDEMPTION_SETTLED',
      '该笔核销的补贴已结算给商户，平台无法撤销；请由商户按售后流程处理，或待商户有新的待结算补贴后再试',
    );
  const flipped = await sql.exec(
    "UPDATE coupon_redemptions SET status = 'refunded', refunded_at = ? WHERE id = ? AND status = 'redeemed'",
    [now, r.id],
  );
  if (flipped.affectedRows !== 1) throw refused('ALREADY_REFUNDED', '该核销已退款');
  const coupon = (await sql.query<CouponClaim>('SELECT * FROM claims WHERE id = ?', [r.claim_id]))[0];
  const campaign = (await findCampaign(sql, r.campaign_id))!;
  const inWindow = now < new Date(coupon.use_end_at) && campaign.status !== 'settled';
  const nextStatus = inWindow ? 'granted' : 'expired';
  await moveClaim(sql, coupon.id, inWindow ? 'refund' : 'refund_expired', now);
  const transfers = reversalTransfers(r, Number(coupon.amount_fen), campaign, inWindow);
  const c = r.campaign_id;
  await post(sql, { kind: 'redeem_reversal', campaign_id: c, ref_id: r.id, transfers }, now);
  await recordAudit(
    sql,
    {
      actor,
      action: 'coupon.refund',
      entity_type: 'claim',
      entity_id: coupon.id,
      changes: { status: { from: 'redeemed', to: nextStatus }, redemption_id: r.id },
    },
    now,
  );
  const body = redemptionDto({ ...r, status: 'refunded', refunded_at: now }, coupon.coupon_code);
  await tellPartner(
    sql,
    coupon,
    'coupon.redemption_refunded',
    { ...partnerView(body), coupon_status: nextStatus },
    now,
  );
  return { ...body, coupon_status: nextStatus };
}

export function createCouponService(deps: CouponsDeps) {
  return {
    quote: quote.bind(null, deps),
    redeem: redeem.bind(null, deps),
    refund: refund.bind(null, deps),
    listRedemptions: listRedemptions.bind(null, deps),
  };
}

/** Checks a coupon against an order without changing anything (the cashier's "verify"). */
/** Checks a coupon for an order; every lookup is audited (who, the masked code, found or not). */
async function quote(
  deps: CouponsDeps,
  actor: Actor,
  merchantId: string,
  code: string,
  order_amount_fen: number,
  requestId?: string,
) {
  const { db, clock } = deps;
  const audit = (result: string) =>
    recordAudit(
      db,
      {
        actor,
        action: 'coupon.lookup',
        entity_type: 'coupon',
        entity_id: maskCouponCode(code),
        changes: { merchant_id: merchantId, found: result !== 'COUPON_NOT_FOUND', result },
        request_id: requestId,
      },
      clock.now(),
    );
  try {
    const coupon = await couponByCode(db, code);
    const { discount } = await evaluateCoupon(db, coupon, merchantId, order_amount_fen, clock.now());
    await audit('ok');
    return {
      coupon_code: code,
      status: coupon.status,
      use_end_at: toRfc3339(coupon.use_end_at),
      order_amount_fen,
      ...discount,
    };
  } catch (err) {
    if (isRefusal(err)) await audit(err.code);
    throw err;
  }
}

/**
 * Redeems a coupon on an order exactly once: the conditional status change is the lock; the subsidy
 * becomes owed to the merchant and the unused part of the coupon's reservation goes back to budget.
 */
async function redeem(
  deps: CouponsDeps,
  actor: Actor,
  merchantId: string,
  input: { coupon_code: string; order_no: string; order_amount_fen: number },
  ticket: IdempotencyTicket,
) {
  const { clock, db } = deps;
  const now = clock.now();
  return db.tx(async (sql) => {
    const body = await redeemCouponInTx(sql, actor, merchantId, input, now);
    await ticket.record(sql, body, now);
    return body;
  });
}

/**
 * Refund of the order: the subsidy is reversed (merchant no longer owed it). Inside the use window
 * the coupon becomes usable again; after it, the coupon is expired and its value returns to the
 * budget (and on to the funder if the campaign already settled).
 */
async function refund(
  deps: CouponsDeps,
  actor: Actor,
  merchantId: string,
  redemptionId: string,
  ticket: IdempotencyTicket,
) {
  const { clock, db } = deps;
  const now = clock.now();
  return db.tx(async (sql) => {
    const body = await refundRedemptionInTx(sql, actor, merchantId, redemptionId, now);
    await ticket.record(sql, body, now);
    return body;
  });
}

async function listRedemptions(deps: CouponsDeps, merchantId: string, f: { cursor?: string; limit: number }) {
  const { db } = deps;
  const rows = await db.query<RedemptionRow & { coupon_code: string }>(
    `SELECT r.*, c.coupon_code FROM coupon_redemptions r JOIN claims c ON c.id = r.claim_id
        WHERE r.merchant_id = ? ${f.cursor ? 'AND r.id < ?' : ''} ORDER BY r.id DESC LIMIT ?`,
    f.cursor ? [merchantId, f.cursor, f.limit + 1] : [merchantId, f.limit + 1],
  );
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((r) => redemptionDto(r, r.coupon_code)),
    next_cursor: rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

export type CouponService = ReturnType<typeof createCouponService>;
