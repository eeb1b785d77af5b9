import { randomBytes, randomInt } from 'node:crypto';
import {
  cstDay,
  cstYear,
  isCorporate,
  maskCard,
  maskPhone,
  maskWalletId,
  type LimitTable,
  type WalletLevel,
  type WalletType,
} from './limits';

// The operating institution's books, in memory. Every operation is synchronous, so one HTTP request's
// checks and writes can never interleave with another's. Amounts are integer fen throughout.

export class BankError extends Error {
  constructor(
    readonly code: string,
    readonly http: number,
    message: string,
  ) {
    super(message);
  }
}

/** Rejections that are the order's outcome: recorded as FAILED and replayed for the same key. */
const fail = (code: string, message: string) => new BankError(code, 422, message);

export type WalletStatus = 'normal' | 'frozen' | 'closed';

export type Lot = {
  lot_id: string;
  out_trade_no: string;
  payer_wallet_id: string;
  amount_fen: number;
  remaining_fen: number;
  recovered_fen: number;
  expires_at: Date;
  merchant_scope: string[];
};

export type Wallet = {
  wallet_id: string;
  wallet_type: WalletType;
  wallet_level: WalletLevel;
  status: WalletStatus;
  phone?: string;
  merchant_id?: string;
  name?: string;
  balance_fen: number; // unrestricted
  lots: Lot[];
  card?: { card_no: string; agreement_no: string; status: 'signed'; signed_at: Date };
  outflows: { at: Date; amount_fen: number }[];
  created_at: Date;
  freeze_reason?: string;
};

export type OrderType = 'PAYMENT' | 'TRANSFER' | 'TOPUP' | 'WITHDRAWAL';
export type OrderStatus = 'SUCCESS' | 'PROCESSING' | 'FAILED';
type Source = { lot_id: string | null; amount_fen: number; refunded_fen: number };

export type Order = {
  type: OrderType;
  out_trade_no: string;
  trade_no: string;
  fingerprint: string;
  status: OrderStatus;
  amount_fen: number;
  kind?: 'standard' | 'red_packet';
  payer_wallet_id?: string;
  payee_wallet_id?: string;
  wallet_id?: string;
  merchant_id?: string;
  expires_at?: Date;
  merchant_scope?: string[];
  description?: string;
  sources: Source[];
  refunded_fen: number;
  error?: { code: string; message: string };
  created_at: Date;
  completed_at?: Date;
};

export type Refund = {
  out_request_no: string;
  out_trade_no: string;
  refund_id: string;
  fingerprint: string;
  status: OrderStatus;
  amount_fen: number;
  reason?: string;
  error?: { code: string; message: string };
  created_at: Date;
  completed_at?: Date;
};

export type BillEntry = {
  at: Date;
  type: string;
  out_trade_no: string;
  out_request_no: string;
  amount_fen: number;
  status: 'SUCCESS';
  wallet_id: string;
  counterparty_wallet_id: string;
};

export type LedgerEventType =
  | 'PAYMENT.SUCCESS'
  | 'TRANSFER.SUCCESS'
  | 'TOPUP.SUCCESS'
  | 'WITHDRAWAL.SUCCESS'
  | 'REFUND.SUCCESS'
  | 'RED_PACKET.RECOVERED';

export type LedgerOptions = {
  limits: LimitTable;
  now: () => Date;
  walletIdPrefix: string;
  onEvent: (type: LedgerEventType, resource: unknown) => void;
};

export type PaymentInput = {
  out_trade_no: string;
  payer_wallet_id: string;
  payee_wallet_id: string;
  amount_fen: number;
  kind: 'standard' | 'red_packet';
  expires_at?: Date;
  merchant_scope?: string[];
  description?: string;
};
export type TransferInput = {
  out_trade_no: string;
  wallet_id: string;
  merchant_id: string;
  amount_fen: number;
};
export type CardMoveInput = { out_trade_no: string; wallet_id: string; amount_fen: number };
export type RefundInput = {
  out_request_no: string;
  out_trade_no: string;
  amount_fen: number;
  reason?: string;
};

