import schedule from 'node-schedule';
import type { BankWalletClient } from '../../connectors/bank-wallet/client';
import type { Db } from '../../db/sql';
import { refused, notFound } from '../../shared/domain-error';
import { maskWalletId } from '../../masking/mask';
import type { Logger } from '../../shared/logger';
import { newId } from '../../shared/ids';
import { cstDayBounds, cstDayKey, previousCstDay, toRfc3339, type Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';

// Daily reconciliation against the bank's file for CST day D. Every movement the platform started
// (every bank order: payouts, settlements, parking transfers, top-ups) is matched by out_trade_no with the bank's rows. What is safe is
// resolved at once — the bank booked an order our side still thinks is unknown: the bank is the
// authority on money moved, so we confirm it — and what is explained is marked so (an order the
// bank completed on the neighbouring day). Everything else is listed for an admin. The third leg is
// the ledger: an order both sides agree on must be booked there with the same amount (payouts to
// wallet_out, settlements to merchant_paid, parking fees to parking_collected; a top-up never passes
// through the platform's books, its own row must agree instead).

export type MismatchClass =
  | 'matched'
  | 'missing_on_platform'
  | 'missing_at_bank'
  | 'amount_differs'
  /** Bank and platform agree, but the ledger did not book it (or booked another amount). */
  | 'ledger_differs';
export type Resolution = 'none' | 'auto_confirmed' | 'explained' | 'unresolved';

type BillRow = {
  trade_time: string;
  type: string;
  out_trade_no: string;
  out_request_no: string;
  amount_fen: number;
  status: string;
  wallet_id_masked: string;
  counterparty_wallet_id_masked: string;
};

type Item = {
  out_trade_no: string;
  type: string;
  class: MismatchClass;
  platform_amount_fen: number | null;
  bank_amount_fen: number | null;
  resolution: Resolution;
  note: string | null;
};

export type ReconDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  bank: BankWalletClient;
  payments: PaymentService;
};

export function parseBill(csv: string): { rows: BillRow[]; total_count: number; total_amount_fen: number } {
  const lines = csv.trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const summaryAt = lines.findIndex((l) => l.startsWith('total_count,'));
  const rows = lines.slice(1, summaryAt < 0 ? undefined : summaryAt).map((l) => {
    const cells = l.split(',');
    const r = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    return { ...r, amount_fen: Number(r.amount_fen) } as unknown as BillRow;
  });
  const [count, amount] = summaryAt < 0 ? [rows.length, 0] : lines[summaryAt + 1].split(',').map(Number);
  return { rows, total_count: count, total_amount_fen: amount };
}

type PlatformOrder = {
  out_trade_no: string;
  type: string;
  amount_fen: number;
  final: 'success' | 'failed' | 'open';
  completed_at: Date | null;
};

export function createReconciliationService(deps: ReconDeps) {
  const ctx = makeReconciliationServiceContext(deps);
  return {
    reconcile: reconcile.bind(null, ctx),
    getReport: getReport.bind(null, ctx),
    listReports: listReports.bind(null, ctx),
    reportCsv: reportCsv.bind(null, ctx),
    start: start.bind(null, ctx),
    stop: stop.bind(null, ctx),
  };
}

type ReconciliationServiceContext = ReturnType<typeof makeReconciliationServiceContext>;

/** The state and collaborators that createReconciliationService's operations share. */
function makeReconciliationServiceContext(deps: ReconDeps) {
  const { db, clock, logger, bank, payments } = deps;
  return { deps, db, clock, logger, bank, payments, job: null as schedule.Job | null };
}

async function platformOrder(ctx: ReconciliationServiceContext, otn: string): Promise<PlatformOrder | null> {
  const { payments } = ctx;
  const p = await payments.find(otn);
  if (!p) return null;
  const final =
    p.status === 'paid' ? 'success' : ['failed', 'cancelled'].includes(p.status) ? 'failed' : 'open';
  return {
    out_trade_no: otn,
    type: p.purpose,
    amount_fen: p.amount_fen,
    final,
    completed_at: p.completed_at,
  };
}

