import type { BankOrder } from '../../connectors/bank-wallet/client';
import type { EscrowClient, EscrowInstruction, NewInstruction } from '../../connectors/escrow/client';
import type { Sql } from '../../db/sql';
import { accounts, post, type PostingKind } from '../ledger';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import {
  type AfterCommit,
  INLINE_ATTEMPT_GRACE_MS,
  insertPayments,
  type ChannelDriver,
  type PaymentPurpose,
  type PaymentRow,
} from '../bank-orders';
import { moveContract } from './contract-states';
import { findContract } from './deps';

// Every money instruction to the escrow (lock, release, refund) is a bank order of the one lifecycle
// (purpose 'prepaid', channel 'escrow'; out_trade_no = the instruction id, the escrow's idempotency
// key). The money leaves its origin when the instruction is created, in the business row's own
// transaction (lock: the cashier's collection → prepaid_pending; release and refund: the contract's
// prepaid_locked → prepaid_pending); the escrow's final answer moves it on (released to the merchant,
// refunded to the consumer, locked in the contract) or back to where it came from (a refused lock:
// the handover reversed, then refunded to the consumer by lock-refunds.ts). An unknown answer is
// asked about by the lifecycle (query first), never guessed.

export type InstructionType = 'lock' | 'release' | 'refund';
export type InstructionRow = {
  id: string;
  dedupe_key: string;
  contract_id: string;
  merchant_id: string;
  type: InstructionType;
  amount_fen: number;
  writeoff_id: string | null;
  reason: string | null;
  status: 'pending' | 'succeeded' | 'failed';
  error_code: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
};

export async function findInstruction(sql: Sql, id: string): Promise<InstructionRow | null> {
  const r = (await sql.query<InstructionRow>('SELECT * FROM prepaid_instructions WHERE id = ?', [id]))[0];
  return r ? { ...r, amount_fen: Number(r.amount_fen) } : null;
}

const OUT_KIND: Record<InstructionType, PostingKind> = {
  lock: 'cashier_handover',
  release: 'prepaid_release_out',
  refund: 'prepaid_refund_out',
};

/**
 * Creates an instruction and its bank order, and moves the money to prepaid_pending — all in the
 * caller's transaction. `dedupe_key` is unique: the same business step never makes two instructions.
 */
export async function addInstruction(
  sql: Sql,
  x: {
    type: InstructionType;
    contract_id: string;
    merchant_id: string;
    user_id: string;
    wallet_id: string;
    amount_fen: number;
    dedupe_key: string;
    writeoff_id?: string;
    reason?: string;
    escrowMerchantId: string;
  },
  now: Date,
): Promise<string> {
  const id = newId('esi');
  // Nothing reads the result (a duplicate dedupe_key still fails the transaction, one trip later).
  await sql.defer(
    `INSERT INTO prepaid_instructions (id, dedupe_key, contract_id, merchant_id, type, amount_fen, writeoff_id, reason, status, created_at)
     VALUES (?,?,?,?,?,?,?,?,'pending',?)`,
    [
      id,
      x.dedupe_key,
      x.contract_id,
      x.merchant_id,
      x.type,
      x.amount_fen,
      x.writeoff_id ?? null,
      x.reason ?? null,
      now,
    ],
  );
  const source =
    x.type === 'lock'
      ? accounts.cashierCollected('ecny', x.escrowMerchantId)
      : accounts.prepaidLocked(x.contract_id);
  await post(
    sql,
    {
      kind: OUT_KIND[x.type],
      ref_id: id,
      transfers: [{ source, destination: accounts.prepaidPending, amount_fen: x.amount_fen }],
    },
    now,
  );
  await insertPayments(
    sql,
    [
      {
        out_trade_no: id,
        purpose: 'prepaid',
        ref_id: id,
        generation: 1,
        campaign_id: null,
        user_id: x.user_id,
        amount_fen: x.amount_fen,
        channel: 'escrow',
        payee_wallet_id: x.wallet_id,
        payee_merchant_id: x.merchant_id,
        not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
      },
    ],
    now,
  );
  return id;
}

function toOrder(i: EscrowInstruction): BankOrder {
  return {
    type: `escrow.${i.type}`,
    out_trade_no: i.instruction_id,
    trade_no: `${i.instruction_id}#${i.log_seq ?? '-'}`,
    status: i.status,
    amount_fen: i.amount_fen,
    error_code: i.error_code ?? undefined,
    error_message: i.error_code ?? undefined,
    created_at: i.completed_at,
    completed_at: i.completed_at,
  };
}

export function createEscrowChannel(sql: Sql, escrow: EscrowClient): ChannelDriver {
  return {
    async send(p: PaymentRow) {
      // The instruction with its contract's parties and its write-off's seq: one round trip.
      const [ins] = await sql.query<InstructionRow & { wallet_id: string; seq: unknown }>(
        `SELECT i.*, c.wallet_id, w.seq FROM prepaid_instructions i JOIN prepaid_contracts c ON c.id = i.contract_id
           LEFT JOIN prepaid_writeoffs w ON w.id = i.writeoff_id WHERE i.id = ?`,
        [p.out_trade_no],
      );
      if (!ins) throw new Error(`no prepaid instruction ${p.out_trade_no}`);
      const body: NewInstruction = {
        instruction_id: ins.id,
        type: ins.type,
        contract_id: ins.contract_id,
        amount_fen: Number(ins.amount_fen),
      };
      if (ins.type === 'lock')
        Object.assign(body, { consumer_wallet_id: ins.wallet_id, merchant_id: ins.merchant_id });
      if (ins.writeoff_id && ins.seq !== null && ins.seq !== undefined) body.write_off_seq = Number(ins.seq);
      return toOrder(await escrow.submit(body));
    },
    async query(otn: string) {
      const i = await escrow.getInstruction(otn);
      return i ? toOrder(i) : null;
    },
  };
}

