import type { BankWalletClient } from '../../connectors/bank-wallet/client';
import type { ChannelBillRow, ChannelName, PayChannelClient } from '../../connectors/pay-channels/types';
import type { Db } from '../../db/sql';
import { refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { cstDayBounds, toRfc3339, type Clock } from '../../shared/time';
import { CHANNELS, n, type CashierChannel } from './rows';

// Daily three-way reconciliation of one channel: the channel's bill for CST day D, the platform's
// attempts and refunds completed that day, and the ledger's postings for each. A bill row for an
// attempt still open on our side is resolved by asking the channel (the query is the truth).

type ReconDeps = {
  db: Db;
  clock: Clock;
  bank: BankWalletClient;
  channels: Record<ChannelName, PayChannelClient>;
  resolveAttempt: (id: string) => Promise<unknown>;
};

type Item = {
  key: string;
  type: 'PAY' | 'REFUND';
  class: 'matched' | 'missing_on_platform' | 'missing_at_channel' | 'amount_differs' | 'ledger_differs';
  platform_amount_fen: number | null;
  channel_amount_fen: number | null;
  resolution: 'none' | 'auto_confirmed' | 'unresolved';
};

/** The bank's daily file (every transfer and refund of every citizen) as bill rows. */
function parseBankBill(csv: string): ChannelBillRow[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const cols = header.split(',');
  const idx = (c: string) => cols.indexOf(c);
  const rows: ChannelBillRow[] = [];
  for (const l of lines) {
    const c = l.split(',');
    if (c.length !== cols.length) continue; // the summary block
    const type = c[idx('type')];
    const amount_fen = n(c[idx('amount_fen')]);
    if (type === 'TRANSFER')
      rows.push({ type: 'PAY', out_trade_no: c[idx('out_trade_no')], out_refund_no: null, amount_fen });
    if (type === 'REFUND')
      rows.push({
        type: 'REFUND',
        out_trade_no: c[idx('out_trade_no')],
        out_refund_no: c[idx('out_request_no')],
        amount_fen,
      });
  }
  return rows;
}

async function billOf(d: ReconDeps, channel: CashierChannel, day: string): Promise<ChannelBillRow[] | null> {
  if (channel !== 'ecny') return d.channels[channel].bill(day);
  const csv = await d.bank.fetchBill(day);
  if (csv === null) return null;
  const rows = parseBankBill(csv);
  // The bank's file holds every transfer of every citizen; ours are the cashier's own keys.
  const ours = new Set(
    (
      await d.db.query<{ id: string }>(
        `SELECT id FROM cashier_payments WHERE channel = 'ecny' AND id IN (${rows.map(() => '?').join(',') || "''"})`,
        rows.map((r) => r.out_trade_no),
      )
    ).map((r) => r.id),
  );
  return rows.filter((r) => ours.has(r.out_trade_no));
}

async function ledgerOf(db: Db, kind: 'cashier_payment' | 'cashier_refund', ref: string) {
  return n(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE kind = ? AND ref_id = ? AND account LIKE 'cashier_collected:%'",
        [kind, ref],
      )
    )[0]?.s,
  );
}

/** One bill row against the platform's row (asked again when still open) and the ledger. */
async function classifyRow(d: ReconDeps, row: ChannelBillRow, key: string): Promise<Item> {
  const table = row.type === 'PAY' ? 'cashier_payments' : 'cashier_refunds';
  const ours = (
    await d.db.query<{ status: string; amount_fen: unknown }>(
      `SELECT status, amount_fen FROM ${table} WHERE id = ?`,
      [key],
    )
  )[0];
  const base = {
    key,
    type: row.type,
    channel_amount_fen: row.amount_fen,
    platform_amount_fen: ours ? n(ours.amount_fen) : null,
  };
  if (!ours) return { ...base, class: 'missing_on_platform', resolution: 'unresolved' };
  let status = ours.status;
  let resolution: Item['resolution'] = 'none';
  if (row.type === 'PAY' && status === 'paying') {
    await d.resolveAttempt(key);
    status = (
      await d.db.query<{ status: string }>('SELECT status FROM cashier_payments WHERE id = ?', [key])
    )[0].status;
    resolution = status === 'paid' ? 'auto_confirmed' : 'unresolved';
  }
  const done = row.type === 'PAY' ? status === 'paid' : status === 'succeeded';
  if (!done) return { ...base, class: 'missing_on_platform', resolution: 'unresolved' };
  if (n(ours.amount_fen) !== row.amount_fen)
    return { ...base, class: 'amount_differs', resolution: 'unresolved' };
  const booked = await ledgerOf(d.db, row.type === 'PAY' ? 'cashier_payment' : 'cashier_refund', key);
  const inLedger = row.type === 'PAY' ? booked : -booked;
  if (inLedger !== row.amount_fen) return { ...base, class: 'ledger_differs', resolution: 'unresolved' };
  return { ...base, class: 'matched', resolution };
}

