import schedule from 'node-schedule';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { pageById } from '../../db/page';
import { accounts } from '../../ledger/accounts';
import { post } from '../../ledger/ledger';
import type { Logger } from '../../shared/logger';
import { newId } from '../../shared/ids';
import { cstDayBounds, previousCstDay, toRfc3339, type Clock } from '../../shared/time';
import {
  insertPayments,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from '../payments/service';

// Daily merchant settlement: what coupon redemptions made payable to a merchant up to the end of CST
// day D, less what earlier settlements already took (unless they failed or were cancelled), is paid
// from the platform's institutional wallet to the merchant's wallet. One settlement per (merchant, D)
// — a unique key — so running the batch twice, or on two processes, pays once.

type Line = { campaign_id: string; amount_fen: number };
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

const SETTLED_OR_ON_ITS_WAY = ['pending', 'in_flight', 'paid', 'dead'];

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
  onDispatch: (sql, p, now) =>
    postLines(
      sql,
      p,
      'settle_dispatch',
      (m) => ({ source: accounts.merchantPayable(m), destination: accounts.settlementPending }),
      'in_flight',
      now,
    ),
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
  // Cancelled before it left (or after the bank refused it): the money stays payable and the next
  // day's settlement picks it up again.
  async onCancel(sql, p, now) {
    await sql.exec("UPDATE settlements SET status = 'cancelled', updated_at = ? WHERE id = ?", [
      now,
      p.ref_id,
    ]);
  },
};

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
  const { db, clock, logger, payments } = deps;
  let job: schedule.Job | null = null;

  /** Per campaign: payable up to the cut-off, less what settlements already took. */
  async function dueFor(merchantId: string, cutoff: Date): Promise<Line[]> {
    const earned = await db.query<{ campaign_id: string; s: unknown }>(
      `SELECT campaign_id, SUM(amount_fen) AS s FROM ledger_entries
        WHERE account = ? AND kind IN ('redeem','redeem_reversal') AND created_at < ? GROUP BY campaign_id`,
      [accounts.merchantPayable(merchantId), cutoff],
    );
    const taken = new Map<string, number>();
    const earlier = await db.query<{ line_items: string }>(
      `SELECT line_items FROM settlements WHERE merchant_id = ? AND status IN (${SETTLED_OR_ON_ITS_WAY.map(() => '?').join(',')})`,
      [merchantId, ...SETTLED_OR_ON_ITS_WAY],
    );
    for (const e of earlier)
      for (const l of JSON.parse(e.line_items) as Line[])
        taken.set(l.campaign_id, (taken.get(l.campaign_id) ?? 0) + l.amount_fen);
    return earned
      .map((e) => ({ campaign_id: e.campaign_id, amount_fen: Number(e.s) - (taken.get(e.campaign_id) ?? 0) }))
      .filter((l) => l.amount_fen > 0)
      .sort((a, b) => a.campaign_id.localeCompare(b.campaign_id));
  }

  /** Settles every merchant for CST day `billDate`; returns what was created or already there. */
  async function runSettlement(billDate: string) {
    const { end } = cstDayBounds(billDate);
    const merchants = await db.query<{ id: string; wallet_id: string | null }>(
      'SELECT id, wallet_id FROM merchants ORDER BY id',
    );
    const created: string[] = [];
    const skipped: { merchant_id: string; reason: string }[] = [];
    for (const m of merchants) {
      const exists = await db.query('SELECT id FROM settlements WHERE merchant_id = ? AND bill_date = ?', [
        m.id,
        billDate,
      ]);
      if (exists.length) continue;
      const lines = await dueFor(m.id, end);
      if (!lines.length) continue;
      if (!m.wallet_id) {
        skipped.push({ merchant_id: m.id, reason: 'merchant has no e-CNY wallet on file' });
        continue;
      }
      const id = newId('stl');
      const amount = lines.reduce((s, l) => s + l.amount_fen, 0);
      const now = clock.now();
      try {
        await db.tx(async (sql) => {
          await sql.exec(
            `INSERT INTO settlements (id, merchant_id, bill_date, amount_fen, line_items, status, out_trade_no, created_at, updated_at)
             VALUES (?,?,?,?,?,'pending',?,?,?)`,
            [id, m.id, billDate, amount, JSON.stringify(lines), id, now, now],
          );
          await insertPayments(
            sql,
            [
              {
                out_trade_no: id,
                purpose: 'settlement',
                ref_id: id,
                generation: 1,
                campaign_id: null,
                user_id: null,
                payee_wallet_id: m.wallet_id,
                amount_fen: amount,
              },
            ],
            now,
          );
        });
        created.push(id);
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err; // another process settled this merchant for D first
      }
    }
    await payments.submit(created);
    return { bill_date: billDate, ...(await listSettlements({ bill_date: billDate, limit: 500 })), skipped };
  }

  async function listSettlements(f: {
    merchant_id?: string;
    bill_date?: string;
    cursor?: string;
    limit: number;
  }) {
    const page = await pageById<SettlementRow>(
      db,
      'settlements',
      { merchant_id: f.merchant_id, bill_date: f.bill_date },
      f,
    );
    return { items: page.rows.map(settlementDto), next_cursor: page.next_cursor };
  }

  /** 01:00 CST every day: settle the day before. */
  function start() {
    job = schedule.scheduleJob({ rule: '0 1 * * *', tz: 'Asia/Shanghai' }, () => {
      runSettlement(previousCstDay(clock.now())).catch((err) =>
        logger.error('settlement batch failed', { err }),
      );
    });
  }

  payments.register('settlement', settlementPurpose);
  return { runSettlement, listSettlements, start, stop: () => job?.cancel() };
}

export type SettlementService = ReturnType<typeof createSettlementService>;
