// Outbound bank payments (red-packet payouts, merchant settlements): which status may follow which.
// Every change is a conditional UPDATE on the `from` list, so two workers, a callback and the
// reconciliation job racing on one payment change it once.
export type PaymentStatus =
  'awaiting_wallet' | 'pending' | 'in_flight' | 'paid' | 'failed' | 'dead' | 'cancelled';

export type PaymentTransition =
  /** The citizen bound a wallet: the payout can be sent. */
  | 'release'
  /** Handed to the bank: the money is reserved as on its way out (ledger: → *_pending). */
  | 'dispatch'
  /** The bank confirmed SUCCESS (answer, query, callback or bill). */
  | 'confirm'
  /** The bank recorded the order as FAILED: the money comes back (ledger: *_pending → origin). */
  | 'refuse'
  /** Retries exhausted with the outcome still unknown: an admin decides (dead-letter). */
  | 'give_up'
  /** An admin sends a dead payment back to the worker (same out_trade_no, so never paid twice). */
  | 'revive'
  /** An admin gives up on a payment that never left (failed, or waiting for a wallet). */
  | 'cancel';

export const PAYMENT_TRANSITIONS: Record<PaymentTransition, { from: PaymentStatus[]; to: PaymentStatus }> = {
  release: { from: ['awaiting_wallet'], to: 'pending' },
  dispatch: { from: ['pending'], to: 'in_flight' },
  confirm: { from: ['in_flight', 'dead'], to: 'paid' },
  refuse: { from: ['in_flight', 'dead'], to: 'failed' },
  give_up: { from: ['in_flight'], to: 'dead' },
  revive: { from: ['dead'], to: 'in_flight' },
  cancel: { from: ['awaiting_wallet', 'pending', 'failed'], to: 'cancelled' },
};

/** Statuses in which money sits in a *_pending account (handed to the bank, not confirmed). */
export const MONEY_IN_FLIGHT: PaymentStatus[] = ['in_flight', 'dead'];

/** Statuses in which nothing more happens to the money on our side. */
export const FINAL: PaymentStatus[] = ['paid', 'failed', 'cancelled'];
