import { DomainError, isRefusal, refused } from '../../shared/domain-error';
import { createCircuitBreaker } from './breaker';

// Typed client of the operating institution's e-CNY wallet API (the simulator in mocks/bank-wallet
// speaks it; a real bank is reached by pointing BANK_API_URL at it). Calls keyed by out_trade_no /
// out_request_no are idempotent at the bank, so only they are retried; everything else is sent once.

export type BankOrderStatus = 'SUCCESS' | 'PROCESSING' | 'FAILED';
export type BankOrder = {
  type: string;
  out_trade_no: string;
  trade_no: string;
  status: BankOrderStatus;
  amount_fen: number;
  error_code?: string;
  error_message?: string;
  created_at: string;
  completed_at?: string | null;
};
export type BankWallet = {
  wallet_id: string;
  wallet_id_masked: string;
  wallet_type: string;
  wallet_level: string;
  status: 'normal' | 'frozen' | 'closed';
  balance_fen: number;
  restricted_balance_fen: number;
  total_balance_fen: number;
  limits: { balance_fen: number; per_payment_fen: number; daily_fen: number; yearly_fen: number } | null;
  usage: { daily_paid_fen: number; yearly_paid_fen: number };
};

/** The bank's answer is unknown (timeout, connection lost, 5xx): query by the key before retrying. */
export class BankOutcomeUnknown extends DomainError {
  constructor(readonly operation: string) {
    super('BANK_OUTCOME_UNKNOWN', '银行处理结果未知，请稍后查询');
  }
}

/** Business refusals from the bank, mapped to platform codes (citizen-facing text in Chinese). */
export const BANK_CODES: Readonly<Record<string, { code: string; message: string }>> = {
  LIMIT_BALANCE_EXCEEDED: { code: 'WALLET_BALANCE_LIMIT', message: '超出钱包余额上限，请升级钱包等级' },
  LIMIT_PER_PAYMENT_EXCEEDED: { code: 'WALLET_PAYMENT_LIMIT', message: '超出钱包单笔支付限额' },
  LIMIT_DAILY_EXCEEDED: { code: 'WALLET_DAILY_LIMIT', message: '超出钱包日累计限额' },
  LIMIT_YEARLY_EXCEEDED: { code: 'WALLET_YEARLY_LIMIT', message: '超出钱包年累计限额' },
  INSUFFICIENT_BALANCE: { code: 'WALLET_INSUFFICIENT_BALANCE', message: '钱包余额不足' },
  WALLET_FROZEN: { code: 'WALLET_FROZEN', message: '钱包已冻结' },
  WALLET_CLOSED: { code: 'WALLET_CLOSED', message: '钱包已注销' },
  CARD_NOT_BOUND: { code: 'WALLET_CARD_NOT_BOUND', message: '钱包未绑定银行卡' },
  OTP_INVALID: { code: 'WALLET_OTP_INVALID', message: '验证码错误' },
  OTP_EXPIRED: { code: 'WALLET_OTP_EXPIRED', message: '验证码已过期' },
  OTP_ATTEMPTS_EXCEEDED: { code: 'WALLET_OTP_LOCKED', message: '验证码错误次数过多' },
  ORDER_CONFLICT: { code: 'BANK_ORDER_CONFLICT', message: '订单号已用于另一笔交易' },
};

export class BankRefusal extends DomainError {
  constructor(
    readonly bankCode: string,
    bankMessage: string,
    /** The bank's HTTP status (0 when the refusal was made up on our side). */
    readonly httpStatus = 0,
  ) {
    const m = BANK_CODES[bankCode] ?? { code: 'BANK_REJECTED', message: `银行拒绝：${bankMessage}` };
    super(m.code, m.message, { bank_code: bankCode });
  }
}

const bankUnavailable = () => refused('BANK_UNAVAILABLE', '银行服务暂时不可用，请稍后再试');

export type BankClientOptions = {
  baseUrl: string;
  timeoutMs?: number;
  /** Attempts for idempotent calls (first try included). */
  attempts?: number;
  backoffMs?: number;
  breaker?: { failureThreshold: number; cooldownMs: number };
  headers?: Record<string, string>;
};

type CallOptions = { idempotent: boolean; operation: string };
type BankJson = {
  code?: string;
  message?: string;
  status?: string;
  out_trade_no?: string;
  [k: string]: unknown;
};
/** `retried`: an earlier try of this call had an unknown outcome, so the bank may hold the order. */
type BankResponse = { status: number; json: BankJson | null; retried: boolean };

