// What the cashier needs of a payment channel other than e-CNY (WeChat Pay, Alipay, a card
// acquirer), whatever its wire format. The outcome rule is the bank lifecycle's: only a trade the
// channel itself reports final (SUCCESS, or CLOSED / FAILED) is final; a timeout, a 5xx or a lost
// connection throws ChannelOutcomeUnknown and the trade is queried (the query is the truth, a notify
// only a hint to ask).

export type ChannelName = 'wechat' | 'alipay' | 'card';

/** PAYING: waiting for the payer (NOTPAY, USERPAYING, WAIT_BUYER_PAY, PENDING). */
export type ChannelTradeState = 'SUCCESS' | 'PAYING' | 'CLOSED' | 'FAILED';
export type ChannelTrade = {
  state: ChannelTradeState;
  trade_no: string | null;
  amount_fen: number | null;
  error_code?: string | null;
};
export type ChannelRefundState = 'SUCCESS' | 'PROCESSING' | 'FAILED';
export type ChannelBillRow = {
  type: 'PAY' | 'REFUND';
  out_trade_no: string;
  out_refund_no: string | null;
  amount_fen: number;
};

export class ChannelOutcomeUnknown extends Error {
  constructor(
    readonly channel: ChannelName,
    readonly operation: string,
  ) {
    super(`${channel} ${operation}: outcome unknown`);
  }
}

/** The channel refused the request itself (bad parameters, a duplicate key with another amount). */
export class ChannelRefusal extends Error {
  constructor(
    readonly channel: ChannelName,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type PayChannelClient = {
  name: ChannelName;
  /** An order the payer completes in their own app (QR / JSAPI); returns what the app needs. */
  createForPayer(p: {
    out_trade_no: string;
    amount_fen: number;
    description: string;
    notify_url: string | null;
    card_token?: string;
  }): Promise<{ trade: ChannelTrade; pay_params: Record<string, string> }>;
  /** The merchant scans the customer's code (or takes their card): may answer PAYING (USERPAYING). */
  payByCode(p: {
    out_trade_no: string;
    amount_fen: number;
    description: string;
    auth_code: string;
    notify_url: string | null;
  }): Promise<ChannelTrade>;
  /** The trade as the channel sees it; null if it never received it. */
  query(outTradeNo: string): Promise<ChannelTrade | null>;
  /** Closes an unpaid trade (after its timeout); a trade already paid makes this throw ChannelRefusal ORDERPAID. */
  close(outTradeNo: string): Promise<void>;
  refund(p: {
    out_trade_no: string;
    out_refund_no: string;
    amount_fen: number;
    total_fen: number;
  }): Promise<ChannelRefundState>;
  /** null: the channel never received that refund. */
  queryRefund(outRefundNo: string, outTradeNo: string): Promise<ChannelRefundState | null>;
  /** The day's bill (CST yyyyMMdd); null while it is not ready. */
  bill(day: string): Promise<ChannelBillRow[] | null>;
  /** Checks a notify's signature; returns the out_trade_no it is about (a hint: the caller queries). */
  verifyNotify(headers: Record<string, string | string[] | undefined>, raw: string): string | null;
  /** The body the channel expects back from a notify it delivered. */
  notifyAck: { contentType: string; body: string };
};

/** One HTTP call: a timeout, a lost connection or a 5xx is an unknown outcome. */
export async function channelFetch(
  channel: ChannelName,
  operation: string,
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; timeoutMs: number },
): Promise<{ status: number; text: string }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch {
    throw new ChannelOutcomeUnknown(channel, operation);
  }
  if (res.status >= 500) {
    await res.body?.cancel();
    throw new ChannelOutcomeUnknown(channel, operation);
  }
  return { status: res.status, text: await res.text() };
}

/** "12.34" → 1234 (no floats); NaN when it is not a yuan amount. */
export function fenFromYuan(v: unknown): number {
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(String(v ?? '').trim());
  if (!m) return NaN;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

export const yuanFromFen = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
