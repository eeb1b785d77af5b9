import { z } from 'zod';
import type { Db } from '../../db/sql';
import { citizenId, type RouteKit } from '../../http/router-kit';
import { cstMonthKey, toRfc3339, type Clock } from '../../shared/time';

// 交易明细: every movement of the citizen's bound wallet that the platform itself caused, so the balance
// can be explained: red packets paid in, top-ups in, parking paid out. (Spending the wallet elsewhere
// happens at the bank and is not ours to list.) One month at a time, Beijing time.

export const BILL_KINDS = ['red_packet', 'topup', 'parking'] as const;
export type BillKind = (typeof BILL_KINDS)[number];

export type BillEntry = {
  id: string;
  kind: BillKind;
  direction: 'in' | 'out';
  amount_fen: number;
  title: string;
  at: string | null;
};

const CST_OFFSET_MS = 8 * 3600_000;
/** Rows per kind in one month: far more than a citizen makes; the cap keeps one answer bounded. */
const MAX_PER_KIND = 500;

/** The instants a CST month (yyyyMM) begins and the next one begins. */
export function cstMonthBounds(month: string): { start: Date; end: Date } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(4, 6)) - 1;
  return {
    start: new Date(Date.UTC(y, m, 1) - CST_OFFSET_MS),
    end: new Date(Date.UTC(y, m + 1, 1) - CST_OFFSET_MS),
  };
}

export function createWalletBill(deps: { db: Db; clock: Clock }) {
  return { bill: bill.bind(null, makeWalletBillContext(deps)) };
}

type WalletBillContext = ReturnType<typeof makeWalletBillContext>;

/** The state and collaborators that createWalletBill's operations share. */
function makeWalletBillContext(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return { deps, db, clock };
}

async function redPackets(
  ctx: WalletBillContext,
  userId: string,
  start: Date,
  end: Date,
): Promise<BillEntry[]> {
  const { db } = ctx;
  const rows = await db.query<{
    out_trade_no: string;
    amount_fen: number;
    name: string | null;
    completed_at: Date | string;
  }>(
    `SELECT p.out_trade_no, p.amount_fen, c.name, p.completed_at
         FROM bank_payments p LEFT JOIN campaigns c ON c.id = p.campaign_id
        WHERE p.user_id = ? AND p.purpose = 'payout' AND p.status = 'paid'
          AND p.completed_at >= ? AND p.completed_at < ?
        ORDER BY p.completed_at DESC LIMIT ?`,
    [userId, start, end, MAX_PER_KIND],
  );
  return rows.map((r) => ({
    id: r.out_trade_no,
    kind: 'red_packet',
    direction: 'in',
    amount_fen: Number(r.amount_fen),
    title: r.name ? `红包 · ${r.name}` : '红包',
    at: toRfc3339(r.completed_at),
  }));
}

async function topups(ctx: WalletBillContext, userId: string, start: Date, end: Date): Promise<BillEntry[]> {
  const { db } = ctx;
  const rows = await db.query<{ id: string; amount_fen: number; completed_at: Date | string }>(
    `SELECT id, amount_fen, completed_at FROM wallet_topups
        WHERE user_id = ? AND status = 'succeeded' AND completed_at >= ? AND completed_at < ?
        ORDER BY completed_at DESC LIMIT ?`,
    [userId, start, end, MAX_PER_KIND],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: 'topup',
    direction: 'in',
    amount_fen: Number(r.amount_fen),
    title: '充值 · 银行卡转入',
    at: toRfc3339(r.completed_at),
  }));
}

async function parking(ctx: WalletBillContext, userId: string, start: Date, end: Date): Promise<BillEntry[]> {
  const { db } = ctx;
  // A coupon that covers the whole fee moves no money (payable 0): not a wallet movement.
  const rows = await db.query<{
    id: string;
    payable_fen: number;
    name: string | null;
    completed_at: Date | string;
  }>(
    `SELECT p.id, p.payable_fen, l.name, p.completed_at
         FROM parking_payments p LEFT JOIN parking_lots l ON l.id = p.lot_id
        WHERE p.user_id = ? AND p.status = 'succeeded' AND p.payable_fen > 0
          AND p.completed_at >= ? AND p.completed_at < ?
        ORDER BY p.completed_at DESC LIMIT ?`,
    [userId, start, end, MAX_PER_KIND],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: 'parking',
    direction: 'out',
    amount_fen: Number(r.payable_fen),
    title: r.name ? `停车费 · ${r.name}` : '停车费',
    at: toRfc3339(r.completed_at),
  }));
}

/** One CST month of movements, newest first, with what came in and went out. */
async function bill(ctx: WalletBillContext, userId: string, q: { month?: string; kind?: BillKind }) {
  const { clock } = ctx;
  const month = q.month ?? cstMonthKey(clock.now());
  const { start, end } = cstMonthBounds(month);
  const kinds = q.kind ? [q.kind] : BILL_KINDS;
  const items = (await Promise.all(kinds.map((k) => SOURCES[k](ctx, userId, start, end))))
    .flat()
    .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '') || b.id.localeCompare(a.id));
  const sum = (d: 'in' | 'out') =>
    items.filter((i) => i.direction === d).reduce((s, i) => s + i.amount_fen, 0);
  return { month, kind: q.kind ?? null, items, in_fen: sum('in'), out_fen: sum('out') };
}

export type WalletBill = ReturnType<typeof createWalletBill>;

const billResponse = z.object({
  month: z.string(),
  kind: z.enum(BILL_KINDS).nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(BILL_KINDS),
      direction: z.enum(['in', 'out']),
      amount_fen: z.number().int(),
      title: z.string(),
      at: z.string().nullable(),
    }),
  ),
  in_fen: z.number().int(),
  out_fen: z.number().int(),
});

export function registerWalletBillRoutes(kit: RouteKit, wallet: WalletBill) {
  kit.route({
    method: 'get',
    path: '/me/wallet/bill',
    summary: 'My wallet bill (交易明细): red packets in, top-ups in, parking out, one Beijing-time month',
    tags: ['wallet'],
    responses: { 200: billResponse },
    auth: { kind: 'citizen' },
    query: z.strictObject({
      month: z
        .string()
        .regex(/^\d{4}(0[1-9]|1[0-2])$/, 'month must be yyyyMM')
        .optional(),
      kind: z.enum(BILL_KINDS).optional(),
    }),
    handler: async ({ principal, query }) => ({
      status: 200,
      body: await wallet.bill(citizenId(principal), query),
    }),
  });
}

/** Where each kind of movement comes from. */
const SOURCES: Record<BillKind, typeof topups> = { red_packet: redPackets, topup: topups, parking };