const EVENT_FOR: Record<OrderType, LedgerEventType> = {
  PAYMENT: 'PAYMENT.SUCCESS',
  TRANSFER: 'TRANSFER.SUCCESS',
  TOPUP: 'TOPUP.SUCCESS',
  WITHDRAWAL: 'WITHDRAWAL.SUCCESS',
};

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export class BankLedger {
  readonly wallets = new Map<string, Wallet>();
  readonly orders = new Map<string, Order>();
  readonly refunds = new Map<string, Refund>();
  readonly entries: BillEntry[] = [];
  private seq = 0;

  constructor(private readonly opts: LedgerOptions) {}

  private now() {
    return this.opts.now();
  }

  // ---- wallets ------------------------------------------------------------------------------------

  openWallet(input: {
    wallet_type: WalletType;
    wallet_level: WalletLevel;
    phone?: string;
    merchant_id?: string;
    name?: string;
  }): Wallet {
    if (!isCorporate(input.wallet_type) && input.wallet_type !== 'WT03' && !input.phone) {
      throw new BankError('INVALID_REQUEST', 400, 'a personal wallet needs a bound phone');
    }
    if (input.wallet_type === 'WT01' && this.personalWallet(input.phone as string)) {
      throw new BankError('WALLET_EXISTS', 409, 'this phone already has a personal wallet here');
    }
    if (input.merchant_id && this.merchantWallet(input.merchant_id)) {
      throw new BankError('WALLET_EXISTS', 409, 'this merchant already has a wallet');
    }
    let wallet_id: string;
    do wallet_id = this.opts.walletIdPrefix + digits(16 - this.opts.walletIdPrefix.length);
    while (this.wallets.has(wallet_id));
    const wallet: Wallet = {
      ...input,
      wallet_id,
      status: 'normal',
      balance_fen: 0,
      lots: [],
      outflows: [],
      created_at: this.now(),
    };
    this.wallets.set(wallet_id, wallet);
    return wallet;
  }

  wallet(id: string): Wallet {
    const w = this.wallets.get(id);
    if (!w) throw new BankError('WALLET_NOT_FOUND', 404, `wallet ${id} not found`);
    return w;
  }

  personalWallet(phone: string): Wallet | undefined {
    for (const w of this.wallets.values()) if (w.wallet_type === 'WT01' && w.phone === phone) return w;
    return undefined;
  }

  merchantWallet(merchantId: string): Wallet | undefined {
    for (const w of this.wallets.values()) if (w.merchant_id === merchantId) return w;
    return undefined;
  }

  setStatus(id: string, action: 'freeze' | 'unfreeze' | 'close', reason?: string): Wallet {
    const w = this.wallet(id);
    if (w.status === 'closed') throw new BankError('WALLET_CLOSED', 409, 'the wallet is closed');
    if (action === 'close') {
      if (this.restricted(w) + w.balance_fen > 0) {
        throw new BankError('WALLET_NOT_EMPTY', 409, 'withdraw or spend the balance before closing');
      }
      w.status = 'closed';
    } else {
      w.status = action === 'freeze' ? 'frozen' : 'normal';
      w.freeze_reason = action === 'freeze' ? reason : undefined;
    }
    return w;
  }

  bindCard(w: Wallet, cardNo: string) {
    w.card = {
      card_no: cardNo,
      agreement_no: `AG${cstDay(this.now())}${digits(10)}`,
      status: 'signed',
      signed_at: this.now(),
    };
  }

  /** Unspent restricted money that is still usable (expired lots are about to be swept). */
  restricted(w: Wallet): number {
    return sum(w.lots.map((l) => l.remaining_fen));
  }

  usage(w: Wallet) {
    const now = this.now();
    const day = cstDay(now);
    const year = cstYear(now);
    return {
      daily_paid_fen: sum(w.outflows.filter((o) => cstDay(o.at) === day).map((o) => o.amount_fen)),
      yearly_paid_fen: sum(w.outflows.filter((o) => cstYear(o.at) === year).map((o) => o.amount_fen)),
    };
  }

  /**
   * Money arriving from outside the e-CNY system into an institutional wallet (a funder's bank
   * transfer to the platform, quoting a reference): it appears in the day's bill as a CREDIT row
   * whose out_request_no is the remitter's reference.
   */
  externalCredit(walletId: string, amountFen: number, reference: string) {
    const w = this.wallet(walletId);
    w.balance_fen += amountFen;
    const entry = {
      at: this.now(),
      type: 'CREDIT',
      out_trade_no: `CR${cstDay(this.now())}${digits(12)}`,
      out_request_no: reference,
      amount_fen: amountFen,
      status: 'SUCCESS' as const,
      wallet_id: w.wallet_id,
      counterparty_wallet_id: '',
    };
    this.entries.push(entry);
    return entry;
  }

  walletView(w: Wallet) {
    const restricted = this.restricted(w);
    return {
      wallet_id: w.wallet_id,
      wallet_id_masked: maskWalletId(w.wallet_id),
      wallet_type: w.wallet_type,
      wallet_level: w.wallet_level,
      status: w.status,
      ...(w.freeze_reason ? { freeze_reason: w.freeze_reason } : {}),
      phone_masked: w.phone ? maskPhone(w.phone) : null,
      merchant_id: w.merchant_id ?? null,
      name: w.name ?? null,
      balance_fen: w.balance_fen,
      restricted_balance_fen: restricted,
      total_balance_fen: w.balance_fen + restricted,
      restricted_lots: w.lots
        .filter((l) => l.remaining_fen > 0)
        .map((l) => ({
          lot_id: l.lot_id,
          out_trade_no: l.out_trade_no,
          remaining_fen: l.remaining_fen,
          expires_at: l.expires_at.toISOString(),
          merchant_scope: l.merchant_scope,
        })),
      limits: isCorporate(w.wallet_type) ? null : this.opts.limits[w.wallet_level],
      usage: isCorporate(w.wallet_type) ? null : this.usage(w),
      bank_card: w.card
        ? {
            card_no_masked: maskCard(w.card.card_no),
            agreement_no: w.card.agreement_no,
            status: w.card.status,
          }
        : null,
      created_at: w.created_at.toISOString(),
    };
  }

  // ---- checks -------------------------------------------------------------------------------------

  private usable(w: Wallet) {
    if (w.status === 'frozen') throw fail('WALLET_FROZEN', `wallet ${maskWalletId(w.wallet_id)} is frozen`);
    if (w.status === 'closed') throw fail('WALLET_CLOSED', `wallet ${maskWalletId(w.wallet_id)} is closed`);
  }

  private checkInflow(w: Wallet, amount: number) {
    this.usable(w);
    if (isCorporate(w.wallet_type)) return;
    const limit = this.opts.limits[w.wallet_level].balance_fen;
    if (w.balance_fen + this.restricted(w) + amount > limit) {
      throw fail('LIMIT_BALANCE_EXCEEDED', `the ${w.wallet_level} balance limit is ${limit} fen`);
    }
  }

  /** Per-payment, daily and yearly limits on money paid out of a personal wallet. */
  private checkPaymentLimits(w: Wallet, amount: number) {
    if (isCorporate(w.wallet_type)) return;
    const l = this.opts.limits[w.wallet_level];
    const u = this.usage(w);
    if (amount > l.per_payment_fen) {
      throw fail(
        'LIMIT_PER_PAYMENT_EXCEEDED',
        `the ${w.wallet_level} per-payment limit is ${l.per_payment_fen} fen`,
      );
    }
    if (u.daily_paid_fen + amount > l.daily_fen) {
      throw fail('LIMIT_DAILY_EXCEEDED', `the ${w.wallet_level} daily limit is ${l.daily_fen} fen`);
    }
    if (u.yearly_paid_fen + amount > l.yearly_fen) {
      throw fail('LIMIT_YEARLY_EXCEEDED', `the ${w.wallet_level} yearly limit is ${l.yearly_fen} fen`);
    }
  }

  // ---- orders -------------------------------------------------------------------------------------

  /**
   * Idempotent entry point: an existing order with the same key and fingerprint is returned as it is
   * (SUCCESS, PROCESSING or FAILED); a different fingerprint is ORDER_CONFLICT. Otherwise `apply` runs;
   * a 422 BankError it throws becomes a FAILED order, anything else leaves no trace.
   */
  private place(
    base: Omit<Order, 'trade_no' | 'status' | 'sources' | 'refunded_fen' | 'created_at'>,
    processing: boolean,
    apply: (o: Order) => void,
  ): Order {
    const existing = this.orders.get(base.out_trade_no);
    if (existing) {
      if (existing.fingerprint !== base.fingerprint) {
        throw new BankError('ORDER_CONFLICT', 409, 'out_trade_no was used with a different request');
      }
      return existing;
    }
    const order: Order = {
      ...base,
      trade_no: this.tradeNo('T'),
      status: 'PROCESSING',
      sources: [],
      refunded_fen: 0,
      created_at: this.now(),
    };
    try {
      apply(order);
    } catch (e) {
      if (!(e instanceof BankError) || e.http !== 422) throw e;
      order.status = 'FAILED';
      order.error = { code: e.code, message: e.message };
      order.completed_at = this.now();
    }
    this.orders.set(order.out_trade_no, order);
    if (order.status === 'PROCESSING' && !processing) this.completeOrder(order);
    return order;
  }

  /** Money has already moved; this marks the order done, books it for the bill and notifies. */
  completeOrder(order: Order) {
    if (order.status !== 'PROCESSING') return;
    order.status = 'SUCCESS';
    order.completed_at = this.now();
    const [wallet, other] =
      order.type === 'PAYMENT'
        ? [order.payee_wallet_id, order.payer_wallet_id]
        : order.type === 'TRANSFER'
          ? [order.wallet_id, this.merchantWallet(order.merchant_id as string)?.wallet_id]
          : [order.wallet_id, ''];
    this.entries.push({
      at: order.completed_at,
      type: order.kind === 'red_packet' ? 'RED_PACKET' : order.type,
      out_trade_no: order.out_trade_no,
      out_request_no: '',
      amount_fen: order.amount_fen,
      status: 'SUCCESS',
      wallet_id: wallet as string,
      counterparty_wallet_id: other ?? '',
    });
    this.opts.onEvent(EVENT_FOR[order.type], this.orderView(order));
  }

  pay(input: PaymentInput, processing = false): Order {
    const fingerprint = JSON.stringify([
      'PAYMENT',
      input.payer_wallet_id,
      input.payee_wallet_id,
      input.amount_fen,
      input.kind,
      input.expires_at?.toISOString() ?? null,
      input.merchant_scope ?? null,
    ]);
    const payer = this.wallet(input.payer_wallet_id);
    const payee = this.wallet(input.payee_wallet_id);
    if (!isCorporate(payer.wallet_type)) {
      throw new BankError('INVALID_PAYER', 400, 'the payer must be an institutional (WT09/WT10) wallet');
    }
    if (input.kind === 'red_packet' && isCorporate(payee.wallet_type)) {
      throw new BankError('INVALID_REQUEST', 400, 'red packets are paid into personal wallets');
    }
    return this.place({ type: 'PAYMENT', fingerprint, ...input }, processing, (o) => {
      this.usable(payer);
      this.checkInflow(payee, input.amount_fen);
      if (payer.balance_fen < input.amount_fen)
        throw fail('INSUFFICIENT_BALANCE', 'the payer cannot cover it');
      payer.balance_fen -= input.amount_fen;
      if (input.kind === 'red_packet') {
        payee.lots.push({
          lot_id: this.tradeNo('L'),
          out_trade_no: input.out_trade_no,
          payer_wallet_id: payer.wallet_id,
          amount_fen: input.amount_fen,
          remaining_fen: input.amount_fen,
          recovered_fen: 0,
          expires_at: input.expires_at as Date,
          merchant_scope: input.merchant_scope ?? [],
        });
      } else {
        payee.balance_fen += input.amount_fen;
      }
      o.sources.push({ lot_id: null, amount_fen: input.amount_fen, refunded_fen: 0 });
    });
  }

  /** A citizen pays a merchant: usable red-packet lots for that merchant first, then the free balance. */
  transfer(input: TransferInput, processing = false): Order {
    const fingerprint = JSON.stringify(['TRANSFER', input.wallet_id, input.merchant_id, input.amount_fen]);
    const w = this.wallet(input.wallet_id);
    const merchant = this.merchantWallet(input.merchant_id);
    if (!merchant)
      throw new BankError('MERCHANT_NOT_FOUND', 404, `merchant ${input.merchant_id} has no wallet`);
    return this.place({ type: 'TRANSFER', fingerprint, ...input }, processing, (o) => {
      this.usable(w);
      this.usable(merchant);
      this.checkPaymentLimits(w, input.amount_fen);
      const now = this.now().getTime();
      const lots = w.lots
        .filter((l) => l.remaining_fen > 0 && l.expires_at.getTime() > now)
        .filter((l) => l.merchant_scope.includes(input.merchant_id))
        .sort((a, b) => a.expires_at.getTime() - b.expires_at.getTime());
      if (sum(lots.map((l) => l.remaining_fen)) + w.balance_fen < input.amount_fen) {
        throw fail('INSUFFICIENT_BALANCE', 'balance usable at this merchant is too low');
      }
      let left = input.amount_fen;
      for (const l of lots) {
        const take = Math.min(left, l.remaining_fen);
        if (take === 0) break;
        l.remaining_fen -= take;
        left -= take;
        o.sources.push({ lot_id: l.lot_id, amount_fen: take, refunded_fen: 0 });
      }
      if (left > 0) {
        w.balance_fen -= left;
        o.sources.push({ lot_id: null, amount_fen: left, refunded_fen: 0 });
      }
      merchant.balance_fen += input.amount_fen;
      w.outflows.push({ at: this.now(), amount_fen: input.amount_fen });
    });
  }

  /** 兑入: bound bank card → wallet. The bank card side is not modelled; it always has the money. */
  topUp(input: CardMoveInput, processing = false): Order {
    const fingerprint = JSON.stringify(['TOPUP', input.wallet_id, input.amount_fen]);
    const w = this.wallet(input.wallet_id);
    return this.place({ type: 'TOPUP', fingerprint, ...input }, processing, (o) => {
      if (!w.card) throw fail('CARD_NOT_BOUND', 'bind a bank card first');
      this.checkInflow(w, input.amount_fen);
      w.balance_fen += input.amount_fen;
      o.sources.push({ lot_id: null, amount_fen: input.amount_fen, refunded_fen: 0 });
    });
  }

  /** 兑出: wallet → bound bank card. Only the unrestricted balance can leave; red packets cannot. */
  withdraw(input: CardMoveInput, processing = false): Order {
    const fingerprint = JSON.stringify(['WITHDRAWAL', input.wallet_id, input.amount_fen]);
    const w = this.wallet(input.wallet_id);
    return this.place({ type: 'WITHDRAWAL', fingerprint, ...input }, processing, (o) => {
      if (!w.card) throw fail('CARD_NOT_BOUND', 'bind a bank card first');
      this.usable(w);
      if (w.balance_fen < input.amount_fen) {
        throw fail('INSUFFICIENT_BALANCE', 'restricted (red-packet) money cannot be withdrawn');
      }
      w.balance_fen -= input.amount_fen;
      o.sources.push({ lot_id: null, amount_fen: input.amount_fen, refunded_fen: 0 });
    });
  }

  // ---- refunds ------------------------------------------------------------------------------------

  refund(input: RefundInput, processing = false): Refund {
    const fingerprint = JSON.stringify([input.out_trade_no, input.amount_fen]);
    const existing = this.refunds.get(input.out_request_no);
    if (existing) {
      if (existing.fingerprint !== fingerprint) {
        throw new BankError('ORDER_CONFLICT', 409, 'out_request_no was used with a different request');
      }
      return existing;
    }
    const order = this.orders.get(input.out_trade_no);
    if (!order) throw new BankError('ORDER_NOT_FOUND', 404, `order ${input.out_trade_no} not found`);
    if (order.type !== 'PAYMENT' && order.type !== 'TRANSFER') {
      throw new BankError('INVALID_REQUEST', 400, 'only payments and transfers can be refunded');
    }
    if (order.status !== 'SUCCESS') {
      throw new BankError('ORDER_NOT_REFUNDABLE', 409, `the order is ${order.status}`);
    }
    const refund: Refund = {
      ...input,
      refund_id: this.tradeNo('R'),
      fingerprint,
      status: 'PROCESSING',
      created_at: this.now(),
    };
    try {
      if (order.refunded_fen + input.amount_fen > order.amount_fen) {
        throw fail(
          'REFUND_AMOUNT_EXCEEDED',
          `only ${order.amount_fen - order.refunded_fen} fen is left to refund`,
        );
      }
      if (order.type === 'PAYMENT') this.reversePayment(order, input.amount_fen);
      else this.reverseTransfer(order, input.amount_fen);
      order.refunded_fen += input.amount_fen;
    } catch (e) {
      if (!(e instanceof BankError) || e.http !== 422) throw e;
      refund.status = 'FAILED';
      refund.error = { code: e.code, message: e.message };
      refund.completed_at = this.now();
    }
    this.refunds.set(refund.out_request_no, refund);
    if (refund.status === 'PROCESSING' && !processing) this.completeRefund(refund);
    return refund;
  }

  completeRefund(refund: Refund) {
    if (refund.status !== 'PROCESSING') return;
    refund.status = 'SUCCESS';
    refund.completed_at = this.now();
    const order = this.orders.get(refund.out_trade_no) as Order;
    const citizen = order.type === 'PAYMENT' ? order.payee_wallet_id : order.wallet_id;
    const other =
      order.type === 'PAYMENT'
        ? order.payer_wallet_id
        : this.merchantWallet(order.merchant_id as string)?.wallet_id;
    this.entries.push({
      at: refund.completed_at,
      type: 'REFUND',
      out_trade_no: refund.out_trade_no,
      out_request_no: refund.out_request_no,
      amount_fen: refund.amount_fen,
      status: 'SUCCESS',
      wallet_id: citizen as string,
      counterparty_wallet_id: other ?? '',
    });
    this.opts.onEvent('REFUND.SUCCESS', this.refundView(refund));
  }

  /** Payer → citizen reversed: from the red-packet lot (only what is unspent) or the free balance. */
  private reversePayment(order: Order, amount: number) {
    const payee = this.wallet(order.payee_wallet_id as string);
    const payer = this.wallet(order.payer_wallet_id as string);
    this.usable(payee);
    this.usable(payer);
    if (order.kind === 'red_packet') {
      const lot = payee.lots.find((l) => l.out_trade_no === order.out_trade_no) as Lot;
      if (lot.remaining_fen < amount) throw fail('INSUFFICIENT_BALANCE', 'the red packet has been spent');
      lot.remaining_fen -= amount;
    } else {
      if (payee.balance_fen < amount) throw fail('INSUFFICIENT_BALANCE', 'the payee has spent the money');
      payee.balance_fen -= amount;
    }
    payer.balance_fen += amount;
  }

  /**
   * Citizen → merchant reversed, back into the sources in reverse order of use: the free balance
   * first, then red-packet lots; a lot that has expired meanwhile passes its share on to its payer.
   */
  private reverseTransfer(order: Order, amount: number) {
    const w = this.wallet(order.wallet_id as string);
    const merchant = this.merchantWallet(order.merchant_id as string) as Wallet;
    this.usable(w);
    this.usable(merchant);
    if (merchant.balance_fen < amount)
      throw fail('INSUFFICIENT_BALANCE', 'the merchant cannot cover the refund');
    merchant.balance_fen -= amount;
    let left = amount;
    for (const s of [...order.sources].reverse()) {
      const give = Math.min(left, s.amount_fen - s.refunded_fen);
      if (give === 0) continue;
      s.refunded_fen += give;
      left -= give;
      const lot = s.lot_id ? w.lots.find((l) => l.lot_id === s.lot_id) : undefined;
      if (!lot) w.balance_fen += give;
      else if (lot.expires_at.getTime() > this.now().getTime()) lot.remaining_fen += give;
      else {
        lot.recovered_fen += give;
        this.wallet(lot.payer_wallet_id).balance_fen += give;
        this.recoveryEntry(w, lot, give);
      }
      if (left === 0) break;
    }
  }

  // ---- red-packet expiry --------------------------------------------------------------------------

  /** Returns every unspent, expired red-packet lot to its payer. Run before each request. */
  sweep(): { wallet_id: string; lot_id: string; out_trade_no: string; recovered_fen: number }[] {
    const now = this.now().getTime();
    const out = [];
    for (const w of this.wallets.values()) {
      for (const lot of w.lots) {
        if (lot.remaining_fen === 0 || lot.expires_at.getTime() > now) continue;
        const amount = lot.remaining_fen;
        lot.remaining_fen = 0;
        lot.recovered_fen += amount;
        this.wallet(lot.payer_wallet_id).balance_fen += amount;
        this.recoveryEntry(w, lot, amount);
        out.push({
          wallet_id: w.wallet_id,
          lot_id: lot.lot_id,
          out_trade_no: lot.out_trade_no,
          recovered_fen: amount,
        });
      }
    }
    return out;
  }

  private recoveryEntry(w: Wallet, lot: Lot, amount: number) {
    this.entries.push({
      at: this.now(),
      type: 'RED_PACKET_RECOVERY',
      out_trade_no: lot.out_trade_no,
      out_request_no: '',
      amount_fen: amount,
      status: 'SUCCESS',
      wallet_id: w.wallet_id,
      counterparty_wallet_id: lot.payer_wallet_id,
    });
    this.opts.onEvent('RED_PACKET.RECOVERED', {
      out_trade_no: lot.out_trade_no,
      lot_id: lot.lot_id,
      wallet_id_masked: maskWalletId(w.wallet_id),
      payer_wallet_id: lot.payer_wallet_id,
      recovered_fen: amount,
      total_recovered_fen: lot.recovered_fen,
      expires_at: lot.expires_at.toISOString(),
    });
  }

  // ---- views --------------------------------------------------------------------------------------

  orderView(o: Order) {
    return {
      type: o.type,
      out_trade_no: o.out_trade_no,
      trade_no: o.trade_no,
      status: o.status,
      amount_fen: o.amount_fen,
      ...(o.kind ? { kind: o.kind } : {}),
      ...(o.payer_wallet_id ? { payer_wallet_id: o.payer_wallet_id } : {}),
      ...(o.payee_wallet_id ? { payee_wallet_id: o.payee_wallet_id } : {}),
      ...(o.wallet_id ? { wallet_id: o.wallet_id } : {}),
      ...(o.merchant_id ? { merchant_id: o.merchant_id } : {}),
      ...(o.expires_at ? { expires_at: o.expires_at.toISOString() } : {}),
      ...(o.merchant_scope ? { merchant_scope: o.merchant_scope } : {}),
      ...(o.type === 'TRANSFER'
        ? { restricted_used_fen: sum(o.sources.filter((s) => s.lot_id).map((s) => s.amount_fen)) }
        : {}),
      refunded_fen: o.refunded_fen,
      ...(o.error ? { error_code: o.error.code, error_message: o.error.message } : {}),
      created_at: o.created_at.toISOString(),
      completed_at: o.completed_at?.toISOString() ?? null,
    };
  }

  refundView(r: Refund) {
    return {
      out_request_no: r.out_request_no,
      out_trade_no: r.out_trade_no,
      refund_id: r.refund_id,
      status: r.status,
      amount_fen: r.amount_fen,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.error ? { error_code: r.error.code, error_message: r.error.message } : {}),
      created_at: r.created_at.toISOString(),
      completed_at: r.completed_at?.toISOString() ?? null,
    };
  }

  private tradeNo(prefix: string) {
    this.seq += 1;
    return `${prefix}${cstDay(this.now())}${String(this.seq).padStart(8, '0')}${randomBytes(2).toString('hex')}`;
  }
}
