import schedule from 'node-schedule';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { pageById } from '../../db/page';
import { accounts, bookedAmount, post, lockMerchant } from '../ledger';
import { refused } from '../../shared/domain-error';
import type { Logger } from '../../shared/logger';
import { newId } from '../../shared/ids';
import { cstDayBounds, previousCstDay, toRfc3339, type Clock } from '../../shared/time';
import { insertPayments, type PaymentPurpose, type PaymentRow, type PaymentService } from '../bank-orders';

// Daily merchant settlement: what coupon redemptions made payable to a merchant up to the end of CST
// day D, less what earlier settlements already took, is paid from the platform's institutional wallet
// to the merchant's wallet. Both figures are ledger balances, read under a per-merchant lock in the
// transaction that inserts the settlement and moves the money out of merchant_payable into
// settlement_pending — so two runs (yesterday's 01:00 job and a funder's run, on two processes) can
// never take the same subsidy twice. One settlement per (merchant, D) on top, and D must be over.
//
// Refunds after settlement are clawed back from what the merchant is still owed in that campaign
// (coupons/service.ts refuses a refund the payable balance cannot cover), so merchant_payable never
// goes negative and the funder's money is back before the coupon is spendable again.

/** campaign_id null: payables of no campaign (hard-wallet offline spends, park meal subsidies). */
type Line = { campaign_id: string | null; amount_fen: number };
type SettlementRow = {
  id: string;
  merchant_id: string;
  bill_date: string;
  amount_fen: number;
  line_items: string;
  status: string;
  out_trade_no: string | null;
  note: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

export type SettlementDeps = { db: Db; clock: Clock; logger: Logger; payments: PaymentService };

async function linesOf(sql: Sql, p: PaymentRow): Promise<{ merchant: string; lines: Line[] }> {
  const s = (await sql.query<SettlementRow>('SELECT * FROM settlements WHERE id = ?', [p.ref_id]))[0];
  return { merchant: s.merchant_id, lines: JSON.parse(s.line_items) as Line[] };
}

/** One posting per campaign, so every campaign's books stay whole. */
async function postLines(
  sql: Sql,
  p: PaymentRow,
  kind: 'settle_dispatch' | 'settle_confirm' | 'settle_refuse',
  route: (merchant: string) => { source: string; destination: string },
  status: string,
  now: Date,
) {
  const { merchant, lines } = await linesOf(sql, p);
  for (const l of lines) {
    const t = { ...route(merchant), amount_fen: l.amount_fen };
    await post(sql, { kind, campaign_id: l.campaign_id, ref_id: p.ref_id, transfers: [t] }, now);
  }
  await sql.exec('UPDATE settlements SET status = ?, updated_at = ? WHERE id = ?', [status, now, p.ref_id]);
}

export const settlementPurpose: PaymentPurpose = {
  bookedFen: (sql, p) =>
    bookedAmount(sql, { kind: 'settle_confirm', account: 'merchant_paid:', ref_id: p.ref_id }),
  // The money left merchant_payable when the settlement was created (see createSettlement).
  async onDispatch(sql, p, now) {
    await sql.exec('UPDATE settlements SET status = ?, updated_at = ? WHERE id = ?', [
      'in_flight',
      now,
      p.ref_id,
    ]);
  },
  onConfirm: (sql, p, now) =>
    postLines(
      sql,
      p,
      'settle_confirm',
      (m) => ({ source: accounts.settlementPending, destination: accounts.merchantPaid(m) }),
      'paid',
      now,
    ),
  onRefuse: (sql, p, now) =>
    postLines(
      sql,
      p,
      'settle_refuse',
      (m) => ({ source: accounts.settlementPending, destination: accounts.merchantPayable(m) }),
      'failed',
      now,
    ),
  // Cancelled before it left (or after the bank refused it): the money is payable again and the next
  // day's settlement picks it up.
  async onCancel(sql, p, now) {
    const s = (await sql.query<SettlementRow>('SELECT status FROM settlements WHERE id = ?', [p.ref_id]))[0];
    if (s?.status === 'pending') {
      const back = (m: string) => ({
        source: accounts.settlementPending,
        destination: accounts.merchantPayable(m),
      });
      await postLines(sql, p, 'settle_refuse', back, 'cancelled', now);
      return;
    }
    await sql.exec("UPDATE settlements SET status = 'cancelled', updated_at = ? WHERE id = ?", [
      now,
      p.ref_id,
    ]);
  },
};

/**
 * Per campaign, what the merchant is owed for redemptions before the cut-off: the merchant_payable
 * balance, counting redemptions only up to the cut-off but every reversal and every settlement
 * posting whenever it happened. Read inside the merchant's lock.
 */
async function dueFor(sql: Sql, merchantId: string, cutoff: Date): Promise<Line[]> {
  const rows = await sql.query<{ campaign_id: string; s: unknown }>(
    `SELECT campaign_id, SUM(amount_fen) AS s FROM ledger_entries
      WHERE account = ? AND (kind NOT IN ('redeem', 'card_offline_spend', 'subsidy_spend') OR created_at < ?) GROUP BY campaign_id`,
    [accounts.merchantPayable(merchantId), cutoff],
  );
  return rows
    .map((r) => ({ campaign_id: r.campaign_id, amount_fen: Number(r.s) }))
    .filter((l) => l.amount_fen > 0)
    .sort((a, b) => (a.campaign_id ?? '').localeCompare(b.campaign_id ?? ''));
}

function settlementDto(s: SettlementRow) {
  return {
    id: s.id,
    merchant_id: s.merchant_id,
    bill_date: s.bill_date,
    amount_fen: Number(s.amount_fen),
    lines: JSON.parse(s.line_items) as Line[],
    status: s.status,
    out_trade_no: s.out_trade_no,
    note: s.note,
    created_at: toRfc3339(s.created_at),
    updated_at: toRfc3339(s.updated_at),
  };
}

export function createSettlementService(deps: SettlementDeps) {
  const ctx = makeSettlementServiceContext(deps);
  return {
    runSettlement: runSettlement.bind(null, ctx),
    listSettlements: listSettlements.bind(null, ctx),
    start: start.bind(null, ctx),
    stop: stop.bind(null, ctx),
  };
}

type SettlementServiceContext = ReturnType<typeof makeSettlementServiceContext>;

/** The state and collaborators that createSettlementService's operations share. */
function makeSettlementServiceContext(deps: SettlementDeps) {
  const { db, clock, logger, payments } = deps;
  payments.register('settlement', settlementPurpose);
  return { deps, db, clock, logger, payments, job: null as schedule.Job | null };
}

/** Settles one merchant for D in one transaction; null when nothing is due or D is settled. */
async function createSettlement(
  ctx: SettlementServiceContext,
  m: { id: string; wallet_id: string | null },
  billDate: string,
  cutoff: Date,
) {
  const { clock, db } = ctx;
  const now = clock.now();
  return db.tx(async (sql) => {
    await lockMerchant(sql, m.id);
    const exists = await sql.query('SELECT id FROM settlements WHERE merchant_id = ? AND bill_date = ?', [
      m.id,
      billDate,
    ]);
    if (exists.length) return null;
    const lines = await dueFor(sql, m.id, cutoff);
    if (!lines.length) return null;
    if (!m.wallet_id) return 'no_wallet' as const;
    const id = newId('stl');
    const amount = lines.reduce((s, l) => s + l.amount_fen, 0);
    await sql.exec(
      `INSERT INTO settlements (id, merchant_id, bill_date, amount_fen, line_items, status, out_trade_no, created_at, updated_at)
         VALUES (?,?,?,?,?,'pending',?,?,?)`,
      [id, m.id, billDate, amount, JSON.stringify(lines), id, now, now],
    );
    const order = { out_trade_no: id, purpose: 'settlement' as const, ref_id: id, generation: 1 };
    await insertPayments(
      sql,
      [{ ...order, campaign_id: null, user_id: null, payee_wallet_id: m.wallet_id, amount_fen: amount }],
      now,
    );
    for (const l of lines) {
      const t = { source: accounts.merchantPayable(m.id), destination: accounts.settlementPending };
      await post(
        sql,
        {
          kind: 'settle_dispatch',
          campaign_id: l.campaign_id,
          ref_id: id,
          transfers: [{ ...t, amount_fen: l.amount_fen }],
        },
        now,
      );
    }
    return id;
  });
}

/** Settles every merchant for CST day `billDate` (a day that is over); returns what exists for D. */
async function runSettlement(ctx: SettlementServiceContext, billDate: string) {
  const { clock, db, payments } = ctx;
  const { end } = cstDayBounds(billDate);
  if (end.getTime() > clock.now().getTime())
    throw refused('BILL_DATE_NOT_OVER', `结算日 ${billDate} 尚未结束，只能结算已结束的自然日（北京时间）`);
  const merchants = await db.query<{ id: string; wallet_id: string | null }>(
    'SELECT id, wallet_id FROM merchants ORDER BY id',
  );
  const created: string[] = [];
  const skipped: { merchant_id: string; reason: string }[] = [];
  for (const m of merchants) {
    let r: string | null;
    try {
      r = await createSettlement(ctx, m, billDate, end);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // another process settled this merchant for D first
      continue;
    }
    if (r === 'no_wallet')
      skipped.push({ merchant_id: m.id, reason: 'merchant has no e-CNY wallet on file' });
    else if (r) created.push(r);
  }
  await payments.submit(created);
  return {
    bill_date: billDate,
    ...(await listSettlements(ctx, { bill_date: billDate, limit: 500 })),
    skipped,
  };
}

async function listSettlements(
  ctx: SettlementServiceContext,
  f: {
    merchant_id?: string;
    bill_date?: string;
    cursor?: string;
    limit: number;
  },
) {
  const { db } = ctx;
  const page = await pageById<SettlementRow>(
    db,
    'settlements',
    { merchant_id: f.merchant_id, bill_date: f.bill_date },
    f,
  );
  return { items: page.rows.map(settlementDto), next_cursor: page.next_cursor };
}

/** 01:00 CST every day: settle the day before. */
function start(ctx: SettlementServiceContext) {
  const { clock, logger } = ctx;
  ctx.job = schedule.scheduleJob({ rule: '0 1 * * *', tz: 'Asia/Shanghai' }, () => {
    runSettlement(ctx, previousCstDay(clock.now())).catch((err) =>
      logger.error('settlement batch failed', { err }),
    );
  });
}
function stop(ctx: SettlementServiceContext) {
  return ctx.job?.cancel();
}

export type SettlementService = ReturnType<typeof createSettlementService>;