type Outcome = 'confirm' | 'refuse';

/** Where the money of an instruction goes on its final answer, and the posting kind. */
function finalMove(
  ins: InstructionRow,
  outcome: Outcome,
  escrowMerchantId: string,
): { to: string; kind: PostingKind } {
  if (outcome === 'confirm') {
    if (ins.type === 'lock') return { to: accounts.prepaidLocked(ins.contract_id), kind: 'prepaid_lock' };
    if (ins.type === 'release')
      return { to: accounts.prepaidReleased(ins.merchant_id), kind: 'prepaid_release' };
    return { to: accounts.prepaidRefunded, kind: 'prepaid_refund' };
  }
  // The collection's handover reversed (the same kind, so the cashier's books see neither leg).
  if (ins.type === 'lock')
    return { to: accounts.cashierCollected('ecny', escrowMerchantId), kind: 'cashier_handover' };
  const kind = ins.type === 'release' ? 'prepaid_release_back' : 'prepaid_refund_back';
  return { to: accounts.prepaidLocked(ins.contract_id), kind };
}

/** The contract's counters and status after an instruction's final answer. */
async function applyToContract(sql: Sql, ins: InstructionRow, outcome: Outcome, now: Date) {
  const a = ins.amount_fen;
  const ok = outcome === 'confirm';
  if (ins.type === 'lock')
    return void (await moveContract(sql, ins.contract_id, ok ? 'locked' : 'lock_refused', {}, now));
  if (ins.type === 'release') {
    await sql.defer(
      `UPDATE prepaid_contracts SET releasing_fen = releasing_fen - ?, released_fen = released_fen + ?, updated_at = ? WHERE id = ?`,
      [a, ok ? a : 0, now, ins.contract_id],
    );
    await sql.defer("UPDATE prepaid_writeoffs SET status = ? WHERE id = ? AND status = 'confirmed'", [
      ok ? 'released' : 'release_failed',
      ins.writeoff_id,
    ]);
    // A release the escrow refused (a frozen contract) gives its units back: the money stayed locked.
    if (!ok)
      await sql.exec(
        'UPDATE prepaid_contracts SET used_units = used_units - (SELECT units FROM prepaid_writeoffs WHERE id = ?) WHERE id = ?',
        [ins.writeoff_id, ins.contract_id],
      );
    const c = (await findContract(sql, ins.contract_id))!;
    if (ok && c.status === 'active') await moveContract(sql, c.id, 'first_release', {}, now);
    if (ok && c.released_fen === c.paid_fen) await moveContract(sql, c.id, 'complete', {}, now);
    return;
  }
  await sql.exec(
    `UPDATE prepaid_contracts SET refunding_fen = refunding_fen - ?, refunded_fen = refunded_fen + ?, updated_at = ? WHERE id = ?`,
    [a, ok ? a : 0, now, ins.contract_id],
  );
  await moveContract(sql, ins.contract_id, ok ? 'refunded' : 'refund_refused', {}, now);
}

type SettleCtx = {
  logger: Logger;
  escrowMerchantId: string;
  /** After the commit of a lock's final refusal: the consumer's refund (lock-refunds.ts). */
  onLockRefused(contractId: string): Promise<unknown>;
};

async function settle(
  sql: Sql,
  p: PaymentRow,
  outcome: Outcome,
  now: Date,
  x: SettleCtx,
): Promise<AfterCommit | void> {
  const ins = await findInstruction(sql, p.ref_id);
  if (!ins) return;
  const error = outcome === 'refuse' ? (p.last_error ?? 'FAILED').split(':')[0].slice(0, 64) : null;
  const flipped = await sql.exec(
    "UPDATE prepaid_instructions SET status = ?, error_code = ?, completed_at = ? WHERE id = ? AND status = 'pending'",
    [outcome === 'confirm' ? 'succeeded' : 'failed', error, now, ins.id],
  );
  if (flipped.affectedRows !== 1) return;
  const { to, kind } = finalMove(ins, outcome, x.escrowMerchantId);
  await post(
    sql,
    {
      kind,
      ref_id: ins.id,
      transfers: [{ source: accounts.prepaidPending, destination: to, amount_fen: ins.amount_fen }],
    },
    now,
  );
  await applyToContract(sql, ins, outcome, now);
  if (outcome === 'confirm') return;
  x.logger.warn('prepaid: the escrow refused an instruction', { instruction: ins.id, type: ins.type, error });
  if (ins.type === 'lock') return async () => void (await x.onLockRefused(ins.contract_id));
}

export function createEscrowPurpose(x: SettleCtx): PaymentPurpose {
  return {
    onDispatch: async () => undefined,
    onConfirm: (sql, p, now) => settle(sql, p, 'confirm', now, x),
    onRefuse: (sql, p, now) => settle(sql, p, 'refuse', now, x),
    onCancel: (sql, p, now) => settle(sql, { ...p, last_error: 'CANCELLED' }, 'refuse', now, x),
  };
}
