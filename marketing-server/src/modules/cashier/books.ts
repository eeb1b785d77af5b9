import type { BankWalletClient } from '../../connectors/bank-wallet/client';
import type { ChannelBillRow, ChannelName, PayChannelClient } from '../../connectors/pay-channels/types';
import type { Db } from '../../db/sql';
import { refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { cstDayBounds, toRfc3339, type Clock } from '../../shared/time';
import { CHANNELS, type CashierChannel } from './service';

const n = (v: unknown) => Number(v ?? 0);

/**
 * The cashier's ledger invariant, per channel and per merchant: what the ledger holds as collected
 * equals the paid attempts minus the succeeded refunds of the platform's own rows — so a payment
 * booked twice, a refund not booked, or money booked on the wrong channel shows here.
 */
export async function checkCashierBooks(db: Db) {
  const booked = await db.query<{ account: string; s: unknown }>(
    // What an order's owner module took over in the paid transaction (kind cashier_handover) is
    // that module's to prove (modules/prepaid's invariant), not collected by the merchant.
    "SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account LIKE 'cashier_collected:%' AND kind <> 'cashier_handover' GROUP BY account",
  );
  const paid = await db.query<{ channel: string; merchant_id: string; s: unknown }>(
    `SELECT p.channel, o.merchant_id, SUM(p.amount_fen) AS s FROM cashier_payments p JOIN cashier_orders o ON o.id = p.order_id
      WHERE p.status = 'paid' GROUP BY p.channel, o.merchant_id`,
  );
  const refunded = await db.query<{ channel: string; merchant_id: string; s: unknown }>(
    `SELECT r.channel, o.merchant_id, SUM(r.amount_fen) AS s FROM cashier_refunds r JOIN cashier_orders o ON o.id = r.order_id
      WHERE r.status = 'succeeded' GROUP BY r.channel, o.merchant_id`,
  );
  const orders = new Map<string, number>();
  for (const p of paid) orders.set(`cashier_collected:${p.channel}:${p.merchant_id}`, n(p.s));
  for (const r of refunded) {
    const k = `cashier_collected:${r.channel}:${r.merchant_id}`;
    orders.set(k, (orders.get(k) ?? 0) - n(r.s));
  }
  const ledger = new Map(booked.map((b) => [b.account, n(b.s)]));
  const issues: string[] = [];
  const perChannel: Record<string, { orders_fen: number; ledger_fen: number }> = {};
  for (const k of new Set([...orders.keys(), ...ledger.keys()])) {
    const ch = k.split(':')[1];
    perChannel[ch] ??= { orders_fen: 0, ledger_fen: 0 };
    perChannel[ch].orders_fen += orders.get(k) ?? 0;
    perChannel[ch].ledger_fen += ledger.get(k) ?? 0;
    if ((orders.get(k) ?? 0) !== (ledger.get(k) ?? 0))
      issues.push(
        `${k}: paid − refunded ${orders.get(k) ?? 0} ≠ collected in the ledger ${ledger.get(k) ?? 0}`,
      );
    if ((ledger.get(k) ?? 0) < 0) issues.push(`${k}: negative collected balance`);
  }
  const ecnyPaid = n(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM bank_payments WHERE purpose = 'cashier' AND status = 'paid'",
      )
    )[0]?.s,
  );
  const ecnyAttempts = n(
    (
      await db.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM cashier_payments WHERE channel = 'ecny' AND status = 'paid'",
      )
    )[0]?.s,
  );
  if (ecnyPaid !== ecnyAttempts)
    issues.push(`e-CNY bank orders paid ${ecnyPaid} ≠ e-CNY attempts paid ${ecnyAttempts}`);
  return { balanced: issues.length === 0, channels: perChannel, issues };
}

/** The cashier's section of the ledger check, in the shape module descriptors use. */
export const cashierLedgerInvariant = { key: 'cashier', check: checkCashierBooks };

type Item = {
  key: string;
  type: 'PAY' | 'REFUND';
  class: 'matched' | 'missing_on_platform' | 'missing_at_channel' | 'amount_differs' | 'ledger_differs';
  platform_amount_fen: number | null;
  channel_amount_fen: number | null;
  resolution: 'none' | 'auto_confirmed' | 'unresolved';
};

/**
 * Daily three-way reconciliation of one channel: the channel's bill for CST day D, the platform's
 * attempts and refunds completed that day, and the ledger's postings for each. A bill row for an
 * attempt still open on our side is resolved by asking the channel (the query is the truth).
 */
