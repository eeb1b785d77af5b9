import {
  channelServer,
  createOrderBook,
  cstDay,
  hmacHex,
  nonce,
  type ChannelError,
  type Trade,
} from '../shared/acquiring';

// A bank-card acquirer (收单机构) as a merchant's platform sees it: card sales keyed by out_trade_no
// (`POST /v1/sales` with a card token from the acquirer's vault or a card presented at the POS),
// `APPROVED` / `DECLINED` (response code, e.g. 51 insufficient funds) / `PENDING` (the issuer has not
// answered; a query later tells), void of a pending sale, refunds by out_refund_no, a signed webhook
// on approval and the daily settlement file (CST day) of approved sales and refunds.

export type CardAcquirerMockOptions = { merchantNo?: string; secret?: string; now?: () => Date };
export const CARD_DEFAULT_SECRET = 'card-acquirer-secret-0123456789';

const STATUS: Record<Trade['state'], string> = {
  NOTPAY: 'PENDING',
  USERPAYING: 'PENDING',
  SUCCESS: 'APPROVED',
  CLOSED: 'VOIDED',
  PAYERROR: 'DECLINED',
};

export function createCardAcquirerMock(opts: CardAcquirerMockOptions = {}) {
  const merchantNo = opts.merchantNo ?? '898440358120001';
  const secret = opts.secret ?? CARD_DEFAULT_SECRET;
  const sale = (t: Trade) => ({
    out_trade_no: t.out_trade_no,
    rrn: t.trade_no,
    merchant_no: merchantNo,
    amount_fen: t.amount_fen,
    status: STATUS[t.state],
    resp_code: t.state === 'SUCCESS' ? '00' : t.state === 'PAYERROR' ? '51' : null,
    card_no_masked: t.payer,
    refunded_fen: t.refunded_fen,
    approved_at: t.paid_at?.toISOString() ?? null,
  });
  const book = createOrderBook({
    tradeNoPrefix: '6200',
    secret,
    now: opts.now,
    // Sales on a card wait at most five minutes for the issuer.
    timeoutMs: 5 * 60_000,
    notifyBody: (t) => {
      const body = JSON.stringify({ event: 'SALE.APPROVED', sale: sale(t) });
      const ts = String(Date.now());
      const n = nonce();
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'x-acq-timestamp': ts,
          'x-acq-nonce': n,
          'x-acq-signature': hmacHex(secret, `${ts}.${n}.${body}`),
        },
      };
    },
  });
  const server = channelServer(
    book,
    [
      {
        method: 'POST',
        path: /^\/v1\/sales$/,
        commits: true,
        handler: ({ body }) => {
          const card = String(body.card_token ?? '');
          if (!/^(tok_[A-Za-z0-9]{4,40}|\d{16,19})$/.test(card))
            return { status: 400, body: { code: 'INVALID_CARD', message: 'card_token 无效' } };
          const t = book.create({
            out_trade_no: String(body.out_trade_no ?? ''),
            amount_fen: Number(body.amount_fen),
            description: String(body.description ?? ''),
            mode: 'card',
            notify_url: typeof body.notify_url === 'string' ? body.notify_url : null,
          });
          // The card's last four digits decide (deterministic): …0000 the issuer is slow (PENDING,
          // settled by /__mock/pay or /__mock/decline), …9999 declined 51, anything else approved.
          if (t.state === 'NOTPAY') {
            if (card.endsWith('0000')) t.state = 'USERPAYING';
            else if (card.endsWith('9999')) book.payError(t, '51');
            else book.succeed(t, `****${card.slice(-4)}`);
            if (!t.payer) t.payer = `****${card.slice(-4)}`;
          }
          return { status: 200, body: sale(t) };
        },
      },
      {
        method: 'GET',
        path: /^\/v1\/sales\/([^/]+)$/,
        handler: ({ params }) => ({ status: 200, body: sale(book.get(params[0])) }),
      },
      {
        method: 'POST',
        path: /^\/v1\/sales\/([^/]+)\/void$/,
        handler: ({ params }) => ({ status: 200, body: sale(book.close(params[0])) }),
      },
      {
        method: 'POST',
        path: /^\/v1\/refunds$/,
        commits: true,
        handler: ({ body }) => {
          const r = book.refund({
            out_trade_no: String(body.out_trade_no ?? ''),
            out_refund_no: String(body.out_refund_no ?? ''),
            amount_fen: Number(body.amount_fen),
          });
          return { status: 200, body: { ...r, status: r.state === 'SUCCESS' ? 'APPROVED' : 'PENDING' } };
        },
      },
      {
        method: 'GET',
        path: /^\/v1\/refunds\/([^/]+)$/,
        handler: ({ params }) => {
          const r = book.getRefund(params[0]);
          return { status: 200, body: { ...r, status: r.state === 'SUCCESS' ? 'APPROVED' : 'PENDING' } };
        },
      },
      {
        method: 'GET',
        path: /^\/v1\/settlements\/(\d{8})$/,
        handler: ({ params }) => {
          if (cstDay(book.now()) <= params[0])
            return { status: 409, body: { code: 'FILE_NOT_READY', message: '清算文件 D+1 生成' } };
          const lines = ['txn_time,txn_type,out_trade_no,out_refund_no,rrn,amount_fen'];
          for (const r of book.billRows(params[0]))
            lines.push(
              [
                r.at.toISOString(),
                r.type === 'PAY' ? 'SALE' : 'REFUND',
                r.t.out_trade_no,
                r.r?.out_refund_no ?? '',
                r.r?.refund_id ?? r.t.trade_no,
                r.amount_fen,
              ].join(','),
            );
          return { status: 200, text: lines.join('\n') + '\n', contentType: 'text/csv; charset=utf-8' };
        },
      },
    ],
    (e: ChannelError) => ({
      status: e.status,
      body: { code: e.code === 'ORDER_NOT_EXIST' ? 'NOT_FOUND' : e.code, message: e.message },
    }),
  );
  return { book, merchantNo, secret, listen: server.listen };
}

export type CardAcquirerMock = ReturnType<typeof createCardAcquirerMock>;
