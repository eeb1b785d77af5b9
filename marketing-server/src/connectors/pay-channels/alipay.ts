import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  channelFetch,
  ChannelRefusal,
  fenFromYuan,
  yuanFromFen,
  type ChannelRefundState,
  type ChannelTrade,
  type PayChannelClient,
} from './types';

// Alipay's open-platform gateway: one POST per method, common parameters + biz_content, answers
// under `<method>_response` with code 10000 (done), 10003 (waiting for the payer) or 40004 (a
// business refusal, named by sub_code). Signatures: the simulator's HMAC-SHA256 over the sorted
// fields (real Alipay: RSA2 with the app's private key and Alipay's public key — only this file knows).

export type AlipayClientOptions = { baseUrl: string; appId: string; appKey: string; timeoutMs: number };

const STATES: Record<string, ChannelTrade['state']> = {
  TRADE_SUCCESS: 'SUCCESS',
  TRADE_FINISHED: 'SUCCESS',
  WAIT_BUYER_PAY: 'PAYING',
  TRADE_CLOSED: 'CLOSED',
};

function signContent(fields: Record<string, string>) {
  return Object.keys(fields)
    .filter((k) => k !== 'sign' && k !== 'sign_type' && fields[k] !== '')
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
}

export function createAlipayClient(o: AlipayClientOptions): PayChannelClient {
  const ctx = makeAlipayClientContext(o);
  return {
    name: 'alipay',
    createForPayer: createForPayer.bind(null, ctx),
    payByCode: payByCode.bind(null, ctx),
    query: query.bind(null, ctx),
    close: close.bind(null, ctx),
    refund: refund.bind(null, ctx),
    queryRefund: queryRefund.bind(null, ctx),
    bill: bill.bind(null, ctx),
    verifyNotify: verifyNotify.bind(null, ctx),
    notifyAck: { contentType: 'text/plain', body: 'success' },
  };
}

type AlipayClientContext = ReturnType<typeof makeAlipayClientContext>;

/** The state and collaborators that createAlipayClient's operations share. */
function makeAlipayClientContext(o: AlipayClientOptions) {
  const hmac = (s: string) => createHmac('sha256', o.appKey).update(s).digest('hex');
  const refusal = (r: Record<string, unknown>) =>
    new ChannelRefusal('alipay', String(r.sub_code ?? r.code), String(r.sub_msg ?? r.msg ?? ''));
  const trade = (r: Record<string, unknown>): ChannelTrade => ({
    state: STATES[String(r.trade_status)] ?? 'PAYING',
    trade_no: (r.trade_no as string) ?? null,
    amount_fen: fenFromYuan(r.total_amount),
  });
  const refundState = (r: Record<string, unknown>): ChannelRefundState | null =>
    r.refund_status === 'REFUND_SUCCESS' ? 'SUCCESS' : r.refund_status ? 'PROCESSING' : null;
  return { o, hmac, refusal, trade, refundState };
}

async function call(
  ctx: AlipayClientContext,
  method: string,
  biz: Record<string, unknown>,
  notifyUrl?: string | null,
) {
  const { o, hmac } = ctx;
  const fields: Record<string, string> = {
    app_id: o.appId,
    method,
    charset: 'utf-8',
    sign_type: 'HMAC-SHA256',
    timestamp: new Date().toISOString(),
    version: '1.0',
    biz_content: JSON.stringify(biz),
    ...(notifyUrl ? { notify_url: notifyUrl } : {}),
  };
  fields.sign = hmac(signContent(fields));
  const r = await channelFetch('alipay', method, `${o.baseUrl}/gateway.do`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams(fields).toString(),
    timeoutMs: o.timeoutMs,
  });
  const body = r.text ? (JSON.parse(r.text) as Record<string, Record<string, unknown>>) : {};
  const resp = body[`${method.replace(/\./g, '_')}_response`];
  if (!resp) throw new ChannelRefusal('alipay', 'BAD_RESPONSE', `HTTP ${r.status}`);
  return resp;
}
async function createForPayer(
  ctx: AlipayClientContext,
  p: Parameters<PayChannelClient['createForPayer']>[0],
): ReturnType<PayChannelClient['createForPayer']> {
  const { refusal } = ctx;
  const r = await call(
    ctx,
    'alipay.trade.create',
    { out_trade_no: p.out_trade_no, total_amount: yuanFromFen(p.amount_fen), subject: p.description },
    p.notify_url,
  );
  if (r.code !== '10000') throw refusal(r);
  return {
    trade: { state: 'PAYING', trade_no: String(r.trade_no), amount_fen: p.amount_fen },
    pay_params: { tradeNO: String(r.trade_no) },
  };
}

