import { isDuplicateKeyError, type Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit } from '../audit';
import { moveContract, STATUS_LABEL, type ContractStatus } from './contract-states';
import { findContract, normaliseContract, retainedFree, type ContractRow, type PrepaidDeps } from './deps';
import { addInstruction } from './escrow-orders';
import { merchantRule, productOrThrow, type ProductRow } from './merchants';
import { checkEligible, checkProduct, checkSale } from './rules';

// Consumer contracts: bought through the cashier with e-CNY (the cashier's order is collected for the
// escrow's collection account, never the merchant's), and — in the transaction that marks the order
// paid — handed on to the escrow as a lock instruction into the consumer's contract wallet.

const DAY = 86_400_000;
const OUTSTANDING: ContractStatus[] = [
  'awaiting_payment',
  'locking',
  'active',
  'partially_released',
  'frozen',
];
const n = (v: unknown) => Number(v ?? 0);

export function contractDto(c: ContractRow, at: Date) {
  const product = JSON.parse(c.product_json) as ProductRow & { merchant_name?: string };
  const cooling = c.cooling_off_until ? new Date(c.cooling_off_until) : null;
  return {
    id: c.id,
    merchant_id: c.merchant_id,
    merchant_name: product.merchant_name ?? '',
    product_id: c.product_id,
    product_name: product.name,
    kind: c.kind,
    terms: product.terms,
    status: c.status,
    status_label: STATUS_LABEL[c.status],
    refund_reason: c.refund_reason,
    paid_fen: c.paid_fen,
    released_fen: c.released_fen,
    releasing_fen: c.releasing_fen,
    refunded_fen: c.refunded_fen,
    refunding_fen: c.refunding_fen,
    retained_fen: c.paid_fen - c.released_fen - c.refunded_fen,
    remaining_value_fen: retainedFree(c),
    total_units: c.total_units,
    used_units: c.used_units,
    remaining_units: c.total_units - c.used_units,
    cashier_order_id: c.cashier_order_id,
    starts_at: toRfc3339(c.starts_at),
    ends_at: toRfc3339(c.ends_at),
    cooling_off_until: toRfc3339(c.cooling_off_until),
    cooling_off_seconds_left:
      cooling && c.used_units === 0 ? Math.max(0, Math.floor((cooling.getTime() - at.getTime()) / 1000)) : 0,
    frozen_at: toRfc3339(c.frozen_at),
    auto_refund_at: toRfc3339(c.auto_refund_at),
    created_at: toRfc3339(c.created_at),
  };
}

/** Unconsumed money one consumer (or, without a user, every consumer) holds with a merchant. */
async function outstanding(sql: Sql, merchantId: string, userId?: string) {
  const rows = await sql.query<{ s: unknown }>(
    `SELECT SUM(paid_fen - released_fen - refunded_fen) AS s FROM prepaid_contracts
      WHERE merchant_id = ?${userId ? ' AND user_id = ?' : ''} AND status IN (${OUTSTANDING.map(() => '?').join(',')})`,
    userId ? [merchantId, userId, ...OUTSTANDING] : [merchantId, ...OUTSTANDING],
  );
  return n(rows[0]?.s);
}

/**
 * A consumer buys a product: every rule is checked (merchant eligible, the sector's caps, their total
 * with the merchant, the merchant's revenue cap), the contract is written with its terms, and a
 * cashier order for the escrow's collection account is opened. Idempotency-Key: the same contract.
 */
export async function buy(d: PrepaidDeps, userId: string, productId: string, ticket: IdempotencyTicket) {
  const id = await openContract(d, userId, productId, ticket.key);
  const body = await contractOf(d, id, userId);
  await d.db.tx((sql) => ticket.record(sql, body, d.clock.now()));
  return body;
}

