import http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { applyFaults, hangsAfterCommit, noFaults, sendJson, type Faults } from './faults';
import { listen, type RunningMock } from './serve';

// The order book shared by the payment-channel simulators (WeChat Pay, Alipay, a card acquirer).
// Each simulator speaks its own platform's wire format over this book; the behaviour they share is
// the platforms' own: orders keyed by the merchant's out_trade_no (same key, other amount → refused),
// QR / JSAPI orders wait for the payer (NOTPAY), code payments may wait for the payer's password
// (USERPAYING), unpaid orders close after their timeout, refunds keyed by out_refund_no add up to at
// most the order, a notify is sent on success (sometimes twice, sometimes late: a hint, never the
// truth) and the daily bill (CST day) lists every successful payment and refund.

export type TradeState = 'NOTPAY' | 'USERPAYING' | 'SUCCESS' | 'CLOSED' | 'PAYERROR';
export type Trade = {
  out_trade_no: string;
  trade_no: string;
  amount_fen: number;
  description: string;
  mode: 'qr' | 'jsapi' | 'code' | 'card';
  state: TradeState;
  payer: string | null;
  error_code: string | null;
  notify_url: string | null;
  refunded_fen: number;
  created_at: Date;
  expires_at: Date;
  paid_at: Date | null;
};
export type RefundState = 'PROCESSING' | 'SUCCESS' | 'ABNORMAL';
export type RefundRecord = {
  out_refund_no: string;
  out_trade_no: string;
  refund_id: string;
  amount_fen: number;
  state: RefundState;
  created_at: Date;
  success_at: Date | null;
};

export type AcquiringFaults = Faults & {
  /** Probability (0–1) that a notify is delivered twice. */
  duplicate_notifies: number;
  /** Notifies are held back this long (a late hint arrives after the platform asked). */
  notify_delay_ms: number;
};

export class ChannelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type AcquiringOptions = {
  /** Prefix of the platform's own trade numbers (4200… WeChat, 2026… Alipay). */
  tradeNoPrefix: string;
  secret: string;
  now?: () => Date;
  /** Default time an unpaid order stays open (WeChat: 2 h for QR; code payments ~ 30 s to enter a password). */
  timeoutMs?: number;
  /** What the platform sends as a notify for a trade (its own wire format), and its signature headers. */
  notifyBody: (t: Trade) => { body: string; headers: Record<string, string> };
};

/** CST calendar day (yyyyMMdd) of an instant. */
export function cstDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

export function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('hex');
}

