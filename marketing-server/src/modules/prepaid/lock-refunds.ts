import type { Sql } from '../../db/sql';
import { accounts, post } from '../ledger';
import { recordAudit } from '../audit';
import { moveContract } from './contract-states';
import { findContract, type PrepaidDeps } from './deps';

// A lock the escrow refused for good: the consumer paid through the cashier, but the money never
// reached a contract wallet. The refusal's transaction put it back in the escrow's collection account
// (escrow-orders.ts); here it goes back to the consumer as the cashier's refund of the order, an
// e-CNY refund of the one bank-order lifecycle. Exactly once per contract: the conditional move
// lock_failed → lock_refunding and the refund (out_refund_no LF<contract>, unique per order) are one
// transaction. The refund is sent right after; a crash before that is the lifecycle's sweep's, and
// a contract never refunded (a crash before this ran) is the prepaid sweep's (refundRefusedLocks).

const n = (v: unknown) => Number(v ?? 0);
export const lockRefundNo = (contractId: string) => `LF${contractId}`;

/**
 * A lock refused before refunds were automatic left its money in prepaid_exceptions: it goes back to
 * the collection first, so the refund below takes it from where the cashier's books expect it.
 */
async function recoverFromExceptions(sql: Sql, d: PrepaidDeps, contractId: string, now: Date) {
  const [lock] = await sql.query<{ id: string }>('SELECT id FROM prepaid_instructions WHERE dedupe_key = ?', [
    `lock:${contractId}`,
  ]);
  if (!lock) return;
  const [held] = await sql.query<{ s: unknown }>(
    'SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = ? AND ref_id = ?',
    [accounts.prepaidExceptions, lock.id],
  );
  if (n(held?.s) <= 0) return;
  const transfer = {
    source: accounts.prepaidExceptions,
    destination: accounts.cashierCollected('ecny', d.escrowMerchantId),
    amount_fen: n(held.s),
  };
  await post(sql, { kind: 'cashier_handover', ref_id: lock.id, transfers: [transfer] }, now);
}

/** Refunds one refused lock to its consumer (nothing if it is not waiting for that). */
export async function refundRefusedLock(d: PrepaidDeps, contractId: string): Promise<boolean> {
  const now = d.clock.now();
  const refundId = await d.db.tx(async (sql) => {
    const c = await findContract(sql, contractId, true);
    if (!c || c.status !== 'lock_failed' || c.refund_reason || !c.cashier_order_id) return null;
    if (!(await moveContract(sql, c.id, 'lock_refund', { refund_reason: 'lock_refused' }, now))) return null;
    await recoverFromExceptions(sql, d, c.id, now);
    await sql.exec('UPDATE prepaid_contracts SET refunding_fen = ? WHERE id = ?', [c.paid_fen, c.id]);
    const r = await d.cashier.refundInTx(
      sql,
      d.escrowMerchantId,
      c.cashier_order_id,
      { out_refund_no: lockRefundNo(c.id), amount_fen: c.paid_fen },
      now,
    );
    await recordAudit(
      sql,
      {
        actor: { type: 'system', id: 'prepaid.lock-refund' },
        action: 'prepaid.refund.lock_refused',
        entity_type: 'prepaid_contract',
        entity_id: c.id,
        changes: { refund_fen: c.paid_fen, cashier_refund: r.id },
      },
      now,
    );
    return r.id;
  });
  if (!refundId) return false;
  await d.cashier
    .sendRefund(refundId)
    .catch((err) => d.logger.warn('prepaid lock refund attempt', { contract: contractId, err }));
  return true;
}

/** The sweep's part: every refused lock not yet refunded (one a crash left behind). */
export async function refundRefusedLocks(d: PrepaidDeps, limit = 200) {
  const rows = await d.db.query<{ id: string }>(
    "SELECT id FROM prepaid_contracts WHERE status = 'lock_failed' AND refund_reason IS NULL ORDER BY id LIMIT ?",
    [limit],
  );
  let refunded = 0;
  for (const { id } of rows)
    if (
      await refundRefusedLock(d, id).catch((err) => {
        d.logger.warn('prepaid lock refund skipped', { contract: id, err });
        return false;
      })
    )
      refunded++;
  return refunded;
}

/**
 * In the cashier's transaction that settles the order's refund: the contract is refunded, or (the
 * refund refused) back in lock_failed for a person, marked so the sweep does not send it again.
 */
export async function onLockRefundSettled(
  sql: Sql,
  order: { id: string },
  refund: { out_refund_no: string; amount_fen: number; outcome: 'SUCCESS' | 'FAILED' },
  now: Date,
) {
  const [c] = await sql.query<{ id: string }>('SELECT id FROM prepaid_contracts WHERE cashier_order_id = ?', [
    order.id,
  ]);
  if (!c || refund.out_refund_no !== lockRefundNo(c.id)) return;
  const ok = refund.outcome === 'SUCCESS';
  const moved = ok
    ? await moveContract(sql, c.id, 'lock_refunded', {}, now)
    : await moveContract(sql, c.id, 'lock_refund_refused', { refund_reason: 'lock_refund_failed' }, now);
  if (moved)
    await sql.exec('UPDATE prepaid_contracts SET refunding_fen = 0, refunded_fen = ? WHERE id = ?', [
      ok ? refund.amount_fen : 0,
      c.id,
    ]);
}
