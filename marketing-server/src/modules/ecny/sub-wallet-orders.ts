import type { EcnyOperatorClient } from '../../connectors/ecny-operator/client';
import type { Db, Sql } from '../../db/sql';
import { accounts, post } from '../ledger';
import {
  INLINE_ATTEMPT_GRACE_MS,
  insertPayments,
  type ChannelDriver,
  type PaymentPurpose,
  type PaymentRow,
} from '../bank-orders';
import { toOrder } from './exchange-orders';
import { moveMove, moveSubWallet, type MoveStatus, type SubWalletStatus } from './sub-wallet-states';

// Every movement of a sub-wallet is a bank order of the one lifecycle (purpose and channel
// 'ecny_subwallet'): fund (parent → sub), pay (sub → its merchant), close (sub → parent, the whole
// balance, and the sub-wallet closed). The movement row's id is the out_trade_no and the operator's
// trade_no, so a retry, a 411 query and a dcep.909 all reach the same trade.
//
// The row keeps what the platform has promised: a payment or a close takes its amount off
// `balance_fen` when it is created (so two payments cannot spend the same fen), funding waits in
// `incoming_fen` (so two fundings cannot pass the cap), `in_flight` counts movements not final. The
// ledger moves at dispatch (origin → ecny_subwallet_pending) and at the final state (→ destination,
// or back to the origin on a final failure).

export type SubWalletRow = {
  id: string;
  parent_id: string;
  user_id: string;
  operator_id: string;
  wallet_id: string;
  merchant_id: string;
  name: string;
  balance_cap_fen: number;
  per_payment_fen: number;
  balance_fen: number;
  incoming_fen: number;
  in_flight: number;
  status: SubWalletStatus;
  created_at: Date | string;
  closed_at: Date | string | null;
};

export type MoveKind = 'fund' | 'pay' | 'close';
export type MoveRow = {
  id: string;
  sub_wallet_id: string;
  kind: MoveKind;
  owner_key: string;
  idem_key: string;
  merchant_id: string | null;
  amount_fen: number;
  status: MoveStatus;
  error_code: string | null;
  created_at: Date | string;
  completed_at: Date | string | null;
};

const NUMERIC = ['balance_cap_fen', 'per_payment_fen', 'balance_fen', 'incoming_fen', 'in_flight'] as const;

/** A row as read (BIGINT columns may come back as strings) with its money columns as numbers. */
export function normaliseSubWallet(r: SubWalletRow): SubWalletRow {
  const out = { ...r };
  for (const k of NUMERIC) out[k] = Number(r[k]);
  return out;
}

export async function findSubWallet(sql: Sql, id: string): Promise<SubWalletRow | null> {
  const r = (await sql.query<SubWalletRow>('SELECT * FROM ecny_sub_wallets WHERE id = ?', [id]))[0];
  return r ? normaliseSubWallet(r) : null;
}

export async function findMove(sql: Sql, id: string): Promise<MoveRow | null> {
  const r = (await sql.query<MoveRow>('SELECT * FROM ecny_sub_wallet_moves WHERE id = ?', [id]))[0];
  return r ? { ...r, amount_fen: Number(r.amount_fen) } : null;
}

/**
 * The reservation a new movement makes on its sub-wallet (a conditional UPDATE: false when the
 * sub-wallet is no longer open, or the cap, the limit, the merchant or the balance no longer allow it).
 */
export async function reserve(
  sql: Sql,
  s: SubWalletRow,
  m: Pick<MoveRow, 'kind' | 'amount_fen' | 'merchant_id'>,
  now: Date,
) {
  const a = m.amount_fen;
  if (m.kind === 'close')
    return moveSubWallet(sql, s.id, 'close', now, {
      set: 'balance_fen = 0, in_flight = 1',
      guard: 'in_flight = 0 AND balance_fen = ?',
      guardParams: [a],
    });
  const res =
    m.kind === 'fund'
      ? await sql.exec(
          `UPDATE ecny_sub_wallets SET incoming_fen = incoming_fen + ?, in_flight = in_flight + 1, updated_at = ?
            WHERE id = ? AND status = 'open' AND balance_fen + incoming_fen + ? <= balance_cap_fen`,
          [a, now, s.id, a],
        )
      : await sql.exec(
          `UPDATE ecny_sub_wallets SET balance_fen = balance_fen - ?, in_flight = in_flight + 1, updated_at = ?
            WHERE id = ? AND status = 'open' AND balance_fen >= ? AND merchant_id = ? AND per_payment_fen >= ?`,
          [a, now, s.id, a, m.merchant_id, a],
        );
  return res.affectedRows === 1;
}

/** What a fund's or a payment's final state does to its sub-wallet's money columns. */
const ROW_EFFECT: Record<
  'fund' | 'pay',
  Record<'succeeded' | 'failed', (a: number) => [string, unknown[]]>
> = {
  fund: {
    succeeded: (a) => ['balance_fen = balance_fen + ?, incoming_fen = incoming_fen - ?, ', [a, a]],
    failed: (a) => ['incoming_fen = incoming_fen - ?, ', [a]],
  },
  pay: {
    succeeded: () => ['', []],
    failed: (a) => ['balance_fen = balance_fen + ?, ', [a]],
  },
};