/** Attempts and refunds completed on our side that day that the channel's bill does not have. */
async function missingAtChannel(db: Db, channel: CashierChannel, day: string, seen: Set<string>) {
  const { start, end } = cstDayBounds(day);
  const paid = await db.query<{ id: string; amount_fen: unknown }>(
    "SELECT id, amount_fen FROM cashier_payments WHERE channel = ? AND status = 'paid' AND amount_fen > 0 AND completed_at >= ? AND completed_at < ?",
    [channel, start, end],
  );
  const refunds = await db.query<{ id: string; amount_fen: unknown }>(
    "SELECT id, amount_fen FROM cashier_refunds WHERE channel = ? AND status = 'succeeded' AND completed_at >= ? AND completed_at < ?",
    [channel, start, end],
  );
  const items: Item[] = [];
  for (const [type, rows] of [
    ['PAY', paid],
    ['REFUND', refunds],
  ] as const)
    for (const r of rows)
      if (!seen.has(r.id))
        items.push({
          key: r.id,
          type,
          class: 'missing_at_channel',
          platform_amount_fen: n(r.amount_fen),
          channel_amount_fen: null,
          resolution: 'unresolved',
        });
  return items;
}

async function saveReport(d: ReconDeps, channel: CashierChannel, day: string, bill: number, items: Item[]) {
  const summary = {
    channel,
    bill_date: day,
    bill_rows: bill,
    matched: items.filter((i) => i.class === 'matched').length,
    auto_confirmed: items.filter((i) => i.resolution === 'auto_confirmed').length,
    unresolved: items.filter((i) => i.resolution === 'unresolved').length,
  };
  // The report keeps what needs a person or was resolved on the way; plain matches are counted only
  // (a busy channel's day is tens of thousands of rows).
  const kept = items.filter((i) => i.class !== 'matched' || i.resolution !== 'none');
  const id = newId('crr');
  const now = d.clock.now();
  const status = summary.unresolved ? 'mismatches' : 'balanced';
  await d.db.exec(
    'INSERT INTO cashier_recon_reports (id, channel, bill_date, status, summary, items, created_at) VALUES (?,?,?,?,?,?,?)',
    [id, channel, day, status, JSON.stringify(summary), JSON.stringify(kept), now],
  );
  return { id, status, summary, items: kept, created_at: toRfc3339(now) };
}

async function reconcile(d: ReconDeps, channel: CashierChannel, day: string) {
  if (!CHANNELS.includes(channel)) throw refused('CHANNEL_UNKNOWN', '未知的支付渠道');
  const bill = await billOf(d, channel, day);
  if (bill === null) throw refused('BILL_NOT_READY', `${day} 的渠道账单尚未生成（D+1 可取）`);
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const row of bill) {
    const key = row.type === 'PAY' ? row.out_trade_no : row.out_refund_no!;
    seen.add(key);
    items.push(await classifyRow(d, row, key));
  }
  items.push(...(await missingAtChannel(d.db, channel, day, seen)));
  return saveReport(d, channel, day, bill.length, items);
}

async function listReports(db: Db, f: { channel?: string; bill_date?: string; limit: number }) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.channel) {
    where.push('channel = ?');
    params.push(f.channel);
  }
  if (f.bill_date) {
    where.push('bill_date = ?');
    params.push(f.bill_date);
  }
  const rows = await db.query<{
    id: string;
    channel: string;
    bill_date: string;
    status: string;
    summary: string;
    created_at: Date;
  }>(
    `SELECT id, channel, bill_date, status, summary, created_at FROM cashier_recon_reports ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at DESC LIMIT ?`,
    [...params, f.limit],
  );
  return {
    items: rows.map((r) => ({ ...r, summary: JSON.parse(r.summary), created_at: toRfc3339(r.created_at) })),
  };
}

export function createCashierReconciliation(deps: ReconDeps) {
  return {
    reconcile: (channel: CashierChannel, day: string) => reconcile(deps, channel, day),
    listReports: (f: { channel?: string; bill_date?: string; limit: number }) => listReports(deps.db, f),
  };
}

export type CashierReconciliation = ReturnType<typeof createCashierReconciliation>;
