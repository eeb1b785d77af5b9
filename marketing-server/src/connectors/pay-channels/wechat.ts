import { createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { channelFetch, ChannelRefusal, fenFromYuan, type ChannelTrade, type PayChannelClient } from './types';

// WeChat Pay APIv3 (Native, JSAPI, codepay, query, close, refunds, trade bill, notifies). The
// simulator in mocks/src/wechat-pay speaks it; the real one differs only in signatures (RSA and the
// platform certificate instead of HMAC), which would live here and nowhere else.

export type WechatPayClientOptions = {
  baseUrl: string;
  mchid: string;
  appid: string;
  apiV3Key: string;
  timeoutMs: number;
};

const STATES: Record<string, ChannelTrade['state']> = {
  SUCCESS: 'SUCCESS',
  REFUND: 'SUCCESS',
  NOTPAY: 'PAYING',
  USERPAYING: 'PAYING',
  CLOSED: 'CLOSED',
  REVOKED: 'CLOSED',
  PAYERROR: 'FAILED',
};

export function createWechatPayClient(o: WechatPayClientOptions): PayChannelClient {
  const ctx = makeWechatPayClientContext(o);
  return {
    name: 'wechat',
    createForPayer: createForPayer.bind(null, ctx),
    payByCode: payByCode.bind(null, ctx),
    query: query.bind(null, ctx),
    close: close.bind(null, ctx),
    refund: refund.bind(null, ctx),
    queryRefund: queryRefund.bind(null, ctx),
    bill: bill.bind(null, ctx),
    verifyNotify: verifyNotify.bind(null, ctx),
    notifyAck: { contentType: 'application/json', body: '{"code":"SUCCESS","message":"成功"}' },
  };
}

type WechatPayClientContext = ReturnType<typeof makeWechatPayClientContext>;

/** The state and collaborators that createWechatPayClient's operations share. */
function makeWechatPayClientContext(o: WechatPayClientOptions) {
  const call = (operation: string, method: string, path: string, body?: unknown) =>
    channelFetch('wechat', operation, o.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs: o.timeoutMs,
    });
  const json = (t: string) => (t ? (JSON.parse(t) as Record<string, unknown>) : {});
  const refusal = (r: { text: string }) => {
    const b = json(r.text);
    return new ChannelRefusal('wechat', String(b.code ?? 'UNKNOWN'), String(b.message ?? ''));
  };
  const trade = (b: Record<string, unknown>): ChannelTrade => ({
    state: STATES[String(b.trade_state)] ?? 'PAYING',
    trade_no: (b.transaction_id as string) ?? null,
    amount_fen: Number((b.amount as { total?: number } | undefined)?.total ?? NaN),
  });
  const order = (p: {
    out_trade_no: string;
    amount_fen: number;
    description: string;
    notify_url: string | null;
  }) => ({
    appid: o.appid,
    mchid: o.mchid,
    description: p.description,
    out_trade_no: p.out_trade_no,
    ...(p.notify_url ? { notify_url: p.notify_url } : {}),
    amount: { total: p.amount_fen, currency: 'CNY' },
  });
  return { o, call, json, refusal, trade, order };
}

async function createForPayer(
  ctx: WechatPayClientContext,
  p: Parameters<PayChannelClient['createForPayer']>[0],
): ReturnType<PayChannelClient['createForPayer']> {
  const { call, order, refusal, json } = ctx;
  const r = await call('jsapi', 'POST', '/v3/pay/transactions/jsapi', order(p));
  if (r.status !== 200) throw refusal(r);
  const prepay = String(json(r.text).prepay_id);
  return {
    trade: { state: 'PAYING', trade_no: null, amount_fen: p.amount_fen },
    pay_params: { package: `prepay_id=${prepay}`, signType: 'HMAC-SHA256' },
  };
}

async function payByCode(
  ctx: WechatPayClientContext,
  p: Parameters<PayChannelClient['payByCode']>[0],
): ReturnType<PayChannelClient['payByCode']> {
  const { call, order, json, trade, refusal } = ctx;
  const r = await call('codepay', 'POST', '/v3/pay/transactions/codepay', {
    ...order(p),
    payer: { auth_code: p.auth_code },
  });
  const b = json(r.text);
  if (r.status === 200) return trade(b);
  if (r.status === 202 && b.code === 'USERPAYING')
    return { state: 'PAYING', trade_no: null, amount_fen: p.amount_fen };
  // A refusal of the payment itself (no funds): WeChat records it as PAYERROR.
  if (r.status === 403 && b.code === 'NOTENOUGH')
    return { state: 'FAILED', trade_no: null, amount_fen: p.amount_fen, error_code: 'NOTENOUGH' };
  throw refusal(r);
}