/** What a movement's final state does to its sub-wallet's row. */
async function settleRow(sql: Sql, m: MoveRow, outcome: 'succeeded' | 'failed', now: Date) {
  if (m.kind === 'close') {
    const ok = outcome === 'succeeded';
    return void (await moveSubWallet(sql, m.sub_wallet_id, ok ? 'closed' : 'close_failed', now, {
      set: ok ? 'in_flight = in_flight - 1' : 'balance_fen = balance_fen + ?, in_flight = in_flight - 1',
      setParams: ok ? [] : [m.amount_fen],
    }));
  }
  const [set, params] = ROW_EFFECT[m.kind][outcome](m.amount_fen);
  await sql.exec(`UPDATE ecny_sub_wallets SET ${set}in_flight = in_flight - 1, updated_at = ? WHERE id = ?`, [
    ...params,
    now,
    m.sub_wallet_id,
  ]);
}

/** The movement row and its bank order, in the caller's transaction. */
export async function insertMoveOrder(sql: Sql, m: MoveRow, s: SubWalletRow, now: Date) {
  await sql.exec(
    `INSERT INTO ecny_sub_wallet_moves (id, sub_wallet_id, kind, owner_key, idem_key, merchant_id, amount_fen, status, created_at)
      VALUES (?,?,?,?,?,?,?,'processing',?)`,
    [m.id, s.id, m.kind, m.owner_key, m.idem_key, m.merchant_id, m.amount_fen, now],
  );
  await insertPayments(
    sql,
    [
      {
        out_trade_no: m.id,
        purpose: 'ecny_subwallet',
        ref_id: m.id,
        generation: 1,
        campaign_id: null,
        user_id: s.user_id,
        amount_fen: m.amount_fen,
        channel: 'ecny_subwallet',
        payee_wallet_id: s.wallet_id,
        payee_merchant_id: m.merchant_id,
        not_before: new Date(now.getTime() + INLINE_ATTEMPT_GRACE_MS),
      },
    ],
    now,
  );
}

export type SubWalletLinks = { db: Db; operator(id: string): EcnyOperatorClient };

export function createSubWalletChannel(l: SubWalletLinks): ChannelDriver {
  async function load(otn: string) {
    const m = await findMove(l.db, otn);
    const s = m && (await findSubWallet(l.db, m.sub_wallet_id));
    if (!m || !s) throw new Error(`no sub-wallet movement ${otn}`);
    return { m, s };
  }
  return {
    async send(p: PaymentRow) {
      const { m, s } = await load(p.out_trade_no);
      const t = await l.operator(s.operator_id).subWalletTrade(m.kind, {
        trade_no: m.id,
        wallet_id: s.wallet_id,
        amount_fen: m.amount_fen,
        ...(m.merchant_id ? { merchant_no: m.merchant_id } : {}),
      });
      return toOrder(t);
    },
    async query(otn: string) {
      const { s } = await load(otn);
      const t = await l.operator(s.operator_id).query(otn);
      return t ? toOrder(t) : null;
    },
  };
}

/** The ledger legs: from where a movement's money leaves, and where it ends. */
function legs(m: MoveRow, s: SubWalletRow) {
  const sub = accounts.ecnySubWallet(s.id);
  if (m.kind === 'fund') return { origin: accounts.ecnyInCirculation, destination: sub };
  if (m.kind === 'pay') return { origin: sub, destination: accounts.ecnySubWalletPaid(s.merchant_id) };
  return { origin: sub, destination: accounts.ecnyInCirculation };
}

async function book(sql: Sql, p: PaymentRow, kind: 'dispatch' | 'confirm' | 'reverse', now: Date) {
  const m = (await findMove(sql, p.out_trade_no))!;
  const s = (await findSubWallet(sql, m.sub_wallet_id))!;
  const { origin, destination } = legs(m, s);
  const pending = accounts.ecnySubWalletPending;
  const [source, to] =
    kind === 'dispatch' ? [origin, pending] : kind === 'confirm' ? [pending, destination] : [pending, origin];
  await post(
    sql,
    {
      kind: `ecny_subwallet_${kind}`,
      ref_id: m.id,
      transfers: [{ source, destination: to, amount_fen: m.amount_fen }],
    },
    now,
  );
  return m;
}

export function createSubWalletPurpose(): PaymentPurpose {
  return {
    onDispatch: async (sql, p, now) => void (await book(sql, p, 'dispatch', now)),
    async onConfirm(sql, p, now) {
      const m = await book(sql, p, 'confirm', now);
      if (await moveMove(sql, m.id, 'succeed', null, p.completed_at ?? now))
        await settleRow(sql, m, 'succeeded', now);
    },
    async onRefuse(sql, p, now) {
      const m = await book(sql, p, 'reverse', now);
      const code = (p.last_error ?? 'FAILED').split(':')[0].slice(0, 64);
      if (await moveMove(sql, m.id, 'fail', code, now)) await settleRow(sql, m, 'failed', now);
    },
    // Cancelled before dispatch (nothing posted: the reservation is given back) or after a failure
    // (already reversed: the movement is failed and nothing more happens).
    async onCancel(sql, p, now) {
      const m = (await findMove(sql, p.out_trade_no))!;
      if (await moveMove(sql, m.id, 'fail', 'CANCELLED', now)) await settleRow(sql, m, 'failed', now);
    },
  };
}