export function createOrderBook(opts: AcquiringOptions) {
  const now = opts.now ?? (() => new Date());
  const trades = new Map<string, Trade>();
  const refunds = new Map<string, RefundRecord>();
  const delivered: { out_trade_no: string; status: number | null; duplicate: boolean; at: string }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let faults: AcquiringFaults = { ...noFaults(), duplicate_notifies: 0, notify_delay_ms: 0 };
  let seq = 0;
  const tradeNo = () => `${opts.tradeNoPrefix}${Date.now()}${String(++seq).padStart(6, '0')}`;

  /** Orders left unpaid past their timeout close, as on the real platforms (looked at lazily). */
  function fresh(t: Trade): Trade {
    if ((t.state === 'NOTPAY' || t.state === 'USERPAYING') && now() >= t.expires_at) t.state = 'CLOSED';
    return t;
  }

  function get(outTradeNo: string): Trade {
    const t = trades.get(outTradeNo);
    if (!t) throw new ChannelError('ORDER_NOT_EXIST', '订单不存在', 404);
    return fresh(t);
  }

  function create(input: {
    out_trade_no: string;
    amount_fen: number;
    description: string;
    mode: Trade['mode'];
    notify_url?: string | null;
    timeout_ms?: number;
  }): Trade {
    if (!/^[A-Za-z0-9_\-|*]{6,64}$/.test(input.out_trade_no))
      throw new ChannelError('PARAM_ERROR', 'out_trade_no must be 6–64 of [A-Za-z0-9_-|*]');
    if (!Number.isSafeInteger(input.amount_fen) || input.amount_fen <= 0)
      throw new ChannelError('PARAM_ERROR', 'amount must be a positive integer number of fen');
    const prior = trades.get(input.out_trade_no);
    if (prior) {
      if (prior.amount_fen !== input.amount_fen || prior.mode !== input.mode)
        throw new ChannelError('OUT_TRADE_NO_USED', '商户订单号重复', 400);
      return fresh(prior);
    }
    const at = now();
    const t: Trade = {
      out_trade_no: input.out_trade_no,
      trade_no: tradeNo(),
      amount_fen: input.amount_fen,
      description: input.description,
      mode: input.mode,
      state: 'NOTPAY',
      payer: null,
      error_code: null,
      notify_url: input.notify_url ?? null,
      refunded_fen: 0,
      created_at: at,
      expires_at: new Date(at.getTime() + (input.timeout_ms ?? opts.timeoutMs ?? 2 * 3600_000)),
      paid_at: null,
    };
    trades.set(t.out_trade_no, t);
    return t;
  }

  /** The payer paid (scanned and confirmed, entered the password, the issuer approved). */
  function succeed(t: Trade, payer: string) {
    fresh(t);
    if (t.state !== 'NOTPAY' && t.state !== 'USERPAYING') return t;
    t.state = 'SUCCESS';
    t.payer = payer;
    t.paid_at = now();
    notify(t);
    return t;
  }

  function payError(t: Trade, code: string) {
    t.state = 'PAYERROR';
    t.error_code = code;
    return t;
  }

  /**
   * A code payment (付款码 / the customer's card): the code's last four digits decide, so tests and
   * demos are deterministic — …0000 waits for the payer's password (USERPAYING; `POST
   * /__mock/confirm` or `/__mock/decline`), …9999 is refused for lack of funds, anything else pays.
   */
  function payByCode(t: Trade, code: string) {
    if (t.state !== 'NOTPAY') return t;
    if (code.endsWith('9999')) return payError(t, 'NOTENOUGH');
    if (code.endsWith('0000')) {
      t.state = 'USERPAYING';
      t.payer = `code:${code.slice(-4)}`;
      return t;
    }
    return succeed(t, `code:${code.slice(-4)}`);
  }

  function close(outTradeNo: string) {
    const t = get(outTradeNo);
    if (t.state === 'SUCCESS') throw new ChannelError('ORDERPAID', '订单已支付，不能关闭', 400);
    if (t.state !== 'CLOSED') t.state = 'CLOSED';
    return t;
  }

  function refund(input: { out_trade_no: string; out_refund_no: string; amount_fen: number }) {
    const prior = refunds.get(input.out_refund_no);
    if (prior) {
      if (prior.out_trade_no !== input.out_trade_no || prior.amount_fen !== input.amount_fen)
        throw new ChannelError('INVALID_REQUEST', '退款单号重复', 400);
      return prior;
    }
    const t = get(input.out_trade_no);
    if (t.state !== 'SUCCESS') throw new ChannelError('TRADE_NOT_PAID', '订单未支付，不能退款', 400);
    if (!Number.isSafeInteger(input.amount_fen) || input.amount_fen <= 0)
      throw new ChannelError('PARAM_ERROR', 'refund amount must be a positive integer number of fen');
    if (t.refunded_fen + input.amount_fen > t.amount_fen)
      throw new ChannelError('REFUND_AMOUNT_EXCEEDED', '退款金额超过订单可退金额', 400);
    t.refunded_fen += input.amount_fen;
    const r: RefundRecord = {
      ...input,
      refund_id: `R${tradeNo()}`,
      state: 'SUCCESS',
      created_at: now(),
      success_at: now(),
    };
    refunds.set(r.out_refund_no, r);
    return r;
  }

  function getRefund(outRefundNo: string) {
    const r = refunds.get(outRefundNo);
    if (!r) throw new ChannelError('RESOURCE_NOT_EXISTS', '退款单不存在', 404);
    return r;
  }

  /** The day's successful payments and refunds (every amount positive; `type` says which way). */
  function billRows(day: string) {
    const rows: { at: Date; type: 'PAY' | 'REFUND'; t: Trade; r: RefundRecord | null; amount_fen: number }[] =
      [];
    for (const t of trades.values())
      if (t.state === 'SUCCESS' && t.paid_at && cstDay(t.paid_at) === day)
        rows.push({ at: t.paid_at, type: 'PAY', t, r: null, amount_fen: t.amount_fen });
    for (const r of refunds.values())
      if (r.state === 'SUCCESS' && r.success_at && cstDay(r.success_at) === day)
        rows.push({
          at: r.success_at,
          type: 'REFUND',
          t: trades.get(r.out_trade_no)!,
          r,
          amount_fen: r.amount_fen,
        });
    return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  function later(ms: number, fn: () => void) {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  }

  async function deliver(t: Trade, duplicate: boolean) {
    if (!t.notify_url) return;
    const { body, headers } = opts.notifyBody(t);
    const rec = {
      out_trade_no: t.out_trade_no,
      status: null as number | null,
      duplicate,
      at: now().toISOString(),
    };
    delivered.push(rec);
    if (delivered.length > 5000) delivered.splice(0, delivered.length - 5000);
    try {
      const res = await fetch(t.notify_url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(3000),
      });
      rec.status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch {
      /* the platform was unreachable: the query is the truth anyway */
    }
  }

  function notify(t: Trade) {
    later(faults.notify_delay_ms, () => void deliver(t, false));
    if (Math.random() < faults.duplicate_notifies)
      later(faults.notify_delay_ms + 50, () => void deliver(t, true));
  }

  return {
    trades,
    refunds,
    delivered,
    get,
    create,
    succeed,
    payError,
    payByCode,
    close,
    refund,
    getRefund,
    billRows,
    fresh,
    /** Resends the notify of a trade (tests: duplicates, out of order). */
    renotify: (outTradeNo: string) => deliver(get(outTradeNo), true),
    get faults() {
      return faults;
    },
    setFaults(f: Partial<AcquiringFaults>) {
      faults = { ...noFaults(), duplicate_notifies: 0, notify_delay_ms: 0, ...f };
      return faults;
    },
    stop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
    now,
  };
}

export type OrderBook = ReturnType<typeof createOrderBook>;

export type Reply = { status: number; body?: unknown; text?: string; contentType?: string };
export type ChannelRoute = {
  method: string;
  path: RegExp;
  /** Money-moving calls: `timeout-after-commit` does the work and leaves the caller without an answer. */
  commits?: boolean | ((body: Record<string, unknown>) => boolean);
  handler: (x: {
    params: string[];
    body: Record<string, unknown>;
    url: URL;
    raw: string;
  }) => Reply | Promise<Reply>;
};

/**
 * The HTTP server of a channel simulator: its own routes, the shared test hooks (`/__mock/faults`,
 * `/__mock/pay`, `/__mock/confirm`, `/__mock/decline`, `/__mock/notify`, `/__mock/notifies`,
 * `/__mock/trades/:out_trade_no`) and the shared fault injection.
 */
export function channelServer(book: OrderBook, routes: ChannelRoute[], mapError: (e: ChannelError) => Reply) {
  const hooks: ChannelRoute[] = [
    {
      method: 'POST',
      path: /^\/__mock\/faults$/,
      handler: ({ body }) => ({ status: 200, body: book.setFaults(body as Partial<AcquiringFaults>) }),
    },
    {
      method: 'POST',
      path: /^\/__mock\/pay$/,
      // The payer scans the QR / confirms in the app, or enters the password of a USERPAYING code payment.
      handler: ({ body }) => {
        const t = book.get(String(body.out_trade_no));
        return { status: 200, body: tradeView(book.succeed(t, String(body.payer ?? 'payer'))) };
      },
    },
    {
      method: 'POST',
      path: /^\/__mock\/decline$/,
      handler: ({ body }) => {
        const t = book.get(String(body.out_trade_no));
        if (t.state === 'NOTPAY' || t.state === 'USERPAYING')
          book.payError(t, String(body.code ?? 'DECLINED'));
        return { status: 200, body: tradeView(t) };
      },
    },
    {
      method: 'POST',
      path: /^\/__mock\/notify$/,
      handler: async ({ body }) => {
        await book.renotify(String(body.out_trade_no));
        return { status: 200, body: { ok: true } };
      },
    },
    {
      method: 'GET',
      path: /^\/__mock\/notifies$/,
      handler: () => ({ status: 200, body: { items: book.delivered } }),
    },
    {
      method: 'GET',
      path: /^\/__mock\/trades\/([^/]+)$/,
      handler: ({ params }) => ({ status: 200, body: tradeView(book.get(params[0])) }),
    },
  ];
  const all = [...hooks, ...routes];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    try {
      const mockHook = url.pathname.startsWith('/__mock/');
      if (!mockHook && (await applyFaults(req, res, book.faults))) return;
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      if (raw && (req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);
      else if (raw) body = Object.fromEntries(new URLSearchParams(raw));
      for (const r of all) {
        const m = r.method === req.method ? r.path.exec(url.pathname) : null;
        if (!m) continue;
        let reply: Reply;
        try {
          reply = await r.handler({ params: m.slice(1).map(decodeURIComponent), body, url, raw });
        } catch (e) {
          if (!(e instanceof ChannelError)) throw e;
          reply = mapError(e);
        }
        const commits = typeof r.commits === 'function' ? r.commits(body) : r.commits;
        if (commits && !mockHook && hangsAfterCommit(req, book.faults)) return; // done, never answered
        if (reply.text !== undefined) {
          res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'text/plain; charset=utf-8' });
          res.end(reply.text);
        } else if (reply.body === undefined) {
          res.writeHead(reply.status);
          res.end();
        } else sendJson(res, reply.status, reply.body);
        return;
      }
      sendJson(res, 404, { code: 'NOT_FOUND', message: `no route ${req.method} ${url.pathname}` });
    } catch (e) {
      sendJson(res, 500, { code: 'SYSTEM_ERROR', message: (e as Error).message });
    }
  });
  return {
    server,
    listen: async (port = 0): Promise<RunningMock> => {
      const running = await listen(server, port);
      return {
        ...running,
        close: async () => {
          book.stop();
          await running.close();
        },
      };
    },
  };
}

export function tradeView(t: Trade) {
  return {
    out_trade_no: t.out_trade_no,
    trade_no: t.trade_no,
    amount_fen: t.amount_fen,
    state: t.state,
    mode: t.mode,
    refunded_fen: t.refunded_fen,
    error_code: t.error_code,
    paid_at: t.paid_at?.toISOString() ?? null,
    expires_at: t.expires_at.toISOString(),
  };
}

export const nonce = () => randomBytes(12).toString('hex');