async function query(
  ctx: WechatPayClientContext,
  otn: Parameters<PayChannelClient['query']>[0],
): ReturnType<PayChannelClient['query']> {
  const { call, o, refusal, trade, json } = ctx;
  const r = await call(
    'query',
    'GET',
    `/v3/pay/transactions/out-trade-no/${encodeURIComponent(otn)}?mchid=${o.mchid}`,
  );
  if (r.status === 404) return null;
  if (r.status !== 200) throw refusal(r);
  return trade(json(r.text));
}

async function close(
  ctx: WechatPayClientContext,
  otn: Parameters<PayChannelClient['close']>[0],
): ReturnType<PayChannelClient['close']> {
  const { call, o, refusal } = ctx;
  const r = await call(
    'close',
    'POST',
    `/v3/pay/transactions/out-trade-no/${encodeURIComponent(otn)}/close`,
    {
      mchid: o.mchid,
    },
  );
  if (r.status !== 204 && r.status !== 200) throw refusal(r);
}

async function refund(
  ctx: WechatPayClientContext,
  p: Parameters<PayChannelClient['refund']>[0],
): ReturnType<PayChannelClient['refund']> {
  const { call, refusal, json } = ctx;
  const r = await call('refund', 'POST', '/v3/refund/domestic/refunds', {
    out_trade_no: p.out_trade_no,
    out_refund_no: p.out_refund_no,
    amount: { refund: p.amount_fen, total: p.total_fen, currency: 'CNY' },
  });
  if (r.status !== 200) throw refusal(r);
  const s = String(json(r.text).status);
  return s === 'SUCCESS' ? 'SUCCESS' : s === 'ABNORMAL' || s === 'CLOSED' ? 'FAILED' : 'PROCESSING';
}

async function queryRefund(
  ctx: WechatPayClientContext,
  no: Parameters<PayChannelClient['queryRefund']>[0],
): ReturnType<PayChannelClient['queryRefund']> {
  const { call, refusal, json } = ctx;
  const r = await call('refund-query', 'GET', `/v3/refund/domestic/refunds/${encodeURIComponent(no)}`);
  if (r.status === 404) return null;
  if (r.status !== 200) throw refusal(r);
  const s = String(json(r.text).status);
  return s === 'SUCCESS' ? 'SUCCESS' : s === 'ABNORMAL' || s === 'CLOSED' ? 'FAILED' : 'PROCESSING';
}

async function bill(
  ctx: WechatPayClientContext,
  day: Parameters<PayChannelClient['bill']>[0],
): ReturnType<PayChannelClient['bill']> {
  const { call, refusal } = ctx;
  const d = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
  const r = await call('bill', 'GET', `/v3/bill/tradebill?bill_date=${d}`);
  if (r.status === 400) return null;
  if (r.status !== 200) throw refusal(r);
  const lines = r.text.trim().split(/\r?\n/);
  const summary = lines.findIndex((l) => l.startsWith('总交易单数'));
  return lines.slice(1, summary < 0 ? undefined : summary).map((l) => {
    const c = l.split(',').map((x) => x.replace(/^`/, ''));
    const refund = c[4] === 'REFUND';
    return {
      type: refund ? ('REFUND' as const) : ('PAY' as const),
      out_trade_no: c[3],
      out_refund_no: refund ? c[7] : null,
      amount_fen: fenFromYuan(refund ? c[8] : c[5]),
    };
  });
}

function verifyNotify(
  ctx: WechatPayClientContext,
  headers: Parameters<PayChannelClient['verifyNotify']>[0],
  raw: Parameters<PayChannelClient['verifyNotify']>[1],
): ReturnType<PayChannelClient['verifyNotify']> {
  const { o } = ctx;
  const ts = String(headers['wechatpay-timestamp'] ?? '');
  const nonce = String(headers['wechatpay-nonce'] ?? '');
  const sig = String(headers['wechatpay-signature'] ?? '');
  const want = createHmac('sha256', o.apiV3Key).update(`${ts}\n${nonce}\n${raw}\n`).digest('hex');
  if (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) return null;
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return null;
  try {
    const res = (
      JSON.parse(raw) as { resource: { ciphertext: string; nonce: string; associated_data: string } }
    ).resource;
    const buf = Buffer.from(res.ciphertext, 'base64');
    const d = createDecipheriv('aes-256-gcm', Buffer.from(o.apiV3Key), Buffer.from(res.nonce));
    d.setAAD(Buffer.from(res.associated_data));
    d.setAuthTag(buf.subarray(buf.length - 16));
    const plain = Buffer.concat([d.update(buf.subarray(0, buf.length - 16)), d.final()]).toString('utf8');
    return String((JSON.parse(plain) as { out_trade_no: string }).out_trade_no);
  } catch {
    return null;
  }
}
