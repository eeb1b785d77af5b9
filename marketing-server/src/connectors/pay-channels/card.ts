import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  channelFetch,
  ChannelRefusal,
  type ChannelRefundState,
  type ChannelTrade,
  type PayChannelClient,
} from './types';

// A bank-card acquirer (收单): sales by card token, PENDING while the issuer has not answered,
// void, refunds, a signed webhook and the daily settlement file. mocks/src/card-acquirer speaks it.

export type CardAcquirerClientOptions = { baseUrl: string; secret: string; timeoutMs: number };

const STATES: Record<string, ChannelTrade['state']> = {
  APPROVED: 'SUCCESS',
  PENDING: 'PAYING',
  VOIDED: 'CLOSED',
  DECLINED: 'FAILED',
};

export function createCardAcquirerClient(o: CardAcquirerClientOptions): PayChannelClient {
  const ctx = makeCardAcquirerClientContext(o);
  return {
    name: 'card',
    createForPayer: createForPayer.bind(null, ctx),
    payByCode: payByCode.bind(null, ctx),
    query: query.bind(null, ctx),
    close: close.bind(null, ctx),
    refund: refund.bind(null, ctx),
    queryRefund: queryRefund.bind(null, ctx),
    bill: bill.bind(null, ctx),
    verifyNotify: verifyNotify.bind(null, ctx),
    notifyAck: { contentType: 'application/json', body: '{"ok":true}' },
  };
}

type CardAcquirerClientContext = ReturnType<typeof makeCardAcquirerClientContext>;

/** The state and collaborators that createCardAcquirerClient's operations share. */
function makeCardAcquirerClientContext(o: CardAcquirerClientOptions) {
  const call = (operation: string, method: string, path: string, body?: unknown) =>
    channelFetch('card', operation, o.baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs: o.timeoutMs,
    });
  const json = (t: string) => (t ? (JSON.parse(t) as Record<string, unknown>) : {});
  const refusal = (r: { text: string }) => {
    const b = json(r.text);
    return new ChannelRefusal('card', String(b.code ?? 'UNKNOWN'), String(b.message ?? ''));
  };
  const trade = (b: Record<string, unknown>): ChannelTrade => ({
    state: STATES[String(b.status)] ?? 'PAYING',
    trade_no: (b.rrn as string) ?? null,
    amount_fen: Number(b.amount_fen),
    error_code: b.status === 'DECLINED' ? `RESP_${String(b.resp_code)}` : null,
  });
  const refundState = (b: Record<string, unknown>): ChannelRefundState =>
    b.status === 'APPROVED' ? 'SUCCESS' : b.status === 'DECLINED' ? 'FAILED' : 'PROCESSING';
  return { o, call, json, refusal, trade, refundState };
}

async function sale(
  ctx: CardAcquirerClientContext,
  p: { out_trade_no: string; amount_fen: number; description: string; notify_url: string | null },
  card: string,
) {
  const { call, refusal, trade, json } = ctx;
  const r = await call('sale', 'POST', '/v1/sales', {
    out_trade_no: p.out_trade_no,
    amount_fen: p.amount_fen,
    description: p.description,
    card_token: card,
    ...(p.notify_url ? { notify_url: p.notify_url } : {}),
  });
  if (r.status !== 200) throw refusal(r);
  return trade(json(r.text));
}
async function createForPayer(
  ctx: CardAcquirerClientContext,
  p: Parameters<PayChannelClient['createForPayer']>[0],
): ReturnType<PayChannelClient['createForPayer']> {
  if (!p.card_token) throw new ChannelRefusal('card', 'CARD_REQUIRED', '请选择银行卡');
  return { trade: await sale(ctx, p, p.card_token), pay_params: {} };
}

function payByCode(
  ctx: CardAcquirerClientContext,
  p: Parameters<PayChannelClient['payByCode']>[0],
): ReturnType<PayChannelClient['payByCode']> {
  return sale(ctx, p, p.auth_code);
}

async function query(
  ctx: CardAcquirerClientContext,
  otn: Parameters<PayChannelClient['query']>[0],
): ReturnType<PayChannelClient['query']> {
  const { call, refusal, trade, json } = ctx;
  const r = await call('query', 'GET', `/v1/sales/${encodeURIComponent(otn)}`);
  if (r.status === 404) return null;
  if (r.status !== 200) throw refusal(r);
  return trade(json(r.text));
}

async function close(
  ctx: CardAcquirerClientContext,
  otn: Parameters<PayChannelClient['close']>[0],
): ReturnType<PayChannelClient['close']> {
  const { call, json, refusal } = ctx;
  const r = await call('void', 'POST', `/v1/sales/${encodeURIComponent(otn)}/void`, {});
  if (r.status === 400 && json(r.text).code === 'ORDERPAID')
    throw new ChannelRefusal('card', 'ORDERPAID', '已成功');
  if (r.status !== 200) throw refusal(r);
}

async function refund(
  ctx: CardAcquirerClientContext,
  p: Parameters<PayChannelClient['refund']>[0],
): ReturnType<PayChannelClient['refund']> {
  const { call, refusal, refundState, json } = ctx;
  const r = await call('refund', 'POST', '/v1/refunds', {
    out_trade_no: p.out_trade_no,
    out_refund_no: p.out_refund_no,
    amount_fen: p.amount_fen,
  });
  if (r.status !== 200) throw refusal(r);
  return refundState(json(r.text));
}

async function queryRefund(
  ctx: CardAcquirerClientContext,
  no: Parameters<PayChannelClient['queryRefund']>[0],
): ReturnType<PayChannelClient['queryRefund']> {
  const { call, refusal, refundState, json } = ctx;
  const r = await call('refund-query', 'GET', `/v1/refunds/${encodeURIComponent(no)}`);
  if (r.status === 404) return null;
  if (r.status !== 200) throw refusal(r);
  return refundState(json(r.text));
}

async function bill(
  ctx: CardAcquirerClientContext,
  day: Parameters<PayChannelClient['bill']>[0],
): ReturnType<PayChannelClient['bill']> {
  const { call, refusal } = ctx;
  const r = await call('settlement-file', 'GET', `/v1/settlements/${day}`);
  if (r.status === 409) return null;
  if (r.status !== 200) throw refusal(r);
  return r.text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => {
      const c = l.split(',');
      return {
        type: c[1] === 'REFUND' ? ('REFUND' as const) : ('PAY' as const),
        out_trade_no: c[2],
        out_refund_no: c[3] || null,
        amount_fen: Number(c[5]),
      };
    });
}

function verifyNotify(
  ctx: CardAcquirerClientContext,
  headers: Parameters<PayChannelClient['verifyNotify']>[0],
  raw: Parameters<PayChannelClient['verifyNotify']>[1],
): ReturnType<PayChannelClient['verifyNotify']> {
  const { o } = ctx;
  const ts = String(headers['x-acq-timestamp'] ?? '');
  const nonce = String(headers['x-acq-nonce'] ?? '');
  const sig = String(headers['x-acq-signature'] ?? '');
  const want = createHmac('sha256', o.secret).update(`${ts}.${nonce}.${raw}`).digest('hex');
  if (sig.length !== want.length || !timingSafeEqual(Buffer.from(sig), Buffer.from(want))) return null;
  try {
    return String((JSON.parse(raw) as { sale: { out_trade_no: string } }).sale.out_trade_no);
  } catch {
    return null;
  }
}
