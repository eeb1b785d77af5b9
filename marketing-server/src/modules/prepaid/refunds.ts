import type { Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { recordAudit } from '../audit';
import { moveContract, RELEASABLE, type ContractTransition } from './contract-states';
import { findContract, retainedFree, type ContractRow, type PrepaidDeps } from './deps';
import { addInstruction } from './escrow-orders';
import { consumedValue, membershipDaysUsed, refundQuote } from './refund-math';
import { accrueMembership } from './writeoffs';
import { formatYuan } from '../../shared/money';

// Refunds: the consumer ends a contract (the cooling-off refund in full, or termination pro rata —
// the amount shown before they confirm, and refused if it changed meanwhile), and frozen contracts
// (a regulator's freeze past its period, a merchant's closure at once) are refunded everything that
// is left, exactly once each (dedupe key refund:<contract>). A refund is never computed while a
// release is on its way: what is left is only known once the escrow has answered it.

const hasPending = async (sql: Sql, contractId: string) =>
  (
    await sql.query(
      "SELECT id FROM prepaid_writeoffs WHERE contract_id = ? AND status = 'pending_confirm' LIMIT 1",
      [contractId],
    )
  ).length > 0;

/** What ending the contract now would refund (for a membership, the days used until now count). */
export async function quote(d: PrepaidDeps, userId: string, contractId: string) {
  const c = await findContract(d.db, contractId);
  if (!c || c.user_id !== userId) throw notFound('预付合约');
  return quoteOf(d, c, await hasPending(d.db, c.id));
}

function quoteOf(d: PrepaidDeps, c: ContractRow, pending: boolean) {
  const now = d.clock.now();
  const cooling = c.cooling_off_until ? new Date(c.cooling_off_until) : null;
  let used = c.used_units;
  if (c.kind === 'membership' && c.starts_at)
    used = Math.max(used, membershipDaysUsed(new Date(c.starts_at), c.total_units, now));
  const q = refundQuote(
    { paid_fen: c.paid_fen, total_units: c.total_units, used_units: used, cooling_off_until: cooling },
    now,
  );
  // Not yet accrued days are the merchant's too; everything else left in the wallet comes back.
  const unaccrued = consumedValue(c, used) - consumedValue(c, c.used_units);
  const refund = Math.max(0, retainedFree(c) - unaccrued);
  const blocked = pending
    ? 'WRITE_OFF_PENDING'
    : c.releasing_fen > 0
      ? 'RELEASE_IN_PROGRESS'
      : [...RELEASABLE, 'frozen'].includes(c.status)
        ? null
        : 'CONTRACT_NOT_REFUNDABLE';
  return {
    contract_id: c.id,
    kind: q.kind,
    paid_fen: c.paid_fen,
    consumed_fen: c.paid_fen - c.refunded_fen - refund,
    refund_fen: refund,
    used_units: used,
    total_units: c.total_units,
    refundable: blocked === null && refund > 0,
    blocked_by: blocked,
  };
}

const NOT_REFUNDABLE = '该合约当前状态不能退款';

function refuseBlocked(blockedBy: string) {
  if (blockedBy === 'WRITE_OFF_PENDING')
    throw refused('WRITE_OFF_PENDING', '有待您确认的核销，请先确认或拒绝后再申请退款');
  if (blockedBy === 'RELEASE_IN_PROGRESS')
    throw refused('RELEASE_IN_PROGRESS', '有一笔拨付正在处理，请稍后再试');
  throw refused('CONTRACT_NOT_REFUNDABLE', NOT_REFUNDABLE);
}

/** In `sql`: moves a contract to refunding and makes its one refund instruction. */
async function startRefund(
  d: PrepaidDeps,
  sql: Sql,
  c: ContractRow,
  amount: number,
  reason: string,
  now: Date,
) {
  const t: ContractTransition = c.status === 'frozen' ? 'refund_frozen' : 'refund';
  if (!(await moveContract(sql, c.id, t, { refund_reason: reason }, now)))
    throw refused('CONTRACT_NOT_REFUNDABLE', NOT_REFUNDABLE);
  if (amount === 0) return void (await moveContract(sql, c.id, 'refunded', {}, now));
  await sql.exec('UPDATE prepaid_contracts SET refunding_fen = refunding_fen + ? WHERE id = ?', [
    amount,
    c.id,
  ]);
  return addInstruction(
    sql,
    {
      type: 'refund',
      contract_id: c.id,
      merchant_id: c.merchant_id,
      user_id: c.user_id,
      wallet_id: c.wallet_id!,
      amount_fen: amount,
      dedupe_key: `refund:${c.id}`,
      reason,
      escrowMerchantId: d.escrowMerchantId,
    },
    now,
  );
}

/**
 * The consumer confirms the refund they were shown (`expected_refund_fen`); `cooling_off` insists on
 * the cooling-off refund (refused once it has passed or anything was used). A repeat is answered
 * with the contract as it stands.
 */
export async function requestRefund(
  d: PrepaidDeps,
  userId: string,
  contractId: string,
  x: { expected_refund_fen: number; cooling_off?: boolean },
) {
  const first = await findContract(d.db, contractId);
  if (!first || first.user_id !== userId) throw notFound('预付合约');
  if (['refunding', 'refunded'].includes(first.status))
    return {
      contract_id: contractId,
      status: first.status,
      refund_fen: first.refunding_fen + first.refunded_fen,
    };
  if (first.kind === 'membership') await accrueMembership(d, contractId);
  const now = d.clock.now();
  const ins = await d.db.tx(async (sql) => {
    const c = (await findContract(sql, contractId, true))!;
    const q = quoteOf(d, c, await hasPending(sql, c.id));
    if (q.blocked_by) refuseBlocked(q.blocked_by);
    if (x.cooling_off && q.kind !== 'cooling_off')
      throw refused(
        'COOLING_OFF_PASSED',
        c.used_units > 0 ? '已有消费，不适用冷静期全额退款' : '冷静期已过，可按剩余部分申请退款',
        q,
      );
    if (q.refund_fen !== x.expected_refund_fen)
      throw refused('REFUND_AMOUNT_CHANGED', `退款金额已变为 ${formatYuan(q.refund_fen)}，请确认后重试`, q);
    if (q.refund_fen === 0) throw refused('NOTHING_TO_REFUND', '该合约已全部消费，无可退金额');
    const id = await startRefund(d, sql, c, q.refund_fen, q.kind, now);
    await recordAudit(
      sql,
      {
        actor: { type: 'citizen', id: userId },
        action: `prepaid.refund.${q.kind}`,
        entity_type: 'prepaid_contract',
        entity_id: c.id,
        changes: { refund_fen: q.refund_fen },
      },
      now,
    );
    return id;
  });
  if (ins) await d.orders.attempt(ins).catch((err) => d.logger.warn('prepaid refund attempt', { err }));
  const c = (await findContract(d.db, contractId))!;
  return { contract_id: c.id, status: c.status, refund_fen: c.refunding_fen + c.refunded_fen };
}

/** In `sql`: freezes one contract (no more write-offs or releases); pending write-offs are void. */
export async function freezeContract(
  sql: Sql,
  c: ContractRow,
  x: { autoRefundAt: Date; reason: string },
  now: Date,
) {
  if (
    !(await moveContract(
      sql,
      c.id,
      'freeze',
      { frozen_at: now, auto_refund_at: x.autoRefundAt, refund_reason: x.reason },
      now,
    ))
  )
    return false;
  const pending = await sql.query<{ id: string; units: unknown }>(
    "SELECT id, units FROM prepaid_writeoffs WHERE contract_id = ? AND status = 'pending_confirm'",
    [c.id],
  );
  for (const w of pending) {
    await sql.exec(
      "UPDATE prepaid_writeoffs SET status = 'voided', decided_at = ? WHERE id = ? AND status = 'pending_confirm'",
      [now, w.id],
    );
    await sql.exec('UPDATE prepaid_contracts SET used_units = used_units - ? WHERE id = ?', [
      Number(w.units),
      c.id,
    ]);
  }
  await sql.exec('UPDATE prepaid_contracts SET escrow_frozen = 0 WHERE id = ?', [c.id]);
  return true;
}

/**
 * In its own transaction: refunds one frozen contract all that is left, if its refund is due, it is
 * frozen at the escrow too (so nothing can be released past us) and no release is on its way. The
 * instruction to send, or null (nothing to do, or someone else did it: dedupe key refund:<contract>).
 */
export async function refundFrozenOne(d: PrepaidDeps, id: string, now: Date): Promise<string | null> {
  return d.db.tx(async (sql) => {
    const c = await findContract(sql, id, true);
    if (!c || c.status !== 'frozen' || !c.escrow_frozen || c.releasing_fen > 0) return null;
    if (!c.auto_refund_at || new Date(c.auto_refund_at) > now) return null;
    const made = await startRefund(d, sql, c, retainedFree(c), c.refund_reason ?? 'frozen_timeout', now);
    await recordAudit(
      sql,
      {
        actor: { type: 'system', id: 'prepaid.frozen-refund' },
        action: 'prepaid.refund.frozen',
        entity_type: 'prepaid_contract',
        entity_id: c.id,
        changes: { refund_fen: retainedFree(c), reason: c.refund_reason },
      },
      now,
    );
    return made ?? null;
  });
}

/** Sends a refund instruction now (the lifecycle's sweep would, after its grace period). */
export const sendRefund = (d: PrepaidDeps, ins: string) =>
  d.orders.attempt(ins).catch((err) => d.logger.warn('prepaid refund attempt', { err }));

/** Frozen contracts whose refund is due: refunded all that is left (refundFrozenOne). */
export async function refundFrozenDue(d: PrepaidDeps, limit = 500) {
  const now = d.clock.now();
  const due = await d.db.query<{ id: string }>(
    "SELECT id FROM prepaid_contracts WHERE status = 'frozen' AND escrow_frozen = 1 AND auto_refund_at <= ? AND releasing_fen = 0 ORDER BY auto_refund_at LIMIT ?",
    [now, limit],
  );
  const sent: string[] = [];
  for (const { id } of due) {
    const ins = await refundFrozenOne(d, id, now).catch(
      (err) => void d.logger.warn('prepaid frozen refund skipped', { contract: id, err }),
    );
    if (ins) sent.push(ins);
  }
  for (const ins of sent) await sendRefund(d, ins);
  return due.length;
}

/**
 * The escrow learns of one contract's freeze or unfreeze (idempotent ids per freeze episode). False:
 * not confirmed (retried by the sweep).
 */
export async function syncEscrowFreeze(d: PrepaidDeps, c: ContractRow): Promise<boolean> {
  const freeze = c.status === 'frozen';
  const episode = new Date(c.frozen_at ?? 0).getTime();
  try {
    const r = await d.escrow.submit({
      instruction_id: `${freeze ? 'fz' : 'uf'}-${episode}-${c.id}`,
      type: freeze ? 'freeze' : 'unfreeze',
      contract_id: c.id,
    });
    if (r.status !== 'SUCCESS' && r.error_code !== 'CONTRACT_UNKNOWN') return false;
    await d.db.exec('UPDATE prepaid_contracts SET escrow_frozen = ? WHERE id = ? AND status = ?', [
      freeze ? 1 : 0,
      c.id,
      c.status,
    ]);
    return true;
  } catch (err) {
    d.logger.warn('prepaid: escrow freeze not confirmed; retried', {
      contract: c.id,
      err: (err as Error).message,
    });
    return false;
  }
}

/** Every contract whose freeze or unfreeze the escrow has not confirmed yet. */
export async function syncEscrowFreezes(d: PrepaidDeps, limit = 200) {
  const rows = await d.db.query<ContractRow>(
    `SELECT * FROM prepaid_contracts WHERE (status = 'frozen' AND escrow_frozen = 0)
        OR (escrow_frozen = 1 AND status IN (${RELEASABLE.map(() => '?').join(',')})) LIMIT ?`,
    [...RELEASABLE, limit],
  );
  for (const c of rows) await syncEscrowFreeze(d, c);
  return rows.length;
}
