import { randomBytes } from 'node:crypto';
import {
  channelServer,
  createOrderBook,
  cstDay,
  hmacHex,
  type ChannelError,
  type Reply,
  type Trade,
} from '../shared/acquiring';

// Alipay (支付宝开放平台) as a merchant sees it: one gateway (`POST /gateway.do`, form fields app_id,
// method, charset, sign_type, timestamp, version, notify_url, biz_content, sign), methods
// alipay.trade.precreate (QR), alipay.trade.create (in an app), alipay.trade.pay (付款码: 10003 =
// waiting for the payer), alipay.trade.query, alipay.trade.close, alipay.trade.refund,
// alipay.trade.fastpay.refund.query and alipay.data.dataservice.bill.downloadurl.query; answers as
// `{"<method>_response": {code, msg, sub_code?, …}, "sign": …}`, amounts as yuan strings. Real Alipay
// signs with RSA2; this simulator signs the sorted `k=v&…` string with HMAC-SHA256 under the app key.

export type AlipayMockOptions = { appId?: string; appKey?: string; now?: () => Date; codeTimeoutMs?: number };
export const ALIPAY_DEFAULT_KEY = 'alipay-app-key-0123456789';

export const yuan = (fen: number) => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** "12.34" → 1234; anything that is not a yuan amount with at most two decimals → NaN. */
export function fenOf(v: unknown): number {
  const m = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(String(v ?? ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
}

/** The string Alipay signs: every field except sign and sign_type, sorted, `k=v` joined by `&`. */
export function alipaySignContent(fields: Record<string, string>): string {
  return Object.keys(fields)
    .filter((k) => k !== 'sign' && k !== 'sign_type' && fields[k] !== '')
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
}

const STATUS: Record<Trade['state'], string> = {
  NOTPAY: 'WAIT_BUYER_PAY',
  USERPAYING: 'WAIT_BUYER_PAY',
  SUCCESS: 'TRADE_SUCCESS',
  CLOSED: 'TRADE_CLOSED',
  PAYERROR: 'TRADE_CLOSED',
};

export function createAlipayMock(opts: AlipayMockOptions = {}) {
  const appId = opts.appId ?? '2021000000000001';
  const key = opts.appKey ?? ALIPAY_DEFAULT_KEY;
  const book = createOrderBook({
    tradeNoPrefix: '2026',
    secret: key,
    now: opts.now,
    notifyBody: (t) => {
      const fields: Record<string, string> = {
        notify_time: new Date().toISOString(),
        notify_type: 'trade_status_sync',
        notify_id: randomBytes(12).toString('hex'),
        app_id: appId,
        out_trade_no: t.out_trade_no,
        trade_no: t.trade_no,
        trade_status: STATUS[t.state],
        total_amount: yuan(t.amount_fen),
        sign_type: 'HMAC-SHA256',
      };
      fields.sign = hmacHex(key, alipaySignContent(fields));
      return {
        body: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      };
    },
  });
  const trade = (t: Trade) => ({
    out_trade_no: t.out_trade_no,
    trade_no: t.trade_no,
    trade_status: STATUS[t.state],
    total_amount: yuan(t.amount_fen),
    ...(t.paid_at ? { send_pay_date: t.paid_at.toISOString() } : {}),
  });
  const ok = (method: string, body: Record<string, unknown>): Reply => {
    const key = `${method.replace(/\./g, '_')}_response`;
    const resp = { code: '10000', msg: 'Success', ...body };
    return {
      status: 200,
      body: { [key]: resp, sign: hmacHex(opts.appKey ?? ALIPAY_DEFAULT_KEY, JSON.stringify(resp)) },
    };
  };
  const fail = (method: string, code: string, sub_code: string, sub_msg: string, extra = {}): Reply =>
    ok(method, { code, msg: code === '10003' ? 'Waiting' : 'Business Failed', sub_code, sub_msg, ...extra });

  function place(
    biz: Record<string, unknown>,
    mode: Trade['mode'],
    notify: string | null,
    timeout_ms?: number,
  ) {
    return book.create({
      out_trade_no: String(biz.out_trade_no ?? ''),
      amount_fen: fenOf(biz.total_amount),
      description: String(biz.subject ?? ''),
      mode,
      notify_url: notify,
      timeout_ms,
    });
  }

  const methods: Record<string, (biz: Record<string, unknown>, notify: string | null, m: string) => Reply> = {
    'alipay.trade.precreate': (biz, n, m) => {
      const t = place(biz, 'qr', n);
      return ok(m, {
        out_trade_no: t.out_trade_no,
        qr_code: `https://qr.alipay.com/${t.trade_no.slice(-12)}`,
      });
    },
    'alipay.trade.create': (biz, n, m) => {
      const t = place(biz, 'jsapi', n);
      return ok(m, { out_trade_no: t.out_trade_no, trade_no: t.trade_no });
    },
    'alipay.trade.pay': (biz, n, m) => {
      const code = String(biz.auth_code ?? '');
      if (!/^(2[5-9]|30)\d{14,22}$/.test(code))
        return fail(m, '40004', 'ACQ.PAYMENT_AUTH_CODE_INVALID', '付款码无效');
      const t = book.payByCode(place(biz, 'code', n, opts.codeTimeoutMs ?? 60_000), code);
      if (t.state === 'USERPAYING') return fail(m, '10003', 'ACQ.WAIT_USER_PAY', '等待用户付款', trade(t));
      if (t.state === 'PAYERROR') return fail(m, '40004', 'ACQ.BUYER_BALANCE_NOT_ENOUGH', '买家余额不足');
      return ok(m, trade(t));
    },
    'alipay.trade.query': (biz, _n, m) => ok(m, trade(book.get(String(biz.out_trade_no ?? '')))),
    'alipay.trade.close': (biz, _n, m) => ok(m, trade(book.close(String(biz.out_trade_no ?? '')))),
    'alipay.trade.refund': (biz, _n, m) => {
      const r = book.refund({
        out_trade_no: String(biz.out_trade_no ?? ''),
        out_refund_no: String(biz.out_request_no ?? ''),
        amount_fen: fenOf(biz.refund_amount),
      });
      return ok(m, { out_trade_no: r.out_trade_no, fund_change: 'Y', refund_fee: yuan(r.amount_fen) });
    },
    'alipay.trade.fastpay.refund.query': (biz, _n, m) => {
      const r = book.refunds.get(String(biz.out_request_no ?? ''));
      // Alipay answers 10000 without refund_status for a refund it does not know.
      if (!r) return ok(m, { out_trade_no: biz.out_trade_no, out_request_no: biz.out_request_no });
      return ok(m, {
        out_trade_no: r.out_trade_no,
        out_request_no: r.out_refund_no,
        refund_amount: yuan(r.amount_fen),
        refund_status: r.state === 'SUCCESS' ? 'REFUND_SUCCESS' : 'REFUND_PROCESSING',
      });
    },
    'alipay.data.dataservice.bill.downloadurl.query': (biz, _n, m) => {
      const d = String(biz.bill_date ?? '').replace(/-/g, '');
      if (!/^\d{8}$/.test(d) || cstDay(book.now()) <= d)
        return fail(m, '40004', 'isp.bill_not_exist', '账单不存在');
      return ok(m, { bill_download_url: `/__bills/${d}.csv` });
    },
  };
  const COMMITS = new Set(['alipay.trade.pay', 'alipay.trade.refund']);

  const server = channelServer(
    book,
    [
      {
        method: 'POST',
        path: /^\/gateway\.do$/,
        handler: ({ body }) => {
          const fields = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
          const m = fields.method ?? '';
          if (fields.sign !== hmacHex(key, alipaySignContent(fields)))
            return fail(m, '40002', 'isv.invalid-signature', '验签出错');
          const fn = methods[m];
          if (!fn) return fail(m, '40004', 'isv.invalid-method', '不存在的方法名');
          let biz: Record<string, unknown>;
          try {
            biz = JSON.parse(fields.biz_content ?? '{}');
          } catch {
            return fail(m, '40002', 'isv.invalid-parameter', 'biz_content 不是 JSON');
          }
          try {
            return fn(biz, fields.notify_url || null, m);
          } catch (e) {
            const ce = e as ChannelError;
            if (!ce.code) throw e;
            const sub = ce.code === 'ORDER_NOT_EXIST' ? 'ACQ.TRADE_NOT_EXIST' : `ACQ.${ce.code}`;
            return fail(m, '40004', sub, ce.message);
          }
        },
        // alipay.trade.pay and .refund commit before a lost answer (timeout-after-commit).
        commits: (b) => COMMITS.has(String(b.method)),
      },
      {
        method: 'GET',
        path: /^\/__bills\/(\d{8})\.csv$/,
        handler: ({ params }) => ({
          status: 200,
          text: bill(params[0]),
          contentType: 'text/csv; charset=utf-8',
        }),
      },
    ],
    (e) => ({ status: e.status, body: { code: e.code, message: e.message } }),
  );

  /** The trade bill (业务明细): amounts in yuan, refunds as negative rows like Alipay's own. */
  function bill(day: string) {
    const lines = [
      '#支付宝业务明细查询',
      '支付宝交易号,商户订单号,业务类型,商品名称,完成时间,订单金额（元）,退款批次号/请求号',
    ];
    let n = 0;
    let total = 0;
    for (const r of book.billRows(day)) {
      const refund = r.type === 'REFUND';
      const fen = refund ? -r.amount_fen : r.amount_fen;
      total += fen;
      n++;
      lines.push(
        [
          r.t.trade_no,
          r.t.out_trade_no,
          refund ? '退款' : '交易',
          r.t.description.replace(/[,\r\n]/g, ' '),
          r.at.toISOString(),
          (fen < 0 ? '-' : '') + yuan(Math.abs(fen)),
          r.r?.out_refund_no ?? '',
        ].join(','),
      );
    }
    lines.push(`#交易合计：${n}笔，金额合计：${(total < 0 ? '-' : '') + yuan(Math.abs(total))}元`);
    return lines.join('\n') + '\n';
  }

  return { book, appId, appKey: key, listen: server.listen };
}

export type AlipayMock = ReturnType<typeof createAlipayMock>;
