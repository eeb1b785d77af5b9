import { createCipheriv, randomBytes } from 'node:crypto';
import {
  channelServer,
  createOrderBook,
  cstDay,
  hmacHex,
  nonce,
  type ChannelError,
  type Trade,
} from '../shared/acquiring';

// WeChat Pay (微信支付 APIv3) as a merchant sees it: Native (QR), JSAPI (in the mini-program) and
// code payments (付款码, codepay), query by out_trade_no, close, refunds by out_refund_no, the daily
// trade bill and the TRANSACTION.SUCCESS notify with its resource encrypted (AEAD_AES_256_GCM under the
// APIv3 key) and the request signed. Real WeChat signs with its platform certificate (RSA); this
// simulator signs `timestamp\nnonce\nbody\n` with HMAC-SHA256 under the APIv3 key instead.

export type WechatPayMockOptions = {
  mchid?: string;
  /** The merchant's APIv3 key: 32 bytes (encrypts notify resources, signs notifies). */
  apiV3Key?: string;
  now?: () => Date;
  /** How long a code payment waits for the payer's password before it closes (default 60 s). */
  codeTimeoutMs?: number;
};

export const WECHAT_DEFAULT_KEY = 'wechatpay-apiv3-key-0123456789ab';

const yuan = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function encrypt(key: string, plaintext: string) {
  const iv = randomBytes(6).toString('hex'); // 12 characters, as WeChat's nonces
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(iv));
  cipher.setAAD(Buffer.from('transaction'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return {
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: ct.toString('base64'),
    nonce: iv,
    associated_data: 'transaction',
    original_type: 'transaction',
  };
}

const TRADE_TYPE: Record<Trade['mode'], string> = {
  qr: 'NATIVE',
  jsapi: 'JSAPI',
  code: 'MICROPAY',
  card: 'MICROPAY',
};

export function createWechatPayMock(opts: WechatPayMockOptions = {}) {
  const mchid = opts.mchid ?? '1900000109';
  const key = opts.apiV3Key ?? WECHAT_DEFAULT_KEY;
  const transaction = (t: Trade) => ({
    appid: 'wxd678efh567hg6787',
    mchid,
    out_trade_no: t.out_trade_no,
    transaction_id: t.trade_no,
    trade_type: TRADE_TYPE[t.mode],
    trade_state: t.state === 'SUCCESS' && t.refunded_fen > 0 ? 'REFUND' : t.state,
    trade_state_desc: t.state,
    ...(t.paid_at ? { success_time: t.paid_at.toISOString() } : {}),
    amount: { total: t.amount_fen, payer_total: t.amount_fen, currency: 'CNY' },
  });
  const book = createOrderBook({
    tradeNoPrefix: '4200',
    secret: key,
    now: opts.now,
    notifyBody: (t) => {
      const body = JSON.stringify({
        id: randomBytes(16).toString('hex'),
        create_time: new Date().toISOString(),
        event_type: 'TRANSACTION.SUCCESS',
        resource_type: 'encrypt-resource',
        summary: '支付成功',
        resource: encrypt(key, JSON.stringify(transaction(t))),
      });
      const ts = String(Math.floor(Date.now() / 1000));
      const n = nonce();
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'wechatpay-timestamp': ts,
          'wechatpay-nonce': n,
          'wechatpay-serial': 'MOCK',
          'wechatpay-signature': hmacHex(key, `${ts}\n${n}\n${body}\n`),
        },
      };
    },
  });
  const err = (e: ChannelError) => ({ status: e.status, body: { code: e.code, message: e.message } });
  const amountOf = (b: Record<string, unknown>) =>
    Number((b.amount as { total?: unknown } | undefined)?.total);
  const place = (b: Record<string, unknown>, mode: Trade['mode'], timeout_ms?: number) =>
    book.create({
      out_trade_no: String(b.out_trade_no ?? ''),
      amount_fen: amountOf(b),
      description: String(b.description ?? ''),
      mode,
      notify_url: typeof b.notify_url === 'string' ? b.notify_url : null,
      timeout_ms,
    });
  const server = channelServer(
    book,
    [
      {
        method: 'POST',
        path: /^\/v3\/pay\/transactions\/native$/,
        handler: ({ body }) => {
          const t = place(body, 'qr');
          return { status: 200, body: { code_url: `weixin://wxpay/bizpayurl?pr=${t.trade_no.slice(-10)}` } };
        },
      },
      {
        method: 'POST',
        path: /^\/v3\/pay\/transactions\/jsapi$/,
        handler: ({ body }) => {
          const t = place(body, 'jsapi');
          return { status: 200, body: { prepay_id: `wx${t.trade_no}` } };
        },
      },
      {
        method: 'POST',
        path: /^\/v3\/pay\/transactions\/codepay$/,
        commits: true,
        handler: ({ body }) => {
          const code = String((body.payer as { auth_code?: unknown } | undefined)?.auth_code ?? '');
          if (!/^1[0-5]\d{16}$/.test(code))
            return {
              status: 400,
              body: { code: 'INVALID_REQUEST', message: '付款码无效（18 位，10–15 开头）' },
            };
          const t = book.payByCode(place(body, 'code', opts.codeTimeoutMs ?? 60_000), code);
          if (t.state === 'USERPAYING')
            return { status: 202, body: { code: 'USERPAYING', message: '需要用户输入支付密码' } };
          if (t.state === 'PAYERROR')
            return { status: 403, body: { code: 'NOTENOUGH', message: '用户余额不足' } };
          return { status: 200, body: transaction(t) };
        },
      },
      {
        method: 'GET',
        path: /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/,
        handler: ({ params }) => ({ status: 200, body: transaction(book.get(params[0])) }),
      },
      {
        method: 'POST',
        path: /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/,
        handler: ({ params }) => {
          book.close(params[0]);
          return { status: 204 };
        },
      },
      {
        method: 'POST',
        path: /^\/v3\/refund\/domestic\/refunds$/,
        commits: true,
        handler: ({ body }) => {
          const amount = body.amount as { refund?: unknown } | undefined;
          const r = book.refund({
            out_trade_no: String(body.out_trade_no ?? ''),
            out_refund_no: String(body.out_refund_no ?? ''),
            amount_fen: Number(amount?.refund),
          });
          return { status: 200, body: refundView(r) };
        },
      },
      {
        method: 'GET',
        path: /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/,
        handler: ({ params }) => ({ status: 200, body: refundView(book.getRefund(params[0])) }),
      },
      {
        method: 'GET',
        path: /^\/v3\/bill\/tradebill$/,
        handler: ({ url }) => {
          const d = (url.searchParams.get('bill_date') ?? '').replace(/-/g, '');
          if (!/^\d{8}$/.test(d) || cstDay(book.now()) <= d)
            return { status: 400, body: { code: 'NO_STATEMENT_EXIST', message: '账单尚未生成' } };
          return { status: 200, text: bill(d), contentType: 'text/csv; charset=utf-8' };
        },
      },
    ],
    err,
  );

  function refundView(r: ReturnType<typeof book.getRefund>) {
    return {
      refund_id: r.refund_id,
      out_refund_no: r.out_refund_no,
      out_trade_no: r.out_trade_no,
      status: r.state,
      success_time: r.success_at?.toISOString(),
      amount: { refund: r.amount_fen, total: book.trades.get(r.out_trade_no)?.amount_fen, currency: 'CNY' },
    };
  }

  /** The trade bill as WeChat writes it: every cell prefixed with a backtick, amounts in yuan. */
  function bill(day: string) {
    const lines = [
      '交易时间,商户号,微信支付订单号,商户订单号,交易状态,应结订单金额,微信退款单号,商户退款单号,退款金额',
    ];
    let pay = 0;
    let refund = 0;
    const rows = book.billRows(day);
    for (const r of rows) {
      const isRefund = r.type === 'REFUND';
      if (isRefund) refund += r.amount_fen;
      else pay += r.amount_fen;
      const cells = [
        r.at.toISOString(),
        mchid,
        r.t.trade_no,
        r.t.out_trade_no,
        isRefund ? 'REFUND' : 'SUCCESS',
        isRefund ? '0.00' : yuan(r.amount_fen),
        r.r?.refund_id ?? '',
        r.r?.out_refund_no ?? '',
        isRefund ? yuan(r.amount_fen) : '0.00',
      ];
      lines.push(cells.map((c) => '`' + c).join(','));
    }
    lines.push('总交易单数,应结订单总金额,退款总金额');
    lines.push(['`' + rows.length, '`' + yuan(pay), '`' + yuan(refund)].join(','));
    return lines.join('\n') + '\n';
  }

  return { book, mchid, apiV3Key: key, listen: server.listen };
}

export type WechatPayMock = ReturnType<typeof createWechatPayMock>;
