import type { EscrowClient } from '../../connectors/escrow/client';
import type { Db, Sql } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { CashierService } from '../cashier';
import type { WalletService } from '../wallet';

/** What the prepaid module's functions work with (one object, built once by createPrepaidService). */
export type PrepaidDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  cashier: CashierService;
  wallet: WalletService;
  escrow: EscrowClient;
  /** The merchant the cashier collects prepaid purchases for: the escrow's collection account. */
  escrowMerchantId: string;
};

export type ContractRow = {
  id: string;
  merchant_id: string;
  product_id: string;
  user_id: string;
  idem_key: string;
  kind: 'class_pack' | 'membership' | 'stored_value';
  product_json: string;
  paid_fen: number;
  total_units: number;
  used_units: number;
  released_fen: number;
  releasing_fen: number;
  refunded_fen: number;
  refunding_fen: number;
  status: import('./contract-states').ContractStatus;
  refund_reason: string | null;
  cashier_order_id: string | null;
  wallet_id: string | null;
  starts_at: Date | string | null;
  ends_at: Date | string | null;
  cooling_off_until: Date | string | null;
  frozen_at: Date | string | null;
  auto_refund_at: Date | string | null;
  escrow_frozen: number;
  created_at: Date | string;
  updated_at: Date | string;
};

const NUMERIC = [
  'paid_fen',
  'total_units',
  'used_units',
  'released_fen',
  'releasing_fen',
  'refunded_fen',
  'refunding_fen',
  'escrow_frozen',
] as const;

export function normaliseContract(r: ContractRow): ContractRow {
  const out = { ...r };
  for (const k of NUMERIC) (out as Record<string, unknown>)[k] = Number(r[k] ?? 0);
  return out;
}

export const forUpdate = (sql: Sql) => (sql.dialect === 'mysql' ? ' FOR UPDATE' : '');

export async function findContract(sql: Sql, id: string, lock = false): Promise<ContractRow | null> {
  const rows = await sql.query<ContractRow>(
    `SELECT * FROM prepaid_contracts WHERE id = ?${lock ? forUpdate(sql) : ''}`,
    [id],
  );
  return rows[0] ? normaliseContract(rows[0]) : null;
}

/** Money still in the contract wallet and not on its way anywhere. */
export const retainedFree = (c: ContractRow) =>
  c.paid_fen - c.released_fen - c.releasing_fen - c.refunded_fen - c.refunding_fen;
