import { createHash } from 'node:crypto';
import type { HardWalletClient } from '../../connectors/hard-wallet/client';
import type { Db } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { CardStatus } from './card-states';

/** What every part of the hard-wallet module is given (built once by createHardWalletService). */
export type HwDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  client: HardWalletClient;
  /** The issuer master key: per-card and per-terminal keys are diversified from it. */
  masterKey: string;
  orders: PaymentService;
  tempLossHours: number;
  quietPeriodHours: number;
  heartbeatSeconds: number;
  offlineAfterBeats: number;
};

export type CardRow = {
  id: string;
  card_no: string;
  batch_id: string;
  media_type: string;
  issuer: string;
  key_version: number;
  status: CardStatus;
  location: string;
  /** The open distribution order the card is reserved by or travels with (distributions.ts). */
  distribution_id: string | null;
  holder_user_id: string | null;
  holder_name: string | null;
  holder_kind: 'real_name' | 'anonymous' | null;
  kyc_level: string;
  soft_wallet_id: string | null;
  loss_at: Date | string | null;
  quiet_until: Date | string | null;
  replaced_by: string | null;
  /** What follows the quiet period; `*_held` after a final refusal, until a person retries. */
  after_quiet: 'refund' | 'transfer' | 'refund_held' | 'xfer_held' | null;
  blacklisted: boolean | number;
  chain_counter: number;
  chain_online_counter: number;
  chain_balance_fen: number;
  order_lock: string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

export const num = (v: unknown) => Number(v ?? 0);

/** Exceptions keyed by what they are about, so a resent bad record is kept once. */
export const exceptionId = (...parts: (string | number | null | undefined)[]) =>
  'hwx' + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 30);