async function payByCode(
  ctx: AlipayClientContext,
  p: Parameters<PayChannelClient['payByCode']>[0],
): ReturnType<PayChannelClient['payByCode']> {
  const { trade, refusal } = ctx;
  const r = await call(
    ctx,
    'alipay.trade.pay',
    {
      out_trade_no: p.out_trade_no,
      scene: 'bar_code',
      auth_code: p.auth_code,
      total_amount: yuanFromFen(p.amount_fen),
      subject: p.description,
    },
    p.notify_url,
  );
  if (r.code === '10000') return trade(r);
  if (r.code === '10003')
    return { state: 'PAYING', trade_no: (r.trade_no as string) ?? null, amount_fen: p.amount_fen };
  if (r.sub_code === 'ACQ.BUYER_BALANCE_NOT_ENOUGH')
    return {
      state: 'FAILED',
      trade_no: null,
      amount_fen: p.amount_fen,
      error_code: 'BUYER_BALANCE_NOT_ENOUGH',
    };
  throw refusal(r);
}

async function query(
  ctx: AlipayClientContext,
  otn: Parameters<PayChannelClient['query']>[0],
): ReturnType<PayChannelClient['query']> {
  const { trade, refusal } = ctx;
  const r = await call(ctx, 'alipay.trade.query', { out_trade_no: otn });
  if (r.code === '10000') return trade(r);
  if (r.sub_code === 'ACQ.TRADE_NOT_EXIST') return null;
  throw refusal(r);
}

async function close(
  ctx: AlipayClientContext,
  otn: Parameters<PayChannelClient['close']>[0],
): ReturnType<PayChannelClient['close']> {
  const { refusal } = ctx;
  const r = await call(ctx, 'alipay.trade.close', { out_trade_no: otn });
  if (r.code === '10000') return;
  if (r.sub_code === 'ACQ.ORDERPAID') throw new ChannelRefusal('alipay', 'ORDERPAID', String(r.sub_msg));
  throw refusal(r);
}

async function refund(
  ctx: AlipayClientContext,
  p: Parameters<PayChannelClient['refund']>[0],
): ReturnType<PayChannelClient['refund']> {
  const { refusal } = ctx;
  const r = await call(ctx, 'alipay.trade.refund', {
    out_trade_no: p.out_trade_no,
    out_request_no: p.out_refund_no,
    refund_amount: yuanFromFen(p.amount_fen),
  });
  if (r.code === '10000') return r.fund_change === 'Y' ? 'SUCCESS' : 'PROCESSING';
  throw refusal(r);
}

async function queryRefund(
  ctx: AlipayClientContext,
  no: Parameters<PayChannelClient['queryRefund']>[0],
  otn: Parameters<PayChannelClient['queryRefund']>[1],
): ReturnType<PayChannelClient['queryRefund']> {
  const { refusal, refundState } = ctx;
  const r = await call(ctx, 'alipay.trade.fastpay.refund.query', { out_trade_no: otn, out_request_no: no });
  if (r.code !== '10000') throw refusal(r);
  return refundState(r);
}

async function bill(
  ctx: AlipayClientContext,
  day: Parameters<PayChannelClient['bill']>[0],
): ReturnType<PayChannelClient['bill']> {
  const { o } = ctx;
  const d = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
  const r = await call(ctx, 'alipay.data.dataservice.bill.downloadurl.query', {
    bill_type: 'trade',
    bill_date: d,
  });
  if (r.code !== '10000') return null;
  const file = await channelFetch('alipay', 'bill', o.baseUrl + String(r.bill_download_url), {
    method: 'GET',
    timeoutMs: o.timeoutMs,
  });
  return file.text
    .trim()
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('#') && !l.startsWith('支付宝交易号'))
    .map((l) => {
      const c = l.split(',');
      const refund = c[2] === '退款';
      return {
        type: refund ? ('REFUND' as const) : ('PAY' as const),
        out_trade_no: c[1],
        out_refund_no: refund ? c[6] : null,
        amount_fen: Math.abs(fenFromYuan(c[5])),
      };
    });
}

function verifyNotify(
  ctx: AlipayClientContext,
  _headers: Parameters<PayChannelClient['verifyNotify']>[0],
  raw: Parameters<PayChannelClient['verifyNotify']>[1],
): ReturnType<PayChannelClient['verifyNotify']> {
  const { hmac } = ctx;
  const fields = Object.fromEntries(new URLSearchParams(raw));
  const want = hmac(signContent(fields));
  const sig = fields.sign ?? '';
  if (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) return null;
  return fields.out_trade_no ?? null;
}