/**
 * Our side of day D: every bank order the platform believes completed at the bank that day, on the
 * channels this bank's bill lists. Orders of other parties' channels (the e-CNY operators' exchanges,
 * the escrow's instructions, the card back end's loads) are reconciled with that party (e.g. each
 * operator's 711/713 in modules/ecny), never against this file.
 */
async function platformDay(ctx: ReconciliationServiceContext, day: string): Promise<PlatformOrder[]> {
  const { db } = ctx;
  const { start, end } = cstDayBounds(day);
  const channels = ctx.payments.channelsInBankBill();
  const pays = await db.query<{
    out_trade_no: string;
    purpose: string;
    amount_fen: unknown;
    completed_at: Date;
  }>(
    `SELECT out_trade_no, purpose, amount_fen, completed_at FROM bank_payments WHERE status = 'paid' AND channel IN (${channels.map(() => '?').join(',')}) AND completed_at >= ? AND completed_at < ?`,
    [...channels, start, end],
  );
  return pays.map((p) => ({
    out_trade_no: p.out_trade_no,
    type: p.purpose,
    amount_fen: Number(p.amount_fen),
    final: 'success' as const,
    completed_at: new Date(p.completed_at),
  }));
}

/** The bank booked it, we had not heard: take the bank's word (it is the same out_trade_no). */
async function adoptBankOutcome(ctx: ReconciliationServiceContext, ours: PlatformOrder): Promise<boolean> {
  const { payments } = ctx;
  const p = await payments.find(ours.out_trade_no);
  const order = p && (await payments.queryBank(p));
  if (!order || !p || order.status !== 'SUCCESS') return false;
  return (await payments.applyBankOrder(p, order)) === 'paid';
}

/**
 * What the ledger booked for a confirmed order (the third leg of the reconciliation), as its purpose
 * declares it (each module's bank-order purpose knows its postings); null: no leg declared.
 */
async function bookedInLedger(ctx: ReconciliationServiceContext, otn: string): Promise<number | null> {
  const { payments } = ctx;
  const p = await payments.find(otn);
  return p ? payments.bookedFen(p) : null;
}

async function withLedgerLeg(ctx: ReconciliationServiceContext, item: Item): Promise<Item> {
  if (item.class !== 'matched' && item.resolution !== 'auto_confirmed') return item;
  const booked = await bookedInLedger(ctx, item.out_trade_no);
  if (booked === item.bank_amount_fen) return item;
  return {
    ...item,
    class: 'ledger_differs',
    resolution: 'unresolved',
    note: booked === null ? 'its purpose declares no ledger leg' : `the ledger booked ${booked} for it`,
  };
}

async function matchBankRow(
  ctx: ReconciliationServiceContext,
  row: BillRow,
  payerMasked: string | null,
): Promise<Item | null> {
  const ours = await platformOrder(ctx, row.out_trade_no);
  const base = { out_trade_no: row.out_trade_no, type: row.type, bank_amount_fen: row.amount_fen };
  if (!ours) {
    // Only movements out of our own wallet are ours to explain; citizens' own top-ups and payments are not.
    const fromUs =
      ['PAYMENT', 'RED_PACKET'].includes(row.type) && row.counterparty_wallet_id_masked === payerMasked;
    if (!fromUs) return null;
    return {
      ...base,
      class: 'missing_on_platform',
      platform_amount_fen: null,
      resolution: 'unresolved',
      note: 'paid from the platform wallet, but no platform order has this out_trade_no',
    };
  }
  const withOurs = { ...base, platform_amount_fen: ours.amount_fen };
  if (ours.amount_fen !== row.amount_fen)
    return { ...withOurs, class: 'amount_differs', resolution: 'unresolved', note: null };
  if (ours.final === 'success') return { ...withOurs, class: 'matched', resolution: 'none', note: null };
  if (ours.final === 'open' && (await adoptBankOutcome(ctx, ours)))
    return {
      ...withOurs,
      class: 'missing_on_platform',
      resolution: 'auto_confirmed',
      note: 'confirmed from the bank',
    };
  return {
    ...withOurs,
    class: 'missing_on_platform',
    resolution: 'unresolved',
    note: `the bank booked it; the platform has it as ${ours.final}`,
  };
}

