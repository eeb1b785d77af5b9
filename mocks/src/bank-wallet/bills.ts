import type { BillEntry } from './ledger';
import { cstDateTime, cstDay, maskWalletId } from './limits';

// Reconciliation file for one CST calendar day: a header, one row per completed money movement, then
// a summary header and the summary row (count and gross total in fen; every amount is positive, the
// `type` column says which way the money went).

export const BILL_HEADER = [
  'trade_time',
  'type',
  'out_trade_no',
  'out_request_no',
  'amount_fen',
  'status',
  'wallet_id_masked',
  'counterparty_wallet_id_masked',
];
export const SUMMARY_HEADER = ['total_count', 'total_amount_fen'];

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const row = (cells: (string | number)[]) => cells.map(cell).join(',');

export function renderBill(entries: BillEntry[], billDate: string): string {
  const rows = entries
    .filter((e) => cstDay(e.at) === billDate)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  let total = 0;
  const lines = [row(BILL_HEADER)];
  for (const e of rows) {
    total += e.amount_fen;
    lines.push(
      row([
        cstDateTime(e.at),
        e.type,
        e.out_trade_no,
        e.out_request_no,
        e.amount_fen,
        e.status,
        maskWalletId(e.wallet_id),
        e.counterparty_wallet_id ? maskWalletId(e.counterparty_wallet_id) : '',
      ]),
    );
  }
  lines.push(row(SUMMARY_HEADER), row([rows.length, total]));
  return lines.join('\n') + '\n';
}