export function createBankWalletClient(opts: BankClientOptions) {
  const ctx = makeBankWalletClientContext(opts);
  const { breaker, attempts, timeoutMs, backoffMs } = ctx;
  return {
    breaker,
    /** How long one idempotent call may keep retrying: an order is not swept before this passed. */
    retryWindowMs: attempts * timeoutMs + backoffMs * (2 ** Math.max(0, attempts - 1) - 1),
    /** Pays a citizen wallet (a red packet: restricted, expiring, merchant-scoped). Key: out_trade_no. */
    pay: pay.bind(null, ctx),
    /** The order as the bank sees it, or null if the bank never received it. */
    queryPayment: queryPayment.bind(null, ctx),
    /** A citizen pays a merchant from their wallet (e.g. a parking fee). Key: out_trade_no. */
    transfer: transfer.bind(null, ctx),
    queryTransfer: queryTransfer.bind(null, ctx),
    topUp: topUp.bind(null, ctx),
    queryTopUp: queryTopUp.bind(null, ctx),
    /** Opens a wallet (the platform's own institutional wallet, a merchant's). Not idempotent. */
    openWallet: openWallet.bind(null, ctx),
    /** The reconciliation file for a CST day (yyyyMMdd), as CSV text; null while it is not ready. */
    fetchBill: fetchBill.bind(null, ctx),
    getWallet: getWallet.bind(null, ctx),
    /** Starts binding a phone: the bank sends an OTP. Not idempotent (a second call sends another OTP). */
    startBinding: startBinding.bind(null, ctx),
    confirmBinding: confirmBinding.bind(null, ctx),
  };
}

type BankWalletClientContext = ReturnType<typeof makeBankWalletClientContext>;

/** The state and collaborators that createBankWalletClient's operations share. */
function makeBankWalletClientContext(opts: BankClientOptions) {
  const timeoutMs = opts.timeoutMs ?? 5000;
  const attempts = opts.attempts ?? 3;
  const backoffMs = opts.backoffMs ?? 200;
  const breaker = createCircuitBreaker(opts.breaker ?? { failureThreshold: 5, cooldownMs: 10_000 });
  return { opts, timeoutMs, attempts, backoffMs, breaker };
}

async function once(
  ctx: BankWalletClientContext,
  method: string,
  path: string,
  body: unknown,
  call: CallOptions,
): Promise<BankResponse> {
  const { breaker, opts, timeoutMs } = ctx;
  if (!breaker.allow()) throw bankUnavailable();
  let res: Response;
  try {
    res = await fetch(opts.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    breaker.failure();
    throw new BankOutcomeUnknown(call.operation);
  }
  if (res.status >= 500) {
    breaker.failure();
    await res.body?.cancel();
    throw new BankOutcomeUnknown(call.operation);
  }
  breaker.success();
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as BankJson) : null, retried: false };
}

/** Sends a call; idempotent ones are retried with backoff while the outcome is unknown. */
async function request(
  ctx: BankWalletClientContext,
  method: string,
  path: string,
  body: unknown,
  call: CallOptions,
) {
  const { attempts, backoffMs } = ctx;
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await once(ctx, method, path, body, call);
      return attempt > 1 ? { ...r, retried: true } : r;
    } catch (err) {
      // The circuit opened during our retries: an earlier try may have reached the bank.
      if (attempt > 1 && isRefusal(err, 'BANK_UNAVAILABLE')) throw new BankOutcomeUnknown(call.operation);
      const retry = err instanceof BankOutcomeUnknown && call.idempotent && attempt < attempts;
      if (!retry) throw err;
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
    }
  }
}

/**
 * The outcome rule: an order the bank reports (SUCCESS, PROCESSING, FAILED) is what it says. Any
 * other answer to a retry — a 429, 401, 403, 404 after a try that may have reached the bank — says
 * nothing about that earlier try, so the outcome stays unknown and the order must be queried.
 */
function orderOrThrow(ctx: BankWalletClientContext, r: BankResponse, operation: string): BankOrder {
  if (r.status === 200 || r.status === 201) return r.json as unknown as BankOrder;
  // A business refusal is recorded at the bank as a FAILED order; the 422 body is that order.
  if (r.status === 422 && r.json?.out_trade_no && r.json.status === 'FAILED')
    return r.json as unknown as BankOrder;
  if (r.retried) throw new BankOutcomeUnknown(operation);
  throw new BankRefusal(r.json?.code ?? 'UNKNOWN', r.json?.message ?? `HTTP ${r.status}`, r.status);
}
/** Pays a citizen wallet (a red packet: restricted, expiring, merchant-scoped). Key: out_trade_no. */
async function pay(
  ctx: BankWalletClientContext,
  p: {
    out_trade_no: string;
    payer_wallet_id: string;
    payee_wallet_id: string;
    amount_fen: number;
    kind?: 'standard' | 'red_packet';
    expires_at?: string;
    merchant_scope?: string[];
  },
) {
  return orderOrThrow(
    ctx,
    await request(ctx, 'POST', '/v1/payments', p, { idempotent: true, operation: 'pay' }),
    'pay',
  );
}

/** The order as the bank sees it, or null if the bank never received it. */
async function queryPayment(ctx: BankWalletClientContext, out_trade_no: string): Promise<BankOrder | null> {
  const r = await request(ctx, 'GET', `/v1/payments/${encodeURIComponent(out_trade_no)}`, undefined, {
    idempotent: true,
    operation: 'query',
  });
  if (r.status === 404) return null;
  return orderOrThrow(ctx, r, 'query');
}