export function createCashierReconciliation(deps: {
  db: Db;
  clock: Clock;
  bank: BankWalletClient;
  channels: Record<ChannelName, PayChannelClient>;
  resolveAttempt: (id: string) => Promise<unknown>;
}) {
  const { db, clock } = deps;

  async function billOf(channel: CashierChannel, day: string): Promise<ChannelBillRow[] | null> {
    if (channel !== 'ecny') return deps.channels[channel].bill(day);
    const csv = await deps.bank.fetchBill(day);
    if (csv === null) return null;
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const cols = header.split(',');
    const idx = (c: string) => cols.indexOf(c);
    const rows: ChannelBillRow[] = [];
    for (const l of lines) {
      const c = l.split(',');
      if (c.length !== cols.length) continue; // the summary block
      const type = c[idx('type')];
      if (type === 'TRANSFER')
        rows.push({
          type: 'PAY',
          out_trade_no: c[idx('out_trade_no')],
          out_refund_no: null,
          amount_fen: n(c[idx('amount_fen')]),
        });
      if (type === 'REFUND')
        rows.push({
          type: 'REFUND',
          out_trade_no: c[idx('out_trade_no')],
          out_refund_no: c[idx('out_request_no')],
          amount_fen: n(c[idx('amount_fen')]),
        });
    }
    // The bank's file holds every transfer of every citizen; ours are the cashier's own keys.
    const ours = new Set(
      (
        await db.query<{ id: string }>(
          `SELECT id FROM cashier_payments WHERE channel = 'ecny' AND id IN (${rows.map(() => '?').join(',') || "''"})`,
          rows.map((r) => r.out_trade_no),
        )
      ).map((r) => r.id),
    );
    return rows.filter((r) => ours.has(r.out_trade_no));
  }

  async function ledgerOf(kind: 'cashier_payment' | 'cashier_refund', ref: string) {
    return n(
      (
        await db.query<{ s: unknown }>(
          "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE kind = ? AND ref_id = ? AND account LIKE 'cashier_collected:%'",
          [kind, ref],
        )
      )[0]?.s,
    );
  }

  async function reconcile(channel: CashierChannel, day: string) {
    if (!CHANNELS.includes(channel)) throw refused('CHANNEL_UNKNOWN', '未知的支付渠道');
    const bill = await billOf(channel, day);
    if (bill === null) throw refused('BILL_NOT_READY', `${day} 的渠道账单尚未生成（D+1 可取）`);
    const items: Item[] = [];
    const seen = new Set<string>();
    for (const row of bill) {
      const key = row.type === 'PAY' ? row.out_trade_no : row.out_refund_no!;
      seen.add(key);
      const ours =
        row.type === 'PAY'
          ? (
              await db.query<{ status: string; amount_fen: unknown }>(
                'SELECT status, amount_fen FROM cashier_payments WHERE id = ?',
                [key],
              )
            )[0]
          : (
              await db.query<{ status: string; amount_fen: unknown }>(
                'SELECT status, amount_fen FROM cashier_refunds WHERE id = ?',
                [key],
              )
            )[0];
      const base = {
        key,
        type: row.type,
        channel_amount_fen: row.amount_fen,
        platform_amount_fen: ours ? n(ours.amount_fen) : null,
      };
      if (!ours) {
        items.push({ ...base, class: 'missing_on_platform', resolution: 'unresolved' });
        continue;
      }
      let status = ours.status;
      let resolution: Item['resolution'] = 'none';
      if (row.type === 'PAY' && status === 'paying') {
        await deps.resolveAttempt(key);
        status = (
          await db.query<{ status: string }>('SELECT status FROM cashier_payments WHERE id = ?', [key])
        )[0].status;
        resolution = status === 'paid' ? 'auto_confirmed' : 'unresolved';
      }
      const done = row.type === 'PAY' ? status === 'paid' : status === 'succeeded';
      if (!done) {
        items.push({ ...base, class: 'missing_on_platform', resolution: 'unresolved' });
        continue;
      }
      if (n(ours.amount_fen) !== row.amount_fen) {
        items.push({ ...base, class: 'amount_differs', resolution: 'unresolved' });
        continue;
      }
      const booked = await ledgerOf(row.type === 'PAY' ? 'cashier_payment' : 'cashier_refund', key);
      const inLedger = row.type === 'PAY' ? booked : -booked;
      if (inLedger !== row.amount_fen)
        items.push({ ...base, class: 'ledger_differs', resolution: 'unresolved' });
      else items.push({ ...base, class: 'matched', resolution });
    }
    const { start, end } = cstDayBounds(day);
    const paid = await db.query<{ id: string; amount_fen: unknown }>(
      "SELECT id, amount_fen FROM cashier_payments WHERE channel = ? AND status = 'paid' AND amount_fen > 0 AND completed_at >= ? AND completed_at < ?",
      [channel, start, end],
    );
    const refunds = await db.query<{ id: string; amount_fen: unknown }>(
      "SELECT id, amount_fen FROM cashier_refunds WHERE channel = ? AND status = 'succeeded' AND completed_at >= ? AND completed_at < ?",
      [channel, start, end],
    );
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
    const summary = {
      channel,
      bill_date: day,
      bill_rows: bill.length,
      matched: items.filter((i) => i.class === 'matched').length,
      auto_confirmed: items.filter((i) => i.resolution === 'auto_confirmed').length,
      unresolved: items.filter((i) => i.resolution === 'unresolved').length,
    };
    // The report keeps what needs a person or was resolved on the way; plain matches are counted only
    // (a busy channel's day is tens of thousands of rows).
    const kept = items.filter((i) => i.class !== 'matched' || i.resolution !== 'none');
    const id = newId('crr');
    const now = clock.now();
    await db.exec(
      'INSERT INTO cashier_recon_reports (id, channel, bill_date, status, summary, items, created_at) VALUES (?,?,?,?,?,?,?)',
      [
        id,
        channel,
        day,
        summary.unresolved ? 'mismatches' : 'balanced',
        JSON.stringify(summary),
        JSON.stringify(kept),
        now,
      ],
    );
    return {
      id,
      status: summary.unresolved ? 'mismatches' : 'balanced',
      summary,
      items: kept,
      created_at: toRfc3339(now),
    };
  }

  async function listReports(f: { channel?: string; bill_date?: string; limit: number }) {
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

  return { reconcile, listReports };
}

export type CashierReconciliation = ReturnType<typeof createCashierReconciliation>;
