import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { applyFaults, hangsAfterCommit, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';
import { renderBill } from './bills';
import { createBindings } from './bindings';
import { createNotifier } from './callbacks';
import { BankError, BankLedger, type Order, type PaymentInput, type Refund } from './ledger';
import {
  cstDay,
  DEFAULT_LIMITS,
  isBillDate,
  isCorporate,
  WALLET_LEVELS,
  WALLET_TYPES,
  type LimitTable,
  type WalletLevel,
  type WalletType,
} from './limits';

// Simulates an operating institution's e-CNY wallet API (see README.md in this folder): wallets and
// level limits, phone binding with OTP, idempotent payments (red packets as restricted balance),
// transfers, top-up/withdrawal, refunds, signed callbacks and the daily reconciliation file.

export type BankWalletMockOptions = {
  /** Where notifications are POSTed; none are sent without it. */
  callbackUrl?: string;
  callbackSecret?: string;
  /** Level limits in fen; default: one bank's 2020 table (DOMAIN.md). */
  limits?: LimitTable;
  /** Injectable clock for limits (CST days and years), OTP and red-packet expiry, bills, callbacks. */
  now?: () => Date;
  /** First 6 of the 16-character wallet id. */
  walletIdPrefix?: string;
  otpTtlMs?: number;
  /** Probability that a callback is delivered a second time (same event_id). */
  duplicateCallbacks?: number;
  callbackRetryDelaysMs?: number[];
  callbackTimeoutMs?: number;
};

export type BankFaults = Faults & { duplicate_callbacks: number; processing_ms: number };

type Reply = { status: number; body: unknown; csv?: boolean };
type Ctx = { url: URL; params: string[]; body: Record<string, unknown> };
type Route = { method: string; path: RegExp; handler: (ctx: Ctx) => Reply };

const KEY = /^[A-Za-z0-9_\-|*]{1,64}$/;

function invalid(message: string): never {
  throw new BankError('INVALID_REQUEST', 400, message);
}

function str(body: Record<string, unknown>, key: string, pattern?: RegExp): string {
  const v = body[key];
  if (typeof v !== 'string' || !v || (pattern && !pattern.test(v))) invalid(`${key} is missing or malformed`);
  return v;
}

function optStr(body: Record<string, unknown>, key: string, pattern?: RegExp): string | undefined {
  return body[key] === undefined || body[key] === null ? undefined : str(body, key, pattern);
}

/** A positive whole number of fen. Floats, strings and zero are refused. */
function fen(body: Record<string, unknown>, key = 'amount_fen'): number {
  const v = body[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
    invalid(`${key} must be a positive integer (fen)`);
  return v;
}

function oneOf<T extends string>(
  body: Record<string, unknown>,
  key: string,
  values: readonly T[],
  dflt?: T,
): T {
  const v = body[key] ?? dflt;
  if (!values.includes(v as T)) invalid(`${key} must be one of ${values.join(', ')}`);
  return v as T;
}

function parsePayment(b: Record<string, unknown>, now: Date): PaymentInput {
  const kind = oneOf(b, 'kind', ['standard', 'red_packet'] as const, 'standard');
  let expires_at: Date | undefined;
  let merchant_scope: string[] | undefined;
  if (kind === 'red_packet') {
    expires_at = new Date(str(b, 'expires_at'));
    if (Number.isNaN(expires_at.getTime()) || expires_at <= now) invalid('expires_at must be a future time');
    const scope = b.merchant_scope;
    if (!Array.isArray(scope) || !scope.length || !scope.every((m) => typeof m === 'string' && KEY.test(m))) {
      invalid('merchant_scope must be a non-empty list of merchant ids');
    }
    merchant_scope = [...new Set(scope as string[])].sort();
  }
  return {
    out_trade_no: str(b, 'out_trade_no', KEY),
    payer_wallet_id: str(b, 'payer_wallet_id'),
    payee_wallet_id: str(b, 'payee_wallet_id'),
    amount_fen: fen(b),
    kind,
    expires_at,
    merchant_scope,
    description: optStr(b, 'description'),
  };
}

function orderReply(ledger: BankLedger, o: Order): Reply {
  const view = ledger.orderView(o);
  if (o.status !== 'FAILED') return { status: 200, body: view };
  return { status: 422, body: { code: o.error?.code, message: o.error?.message, ...view } };
}

function refundReply(ledger: BankLedger, r: Refund): Reply {
  const view = ledger.refundView(r);
  if (r.status !== 'FAILED') return { status: 200, body: view };
  return { status: 422, body: { code: r.error?.code, message: r.error?.message, ...view } };
}

export function createBankWalletMock(opts: BankWalletMockOptions = {}) {
  const now = opts.now ?? (() => new Date());
  const defaults = (): BankFaults => ({
    ...noFaults(),
    duplicate_callbacks: opts.duplicateCallbacks ?? 0.1,
    processing_ms: 0,
  });
  let faults = defaults();
  let callbackUrl = opts.callbackUrl;
  const notifier = createNotifier({
    url: () => callbackUrl,
    secret: opts.callbackSecret ?? 'bank-mock-secret',
    now,
    retryDelaysMs: opts.callbackRetryDelaysMs ?? [200, 1_000, 5_000],
    timeoutMs: opts.callbackTimeoutMs ?? 3_000,
    duplicateProbability: () => faults.duplicate_callbacks,
  });
  const ledger = new BankLedger({
    limits: opts.limits ?? DEFAULT_LIMITS,
    now,
    walletIdPrefix: opts.walletIdPrefix ?? '002250',
    onEvent: (event_type, resource) =>
      notifier.send({
        event_id: 'EV' + randomBytes(12).toString('hex'),
        event_type,
        created_at: now().toISOString(),
        resource,
      }),
  });
  const bindings = createBindings(ledger, now, opts.otpTtlMs ?? 5 * 60_000);
  const timers = new Set<NodeJS.Timeout>();

  /** `processing=ms` in X-Mock-Fault (or `processing_ms` globally): the order stays PROCESSING a while. */
  let processingMs = 0;
  function settleLater(complete: () => void) {
    const t = setTimeout(() => {
      timers.delete(t);
      complete();
    }, processingMs);
    timers.add(t);
  }
  function run<T extends Order | Refund>(op: (processing: boolean) => T, complete: (x: T) => void): T {
    const x = op(processingMs > 0);
    if (x.status === 'PROCESSING') settleLater(() => complete(x));
    return x;
  }

  const orderRoutes = (
    path: string,
    type: Order['type'],
    place: (b: Record<string, unknown>, processing: boolean) => Order,
  ): Route[] => [
    {
      method: 'POST',
      path: new RegExp(`^/v1/${path}$`),
      handler: ({ body }) =>
        orderReply(
          ledger,
          run(
            (p) => place(body, p),
            (o) => ledger.completeOrder(o),
          ),
        ),
    },
    {
      method: 'GET',
      path: new RegExp(`^/v1/${path}/([^/]+)$`),
      handler: ({ params }) => {
        const o = ledger.orders.get(params[0]);
        if (!o || o.type !== type) {
          return {
            status: 404,
            body: { code: 'ORDER_NOT_FOUND', status: 'NOT_FOUND', out_trade_no: params[0] },
          };
        }
        return { status: 200, body: ledger.orderView(o) };
      },
    },
  ];

  const routes: Route[] = [
    // ---- test hooks -------------------------------------------------------------------------------
    {
      method: 'POST',
      path: /^\/__mock\/faults$/,
      handler: ({ body }) => {
        faults = { ...defaults(), ...(body as Partial<BankFaults>) };
        return { status: 200, body: faults };
      },
    },
    {
      method: 'GET',
      path: /^\/__mock\/otps$/,
      handler: ({ url }) => {
        const phone = url.searchParams.get('phone');
        return {
          status: 200,
          body: { otps: bindings.sent.filter((m) => !phone || m.phone === phone).slice(-20) },
        };
      },
    },
    {
      method: 'POST',
      path: /^\/__mock\/expire$/,
      handler: () => ({ status: 200, body: { recovered: ledger.sweep() } }),
    },
    {
      method: 'POST',
      path: /^\/__mock\/fund$/,
      handler: ({ body }) => {
        const w = ledger.wallet(str(body, 'wallet_id'));
        if (!isCorporate(w.wallet_type))
          invalid('only institutional wallets are funded directly; top up personal ones');
        w.balance_fen += fen(body);
        return { status: 200, body: ledger.walletView(w) };
      },
    },
    {
      // A funder's transfer into an institutional wallet from outside (listed in the bill as CREDIT).
      method: 'POST',
      path: /^\/__mock\/credits$/,
      handler: ({ body }) => {
        const w = ledger.wallet(str(body, 'wallet_id'));
        if (!isCorporate(w.wallet_type)) invalid('credits arrive only into institutional wallets');
        const reference = str(body, 'reference');
        const e = ledger.externalCredit(w.wallet_id, fen(body), reference);
        return { status: 201, body: { credit_no: e.out_trade_no, reference, amount_fen: e.amount_fen } };
      },
    },
    {
      method: 'GET',
      path: /^\/__mock\/callbacks$/,
      handler: () => ({ status: 200, body: { deliveries: notifier.log.slice(-200) } }),
    },
    // ---- wallets ----------------------------------------------------------------------------------
    {
      method: 'POST',
      path: /^\/v1\/wallets$/,
      handler: ({ body }) => {
        const w = ledger.openWallet({
          wallet_type: oneOf<WalletType>(body, 'wallet_type', WALLET_TYPES, 'WT01'),
          wallet_level: oneOf<WalletLevel>(body, 'wallet_level', WALLET_LEVELS, 'WL04'),
          phone: optStr(body, 'phone', /^1\d{10}$/),
          merchant_id: optStr(body, 'merchant_id', KEY),
          name: optStr(body, 'name'),
        });
        return { status: 201, body: ledger.walletView(w) };
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/wallets\/([^/]+)$/,
      handler: ({ params }) => ({ status: 200, body: ledger.walletView(ledger.wallet(params[0])) }),
    },
    {
      method: 'POST',
      path: /^\/v1\/wallets\/([^/]+)\/(freeze|unfreeze|close)$/,
      handler: ({ params, body }) => {
        const action = params[1] as 'freeze' | 'unfreeze' | 'close';
        return {
          status: 200,
          body: ledger.walletView(ledger.setStatus(params[0], action, optStr(body, 'reason'))),
        };
      },
    },
    // ---- binding by phone + OTP -------------------------------------------------------------------
    {
      method: 'POST',
      path: /^\/v1\/bindings$/,
      handler: ({ body }) => ({
        status: 200,
        body: bindings.request(
          str(body, 'phone', /^1\d{10}$/),
          optStr(body, 'bank_card_no', /^\d{16,19}$/),
          oneOf<WalletLevel>(body, 'wallet_level', WALLET_LEVELS, 'WL04'),
        ),
      }),
    },
    {
      method: 'POST',
      path: /^\/v1\/bindings\/([^/]+)\/confirm$/,
      handler: ({ params, body }) => ({ status: 200, body: bindings.confirm(params[0], str(body, 'otp')) }),
    },
    // ---- money movements --------------------------------------------------------------------------
    ...orderRoutes('payments', 'PAYMENT', (b, p) => ledger.pay(parsePayment(b, now()), p)),
    ...orderRoutes('transfers', 'TRANSFER', (b, p) =>
      ledger.transfer(
        {
          out_trade_no: str(b, 'out_trade_no', KEY),
          wallet_id: str(b, 'wallet_id'),
          merchant_id: str(b, 'merchant_id', KEY),
          amount_fen: fen(b),
        },
        p,
      ),
    ),
    ...orderRoutes('topups', 'TOPUP', (b, p) =>
      ledger.topUp(
        { out_trade_no: str(b, 'out_trade_no', KEY), wallet_id: str(b, 'wallet_id'), amount_fen: fen(b) },
        p,
      ),
    ),
    ...orderRoutes('withdrawals', 'WITHDRAWAL', (b, p) =>
      ledger.withdraw(
        { out_trade_no: str(b, 'out_trade_no', KEY), wallet_id: str(b, 'wallet_id'), amount_fen: fen(b) },
        p,
      ),
    ),
    {
      method: 'POST',
      path: /^\/v1\/refunds$/,
      handler: ({ body }) => {
        const input = {
          out_request_no: str(body, 'out_request_no', KEY),
          out_trade_no: str(body, 'out_trade_no', KEY),
          amount_fen: fen(body),
          reason: optStr(body, 'reason'),
        };
        return refundReply(
          ledger,
          run(
            (p) => ledger.refund(input, p),
            (r) => ledger.completeRefund(r),
          ),
        );
      },
    },
    {
      method: 'GET',
      path: /^\/v1\/refunds\/([^/]+)$/,
      handler: ({ params }) => {
        const r = ledger.refunds.get(params[0]);
        if (!r)
          return {
            status: 404,
            body: { code: 'REFUND_NOT_FOUND', status: 'NOT_FOUND', out_request_no: params[0] },
          };
        return { status: 200, body: ledger.refundView(r) };
      },
    },
    // ---- reconciliation ---------------------------------------------------------------------------
    {
      method: 'GET',
      path: /^\/v1\/bills$/,
      handler: ({ url }) => {
        const date = url.searchParams.get('bill_date') ?? '';
        if (!isBillDate(date)) invalid('bill_date must be yyyyMMdd');
        if (date >= cstDay(now())) {
          throw new BankError('BILL_NOT_READY', 409, 'the file for day D is available from D+1 00:00 CST');
        }
        return { status: 200, body: renderBill(ledger.entries, date), csv: true };
      },
    },
  ];

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      const matches = routes
        .map((r) => ({ r, m: url.pathname.match(r.path) }))
        .filter((x): x is { r: Route; m: RegExpMatchArray } => x.m !== null);
      const hit = matches.find((x) => x.r.method === req.method);
      if (!hit) {
        if (matches.length)
          return sendJson(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'method not allowed' });
        return sendJson(res, 404, { code: 'NOT_FOUND', message: 'not found' });
      }
      const isHook = url.pathname.startsWith('/__mock/');
      if (!isHook && (await applyFaults(req, res, faults))) return;
      const body = req.method === 'POST' ? await readBody(req) : {};
      const hangs = !isHook && req.method === 'POST' && hangsAfterCommit(req, faults);
      processingMs = isHook ? 0 : processingFor(req.headers['x-mock-fault'], faults.processing_ms);
      if (!isHook) ledger.sweep(); // red packets past expires_at go back to their payers first
      const reply = run0(hit.r, { url, params: hit.m.slice(1).map(decodeURIComponent), body });
      if (hangs) return; // the work is done; the caller never hears about it
      if (reply.csv) {
        res.writeHead(reply.status, { 'content-type': 'text/csv; charset=utf-8' });
        return res.end(reply.body as string);
      }
      sendJson(res, reply.status, reply.body);
    } catch (e) {
      if (e instanceof SyntaxError)
        return sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'body is not JSON' });
      sendJson(res, 500, { code: 'SYSTEM_ERROR', message: (e as Error).message });
    }
  });
  server.on('close', () => {
    notifier.close();
    for (const t of timers) clearTimeout(t);
  });

  return {
    server,
    ledger,
    deliveries: notifier.log,
    otps: bindings.sent,
    /** Where callbacks go from now on (e.g. once the platform knows its own port). */
    setCallbackUrl(url: string | undefined) {
      callbackUrl = url;
    },
    listen: (port?: number): Promise<RunningMock> => listen(server, port),
  };
}

function run0(route: Route, ctx: Ctx): Reply {
  try {
    return route.handler(ctx);
  } catch (e) {
    if (!(e instanceof BankError)) throw e;
    return { status: e.http, body: { code: e.code, message: e.message } };
  }
}

async function readBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const b = await readJson(req);
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw new SyntaxError('not an object');
  return b as Record<string, unknown>;
}

function processingFor(header: string | string[] | undefined, global: number): number {
  const m = /(?:^|,)\s*processing=(\d+)/.exec(String(header ?? ''));
  return m ? Number(m[1]) : global;
}