async function openContract(
  d: PrepaidDeps,
  userId: string,
  productId: string,
  idemKey: string,
): Promise<string> {
  const prior = (
    await d.db.query<ContractRow>('SELECT * FROM prepaid_contracts WHERE user_id = ? AND idem_key = ?', [
      userId,
      idemKey,
    ])
  )[0];
  if (prior) return prior.id;
  const product = await productOrThrow(d.db, productId);
  if (product.status !== 'active') throw refused('PRODUCT_NOT_ON_SALE', '该商品已下架');
  const { merchant, rule, name } = await merchantRule(d.db, product.merchant_id);
  const now = d.clock.now();
  checkEligible(rule, merchant, now);
  checkProduct(rule, product);
  checkSale(rule, {
    price_fen: product.price_fen,
    consumer_outstanding_fen: await outstanding(d.db, product.merchant_id, userId),
    merchant_balance_fen: await outstanding(d.db, product.merchant_id),
    revenue_fen: merchant.revenue_last_year_fen,
  });
  const binding = await d.wallet.binding(userId);
  if (!binding?.wallet_id) throw refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');
  const id = newId('ppc');
  try {
    await d.db.exec(
      `INSERT INTO prepaid_contracts (id, merchant_id, product_id, user_id, idem_key, kind, product_json, paid_fen, total_units,
         used_units, released_fen, releasing_fen, refunded_fen, refunding_fen, status, wallet_id, escrow_frozen, created_at, updated_at)
       VALUES (?,?,?,?,?,?,?,?,?,0,0,0,0,0,'awaiting_payment',?,0,?,?)`,
      [
        id,
        product.merchant_id,
        product.id,
        userId,
        idemKey,
        product.kind,
        JSON.stringify({ ...product, merchant_name: name }),
        product.price_fen,
        product.total_units,
        binding.wallet_id,
        now,
        now,
      ],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return openContract(d, userId, productId, idemKey);
  }
  const order = await d.cashier.createOrder(d.escrowMerchantId, {
    out_trade_no: `PP${id}`,
    amount_fen: product.price_fen,
    description: `预付合约：${name} ${product.name}`.slice(0, 120),
  });
  await d.db.exec('UPDATE prepaid_contracts SET cashier_order_id = ? WHERE id = ?', [order.order.id, id]);
  return id;
}

export async function contractOf(d: PrepaidDeps, id: string, userId?: string, merchantId?: string) {
  const c = await findContract(d.db, id);
  if (!c || (userId && c.user_id !== userId) || (merchantId && c.merchant_id !== merchantId))
    throw notFound('预付合约');
  return contractDto(c, d.clock.now());
}

/**
 * The citizen pays the contract's cashier order with e-CNY (the cashier allows no other channel for
 * it). The lock instruction is made in the paid transaction (onPaid); it is sent right after.
 */
export async function pay(d: PrepaidDeps, userId: string, contractId: string, ticket: IdempotencyTicket) {
  const c = await findContract(d.db, contractId);
  if (!c || c.user_id !== userId || !c.cashier_order_id) throw notFound('预付合约');
  if (c.status !== 'awaiting_payment') throw refused('CONTRACT_ALREADY_PAID', '该合约已支付');
  const body = await d.cashier.pay(userId, c.cashier_order_id, { channel: 'ecny' }, ticket);
  await sendLock(d, contractId);
  return body;
}

/** Sends the contract's lock instruction now (the lifecycle's sweep would, after its grace period). */
export async function sendLock(d: PrepaidDeps, contractId: string) {
  const ins = await d.db.query<{ id: string }>('SELECT id FROM prepaid_instructions WHERE dedupe_key = ?', [
    `lock:${contractId}`,
  ]);
  if (ins[0])
    await d.orders.attempt(ins[0].id).catch((err) => d.logger.warn('prepaid lock attempt', { err }));
}

/** Runs in the cashier's paid transaction: the contract starts and its money goes to the escrow. */
export async function onOrderPaid(
  d: PrepaidDeps,
  sql: Sql,
  order: { id: string; paid_fen: number },
  now: Date,
) {
  const row = (
    await sql.query<ContractRow>('SELECT * FROM prepaid_contracts WHERE cashier_order_id = ?', [order.id])
  )[0];
  if (!row) return void d.logger.error('prepaid: a paid escrow order has no contract', { order: order.id });
  const c = (await findContract(sql, row.id))!;
  const { rule } = await merchantRule(sql, c.merchant_id);
  const product = JSON.parse(c.product_json) as ProductRow;
  const patch: Record<string, unknown> = {
    cooling_off_until: new Date(now.getTime() + rule.cooling_off_days * DAY),
  };
  if (c.kind === 'membership') {
    patch.starts_at = now;
    patch.ends_at = new Date(now.getTime() + product.duration_days * DAY);
  }
  if (!(await moveContract(sql, c.id, 'paid', patch, now))) return;
  if (order.paid_fen !== c.paid_fen) {
    d.logger.error('prepaid: the order paid another amount than the contract; locking what was paid', {
      contract: c.id,
    });
    await sql.exec('UPDATE prepaid_contracts SET paid_fen = ? WHERE id = ?', [order.paid_fen, c.id]);
  }
  await addInstruction(
    sql,
    {
      type: 'lock',
      contract_id: c.id,
      merchant_id: c.merchant_id,
      user_id: c.user_id,
      wallet_id: c.wallet_id!,
      amount_fen: order.paid_fen,
      dedupe_key: `lock:${c.id}`,
      escrowMerchantId: d.escrowMerchantId,
    },
    now,
  );
  await recordAudit(
    sql,
    {
      actor: { type: 'citizen', id: c.user_id },
      action: 'prepaid.contract.paid',
      entity_type: 'prepaid_contract',
      entity_id: c.id,
      changes: { paid_fen: order.paid_fen },
    },
    now,
  );
}

export async function listContracts(
  d: PrepaidDeps,
  f: { user_id?: string; merchant_id?: string; status?: string; limit: number },
) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.user_id) {
    where.push('user_id = ?');
    params.push(f.user_id);
  }
  if (f.merchant_id) {
    where.push('merchant_id = ?');
    params.push(f.merchant_id);
  }
  if (f.status) {
    where.push('status = ?');
    params.push(f.status);
  }
  const rows = await d.db.query<ContractRow>(
    `SELECT * FROM prepaid_contracts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    [...params, f.limit],
  );
  const at = d.clock.now();
  return { items: rows.map((r) => contractDto(normaliseContract(r), at)) };
}