/** A citizen pays a merchant from their wallet (e.g. a parking fee). Key: out_trade_no. */
async function transfer(
  ctx: BankWalletClientContext,
  p: { out_trade_no: string; wallet_id: string; merchant_id: string; amount_fen: number },
) {
  return orderOrThrow(
    ctx,
    await request(ctx, 'POST', '/v1/transfers', p, { idempotent: true, operation: 'transfer' }),
    'transfer',
  );
}

async function queryTransfer(ctx: BankWalletClientContext, out_trade_no: string): Promise<BankOrder | null> {
  const r = await request(ctx, 'GET', `/v1/transfers/${encodeURIComponent(out_trade_no)}`, undefined, {
    idempotent: true,
    operation: 'query',
  });
  if (r.status === 404) return null;
  return orderOrThrow(ctx, r, 'query');
}

async function topUp(
  ctx: BankWalletClientContext,
  p: { out_trade_no: string; wallet_id: string; amount_fen: number },
) {
  return orderOrThrow(
    ctx,
    await request(ctx, 'POST', '/v1/topups', p, { idempotent: true, operation: 'topup' }),
    'topup',
  );
}

async function queryTopUp(ctx: BankWalletClientContext, out_trade_no: string): Promise<BankOrder | null> {
  const r = await request(ctx, 'GET', `/v1/topups/${encodeURIComponent(out_trade_no)}`, undefined, {
    idempotent: true,
    operation: 'query',
  });
  if (r.status === 404) return null;
  return orderOrThrow(ctx, r, 'query');
}

/** Opens a wallet (the platform's own institutional wallet, a merchant's). Not idempotent. */
async function openWallet(
  ctx: BankWalletClientContext,
  p: {
    wallet_type: 'WT01' | 'WT09' | 'WT10';
    wallet_level?: string;
    merchant_id?: string;
    phone?: string;
    name?: string;
  },
): Promise<BankWallet> {
  const r = await request(ctx, 'POST', '/v1/wallets', p, { idempotent: false, operation: 'wallet' });
  if (r.status !== 201) throw new BankRefusal(r.json?.code ?? 'UNKNOWN', r.json?.message ?? '');
  return r.json as unknown as BankWallet;
}

/** The reconciliation file for a CST day (yyyyMMdd), as CSV text; null while it is not ready. */
async function fetchBill(ctx: BankWalletClientContext, billDate: string): Promise<string | null> {
  const { breaker, opts, timeoutMs, attempts, backoffMs } = ctx;
  if (!breaker.allow()) throw bankUnavailable();
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${opts.baseUrl}/v1/bills?bill_date=${billDate}`, {
        headers: opts.headers,
        signal: AbortSignal.timeout(timeoutMs * 4),
      });
      if (res.status === 409) {
        await res.body?.cancel();
        return null;
      }
      if (res.status >= 500) throw new BankOutcomeUnknown('bill');
      const text = await res.text();
      if (res.status !== 200) throw new BankRefusal('BILL_UNAVAILABLE', text.slice(0, 200));
      breaker.success();
      return text;
    } catch (err) {
      if (err instanceof BankRefusal) throw err;
      breaker.failure();
      if (attempt >= attempts) throw new BankOutcomeUnknown('bill');
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
    }
  }
}

async function getWallet(ctx: BankWalletClientContext, walletId: string): Promise<BankWallet> {
  const r = await request(ctx, 'GET', `/v1/wallets/${encodeURIComponent(walletId)}`, undefined, {
    idempotent: true,
    operation: 'wallet',
  });
  if (r.status !== 200)
    throw new BankRefusal(r.json?.code ?? 'WALLET_NOT_FOUND', r.json?.message ?? 'wallet not found');
  return r.json as unknown as BankWallet;
}

/** Starts binding a phone: the bank sends an OTP. Not idempotent (a second call sends another OTP). */
async function startBinding(ctx: BankWalletClientContext, phone: string) {
  const r = await request(ctx, 'POST', '/v1/bindings', { phone }, { idempotent: false, operation: 'bind' });
  if (r.status !== 201 && r.status !== 200)
    throw new BankRefusal(r.json?.code ?? 'UNKNOWN', r.json?.message ?? '');
  return r.json as unknown as { binding_id: string; phone_masked: string; otp_expires_at: string };
}

async function confirmBinding(ctx: BankWalletClientContext, bindingId: string, otp: string) {
  // The bank answers a repeated confirm with the right OTP the same way, so retrying is safe.
  const r = await request(
    ctx,
    'POST',
    `/v1/bindings/${encodeURIComponent(bindingId)}/confirm`,
    { otp },
    { idempotent: true, operation: 'bind' },
  );
  if (r.status !== 200 && r.status !== 201)
    throw new BankRefusal(r.json?.code ?? 'UNKNOWN', r.json?.message ?? '');
  return r.json as unknown as { wallet_id: string; wallet_id_masked: string; wallet_opened: boolean };
}

export type BankWalletClient = ReturnType<typeof createBankWalletClient>;