async function explainMissingAtBank(
  ctx: ReconciliationServiceContext,
  ours: PlatformOrder,
  day: string,
): Promise<Item> {
  const { payments } = ctx;
  const p = await payments.find(ours.out_trade_no);
  const order = p ? await payments.queryBank(p) : null;
  const base = {
    out_trade_no: ours.out_trade_no,
    type: ours.type,
    class: 'missing_at_bank' as const,
    platform_amount_fen: ours.amount_fen,
  };
  const bankDay = order?.completed_at ? cstDayKey(new Date(order.completed_at)) : null;
  if (order?.status === 'SUCCESS' && bankDay !== day && order.amount_fen === ours.amount_fen) {
    return {
      ...base,
      bank_amount_fen: order.amount_fen,
      resolution: 'explained',
      note: `booked by the bank on ${bankDay}`,
    };
  }
  return {
    ...base,
    bank_amount_fen: order?.amount_fen ?? null,
    resolution: 'unresolved',
    note: order ? `bank status ${order.status}` : 'the bank has no such order',
  };
}

/** Runs (or re-runs) the reconciliation of CST day `day` and stores the report. */
async function reconcile(ctx: ReconciliationServiceContext, day: string, createdBy = 'scheduler') {
  const { bank, payments, clock, db, logger } = ctx;
  const csv = await bank.fetchBill(day);
  if (csv === null) throw refused('BILL_NOT_READY', `银行 ${day} 对账单尚未生成（D+1 可取）`);
  const bill = parseBill(csv);
  const payerMasked = payments.payerWalletId ? maskWalletId(payments.payerWalletId) : null;
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const row of bill.rows) {
    // Transfers are matched when they are ours (parking fees); a citizen's own shopping is not.
    // A refund the platform ordered (the cashier's) is matched by its own key, out_request_no.
    if (row.type === 'REFUND' && row.out_request_no && (await payments.find(row.out_request_no))) {
      seen.add(row.out_request_no);
      const item = await matchBankRow(ctx, { ...row, out_trade_no: row.out_request_no }, payerMasked);
      if (item) items.push(await withLedgerLeg(ctx, item));
      continue;
    }
    if (row.type === 'REFUND' || row.type === 'RED_PACKET_RECOVERY') continue;
    if (row.type === 'WITHDRAWAL') continue;
    seen.add(row.out_trade_no);
    const item = await matchBankRow(ctx, row, payerMasked);
    if (item) items.push(await withLedgerLeg(ctx, item));
  }
  for (const ours of await platformDay(ctx, day)) {
    if (!seen.has(ours.out_trade_no)) items.push(await explainMissingAtBank(ctx, ours, day));
  }
  const count = (f: (i: Item) => boolean) => items.filter(f).length;
  const summary = {
    bill_date: day,
    bank_rows: bill.rows.length,
    bank_total_count: bill.total_count,
    bank_total_amount_fen: bill.total_amount_fen,
    platform_orders: items.length,
    matched: count((i) => i.class === 'matched'),
    ledger_differs: count((i) => i.class === 'ledger_differs'),
    auto_resolved: count((i) => i.resolution === 'auto_confirmed'),
    explained: count((i) => i.resolution === 'explained'),
    unresolved: count((i) => i.resolution === 'unresolved'),
    matched_amount_fen: items
      .filter((i) => i.class === 'matched')
      .reduce((s, i) => s + (i.bank_amount_fen ?? 0), 0),
  };
  const id = newId('rec');
  const now = clock.now();
  await db.tx(async (sql) => {
    await sql.exec(
      'INSERT INTO recon_reports (id, bill_date, status, summary, created_by, created_at) VALUES (?,?,?,?,?,?)',
      [id, day, summary.unresolved ? 'mismatches' : 'balanced', JSON.stringify(summary), createdBy, now],
    );
    for (let i = 0; i < items.length; i += 200) {
      const chunk = items.slice(i, i + 200);
      await sql.exec(
        `INSERT INTO recon_items (report_id, out_trade_no, type, class, platform_amount_fen, bank_amount_fen, resolution, note) VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?)').join(',')}`,
        chunk.flatMap((it) => [
          id,
          it.out_trade_no,
          it.type,
          it.class,
          it.platform_amount_fen,
          it.bank_amount_fen,
          it.resolution,
          it.note,
        ]),
      );
    }
  });
  if (summary.unresolved)
    logger.warn('reconciliation found unresolved mismatches', { day, unresolved: summary.unresolved });
  return getReport(ctx, id);
}

async function getReport(
  ctx: ReconciliationServiceContext,
  id: string,
  opts: { onlyMismatches?: boolean } = {},
) {
  const { db } = ctx;
  const r = (
    await db.query<{
      id: string;
      bill_date: string;
      status: string;
      summary: string;
      created_by: string;
      created_at: Date;
    }>('SELECT * FROM recon_reports WHERE id = ?', [id])
  )[0];
  if (!r) throw notFound('对账报告');
  const items = await db.query<Item>(
    `SELECT out_trade_no, type, class, platform_amount_fen, bank_amount_fen, resolution, note FROM recon_items WHERE report_id = ?${opts.onlyMismatches ? " AND class <> 'matched'" : ''} ORDER BY id`,
    [id],
  );
  return {
    id: r.id,
    bill_date: r.bill_date,
    status: r.status,
    summary: JSON.parse(r.summary),
    created_by: r.created_by,
    created_at: toRfc3339(r.created_at),
    items: items.map((i) => ({
      ...i,
      platform_amount_fen: i.platform_amount_fen === null ? null : Number(i.platform_amount_fen),
      bank_amount_fen: i.bank_amount_fen === null ? null : Number(i.bank_amount_fen),
    })),
  };
}

async function listReports(ctx: ReconciliationServiceContext, f: { bill_date?: string; limit: number }) {
  const { db } = ctx;
  const rows = await db.query<{
    id: string;
    bill_date: string;
    status: string;
    summary: string;
    created_at: Date;
  }>(
    `SELECT id, bill_date, status, summary, created_at FROM recon_reports ${f.bill_date ? 'WHERE bill_date = ?' : ''} ORDER BY id DESC LIMIT ?`,
    f.bill_date ? [f.bill_date, f.limit] : [f.limit],
  );
  return {
    items: rows.map((r) => ({ ...r, summary: JSON.parse(r.summary), created_at: toRfc3339(r.created_at) })),
  };
}

async function reportCsv(ctx: ReconciliationServiceContext, id: string) {
  const r = await getReport(ctx, id);
  const cell = (v: unknown) =>
    v === null || v === undefined
      ? ''
      : /[",\n]/.test(String(v))
        ? `"${String(v).replace(/"/g, '""')}"`
        : String(v);
  const lines = ['out_trade_no,type,class,platform_amount_fen,bank_amount_fen,resolution,note'];
  for (const i of r.items)
    lines.push(
      [i.out_trade_no, i.type, i.class, i.platform_amount_fen, i.bank_amount_fen, i.resolution, i.note]
        .map(cell)
        .join(','),
    );
  return { filename: `reconciliation-${r.bill_date}-${r.id}.csv`, csv: lines.join('\n') + '\n' };
}

/** 09:00 CST every day: reconcile the day before (the bank's file is ready from D+1 00:00). */
function start(ctx: ReconciliationServiceContext) {
  const { clock, logger } = ctx;
  ctx.job = schedule.scheduleJob({ rule: '0 9 * * *', tz: 'Asia/Shanghai' }, () => {
    reconcile(ctx, previousCstDay(clock.now())).catch((err) =>
      logger.error('reconciliation failed', { err }),
    );
  });
}
function stop(ctx: ReconciliationServiceContext) {
  return ctx.job?.cancel();
}

export type ReconciliationService = ReturnType<typeof createReconciliationService>;
