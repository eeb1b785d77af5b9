import http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { applyFaults, hangsAfterCommit, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';
import {
  cstDay,
  DEFAULT_LIMITS,
  maskWalletId,
  type LimitTable,
  type WalletLevel,
} from '../bank-wallet/limits';

// An operating institution (2.0 layer) as a 2.5-layer institution reaches it over the
// interconnection messages of SPECS.md §E2 (see README.md): one endpoint takes an envelope
// {head: {version, msg_tp, msg_id (37), sender, receiver (14-char codes), send_time}, body}; a message
// id seen before is answered with its first answer (dedup on receipt). 225/226 兑出, 221/222 兑回,
// 411/412 status query, 433/434 account link, 711/713 reconciliation; the final state of every
// exchange is pushed as a signed dcep.909 to the institution. Wallet opening and status changes have
// no public message number: they are `ecny.wallet.*` here.

export type OperatorFaults = Faults & {
  /** Probability that a 909 is delivered a second time (same msg_id). */
  duplicate_finals: number;
  /** >0: exchanges answer PROCESSING and reach their final state (and 909) this much later. */
  final_delay_ms: number;
  /** A reject code: the next exchanges end FAILED with it (a final failure at the operator). */
  reject_code: string | null;
  /** Only messages of this type get the shared faults (latency, error, timeout…); null: all. */
  faults_msg_tp: string | null;
};

export type OperatorWallet = {
  wallet_id: string;
  wallet_type: 'WT01' | 'WT09';
  wallet_level: WalletLevel;
  name: string;
  holder_id: string;
  status: 'normal' | 'frozen' | 'closed';
  balance_fen: number;
  protocol_no: string | null;
  account_no: string | null;
};

/**
 * A sub-wallet (子钱包) a citizen pushed from their wallet to one merchant or app: it pays only there,
 * within its own balance cap and per-payment limit; it is funded from its parent wallet and, when
 * closed, returns what is left to the parent.
 */
export type OperatorSubWallet = {
  wallet_id: string;
  parent_wallet_id: string;
  merchant_no: string;
  name: string;
  balance_cap_fen: number;
  per_payment_fen: number;
  status: 'open' | 'closed';
  balance_fen: number;
};

type TradeType =
  'dcep.225' | 'dcep.221' | 'ecny.subwallet.fund' | 'ecny.subwallet.pay' | 'ecny.subwallet.close';
const SUB_TRADES: readonly TradeType[] = [
  'ecny.subwallet.fund',
  'ecny.subwallet.pay',
  'ecny.subwallet.close',
];

type Trade = {
  trade_no: string;
  msg_tp: TradeType;
  wallet_id: string;
  /** A sub-wallet payment: the merchant it paid. */
  merchant_no: string | null;
  amount_fen: number;
  status: 'PROCESSING' | 'SUCCESS' | 'FAILED';
  reject_code: string | null;
  reject_reason: string | null;
  created_at: Date;
  completed_at: Date | null;
};

export type EcnyOperatorMockOptions = {
  /** 14-character code of this operator (receiver of the institution's messages). */
  code?: string;
  /** First 6 characters of its wallet ids. */
  walletIdPrefix?: string;
  /** Where 909 notices go. */
  notifyUrl?: string;
  notifySecret?: string;
  limits?: LimitTable;
  now?: () => Date;
};

const CODE = /^[A-Z0-9]{14}$/;
const MSG_ID = /^[A-Za-z0-9]{37}$/;
const TRADE = /^[A-Za-z0-9_-]{1,64}$/;

class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const tradeView = (t: Trade) => ({
  trade_no: t.trade_no,
  orig_msg_tp: t.msg_tp,
  wallet_id: t.wallet_id,
  merchant_no: t.merchant_no,
  amount_fen: t.amount_fen,
  status: t.status,
  reject_code: t.reject_code,
  reject_reason: t.reject_reason,
  completed_at: t.completed_at?.toISOString() ?? null,
});

/** 711: counts and amounts per message type and final state of one CST day. */
function recon(trades: Map<string, Trade>, code: string, day: string) {
  const rows = [...trades.values()].filter((t) => t.completed_at && cstDay(t.completed_at) === day);
  const sum = (tp: string, st: string) => {
    const r = rows.filter((t) => t.msg_tp === tp && t.status === st);
    return { count: r.length, amount_fen: r.reduce((s, t) => s + t.amount_fen, 0) };
  };
  return {
    bill_date: day,
    batch_id: `${day}${code.slice(-5)}`,
    'dcep.225': { SUCCESS: sum('dcep.225', 'SUCCESS'), FAILED: sum('dcep.225', 'FAILED') },
    'dcep.221': { SUCCESS: sum('dcep.221', 'SUCCESS'), FAILED: sum('dcep.221', 'FAILED') },
  };
}

export const signOperatorNotice = (secret: string, raw: string) =>
  createHmac('sha256', secret).update(raw).digest('hex');

export function createEcnyOperatorMock(opts: EcnyOperatorMockOptions = {}) {
  const code = opts.code ?? 'C1010211000012';
  const prefix = opts.walletIdPrefix ?? '002250';
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const now = opts.now ?? (() => new Date());
  const secret = opts.notifySecret ?? 'ecny-operator-secret';
  let notifyUrl = opts.notifyUrl;
  let faults: OperatorFaults = {
    ...noFaults(),
    duplicate_finals: 0,
    final_delay_ms: 0,
    reject_code: null,
    faults_msg_tp: null,
  };
  const wallets = new Map<string, OperatorWallet>();
  const subWallets = new Map<string, OperatorSubWallet>();
  /** What each merchant received from sub-wallets, by merchant_no. */
  const merchantReceipts = new Map<string, number>();
  const trades = new Map<string, Trade>();
  const seen = new Map<string, { status: number; body: unknown }>();
  const notices: { msg_id: string; trade_no: string; status: string; delivered: boolean }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let seq = 0;

  const msgId = () =>
    `${cstDay(now())}${String(now().getTime() % 1e6).padStart(6, '0')}${code}${randomBytes(5).toString('hex').slice(0, 9)}`;

  function need(b: Record<string, unknown>, key: string, re?: RegExp): string {
    const v = b[key];
    if (typeof v !== 'string' || !v || (re && !re.test(v)))
      throw new Refused('INVALID_FIELD', `${key} 缺失或格式错误`);
    return v;
  }
  function fen(b: Record<string, unknown>): number {
    const v = b.amount_fen;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0)
      throw new Refused('INVALID_FIELD', 'amount_fen 必须是正整数（分）');
    return v;
  }
  function wallet(id: string): OperatorWallet {
    const w = wallets.get(id);
    if (!w) throw new Refused('WALLET_NOT_FOUND', '钱包不存在');
    return w;
  }
  const view = (w: OperatorWallet) => ({
    ...w,
    wallet_id_masked: maskWalletId(w.wallet_id),
    limits: w.wallet_type === 'WT09' ? null : limits[w.wallet_level],
  });

  function subWallet(id: string): OperatorSubWallet {
    const w = subWallets.get(id);
    if (!w) throw new Refused('WALLET_NOT_FOUND', '子钱包不存在');
    return w;
  }

  /** Why a sub-wallet trade cannot be booked (null: it can). */
  function subRefusal(t: Trade): [string, string] | null {
    const sub = subWallets.get(t.wallet_id);
    if (!sub) return ['WALLET_NOT_FOUND', '子钱包不存在'];
    if (sub.status !== 'open') return ['WALLET_NOT_USABLE', '子钱包已关闭'];
    const parent = wallets.get(sub.parent_wallet_id);
    if (t.msg_tp === 'ecny.subwallet.fund') {
      if (!parent || parent.status !== 'normal') return ['WALLET_NOT_USABLE', '母钱包已冻结或注销'];
      if (parent.balance_fen < t.amount_fen) return ['INSUFFICIENT_BALANCE', '母钱包余额不足'];
      if (sub.balance_fen + t.amount_fen > sub.balance_cap_fen)
        return ['LIMIT_BALANCE_EXCEEDED', '超出子钱包余额上限'];
    }
    if (t.msg_tp === 'ecny.subwallet.pay') {
      if (t.merchant_no !== sub.merchant_no) return ['MERCHANT_NOT_ALLOWED', '该子钱包不能在此商户支付'];
      if (t.amount_fen > sub.per_payment_fen) return ['LIMIT_PER_PAYMENT_EXCEEDED', '超出子钱包单笔支付限额'];
      if (sub.balance_fen < t.amount_fen) return ['INSUFFICIENT_BALANCE', '子钱包余额不足'];
    }
    if (t.msg_tp === 'ecny.subwallet.close') {
      if (!parent) return ['WALLET_NOT_FOUND', '母钱包不存在'];
      if (sub.balance_fen !== t.amount_fen) return ['BALANCE_MISMATCH', '子钱包余额与关闭金额不符'];
    }
    return null;
  }

  function applySub(t: Trade) {
    const sub = subWallets.get(t.wallet_id)!;
    const parent = wallets.get(sub.parent_wallet_id)!;
    if (t.msg_tp === 'ecny.subwallet.fund') {
      parent.balance_fen -= t.amount_fen;
      sub.balance_fen += t.amount_fen;
    } else if (t.msg_tp === 'ecny.subwallet.pay') {
      sub.balance_fen -= t.amount_fen;
      merchantReceipts.set(sub.merchant_no, (merchantReceipts.get(sub.merchant_no) ?? 0) + t.amount_fen);
    } else {
      parent.balance_fen += sub.balance_fen;
      sub.balance_fen = 0;
      sub.status = 'closed';
    }
  }

  /** Why an exchange cannot be booked (null: it can). */
  function refusal(t: Trade, protocolNo: string): [string, string] | null {
    if (faults.reject_code) return [faults.reject_code, '运营机构拒绝（注入）'];
    if (SUB_TRADES.includes(t.msg_tp)) return subRefusal(t);
    const w = wallets.get(t.wallet_id);
    if (!w) return ['WALLET_NOT_FOUND', '钱包不存在'];
    if (w.status !== 'normal') return ['WALLET_NOT_USABLE', '钱包已冻结或注销'];
    if (!w.protocol_no || w.protocol_no !== protocolNo) return ['ACCOUNT_NOT_LINKED', '钱包未挂接该银行账户'];
    if (t.msg_tp === 'dcep.221' && w.balance_fen < t.amount_fen)
      return ['INSUFFICIENT_BALANCE', '钱包余额不足'];
    const cap = w.wallet_type === 'WT09' ? null : limits[w.wallet_level].balance_fen;
    if (t.msg_tp === 'dcep.225' && cap !== null && w.balance_fen + t.amount_fen > cap)
      return ['LIMIT_BALANCE_EXCEEDED', '超出钱包余额上限'];
    return null;
  }

  function settle(t: Trade, protocolNo: string) {
    const why = refusal(t, protocolNo);
    t.completed_at = now();
    if (why) {
      [t.reject_code, t.reject_reason] = why;
      t.status = 'FAILED';
    } else {
      if (SUB_TRADES.includes(t.msg_tp)) applySub(t);
      else {
        const w = wallets.get(t.wallet_id)!;
        w.balance_fen += t.msg_tp === 'dcep.225' ? t.amount_fen : -t.amount_fen;
      }
      t.status = 'SUCCESS';
    }
    notifyFinal(t);
  }

  async function deliver(raw: string, attempt = 0): Promise<boolean> {
    if (!notifyUrl) return false;
    try {
      const res = await fetch(notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signOperatorNotice(secret, raw) },
        body: raw,
        signal: AbortSignal.timeout(3000),
      });
      await res.body?.cancel();
      if (res.ok) return true;
    } catch {
      /* retried below */
    }
    if (attempt >= 3) return false;
    await new Promise<void>((r) => {
      const t = setTimeout(() => (timers.delete(t), r()), 200 * 2 ** attempt);
      timers.add(t);
    });
    return deliver(raw, attempt + 1);
  }

  function notifyFinal(t: Trade) {
    const id = msgId();
    const raw = JSON.stringify({
      head: {
        version: '01',
        msg_tp: 'dcep.909',
        msg_id: id,
        sender: code,
        receiver: '',
        send_time: now().toISOString(),
      },
      body: tradeView(t),
    });
    const rec = { msg_id: id, trade_no: t.trade_no, status: t.status, delivered: false };
    notices.push(rec);
    void deliver(raw).then((ok) => {
      rec.delivered = ok;
      if (ok && Math.random() < faults.duplicate_finals) void deliver(raw);
    });
  }

  function exchange(tp: TradeType, b: Record<string, unknown>) {
    const trade_no = need(b, 'trade_no', TRADE);
    const wallet_id = need(b, 'wallet_id');
    // A close carries the balance it returns, which may be nothing.
    const amount_fen = tp === 'ecny.subwallet.close' && b.amount_fen === 0 ? 0 : fen(b);
    const protocolNo = SUB_TRADES.includes(tp) ? '' : need(b, 'protocol_no');
    const merchant_no = tp === 'ecny.subwallet.pay' ? need(b, 'merchant_no') : null;
    const old = trades.get(trade_no);
    if (old) {
      if (
        old.msg_tp !== tp ||
        old.wallet_id !== wallet_id ||
        old.amount_fen !== amount_fen ||
        old.merchant_no !== merchant_no
      )
        throw new Refused('TRADE_CONFLICT', '交易号已用于另一笔交易');
      return tradeView(old);
    }
    const t: Trade = {
      trade_no,
      msg_tp: tp,
      wallet_id,
      merchant_no,
      amount_fen,
      status: 'PROCESSING',
      reject_code: null,
      reject_reason: null,
      created_at: now(),
      completed_at: null,
    };
    trades.set(trade_no, t);
    if (faults.final_delay_ms > 0) {
      const timer = setTimeout(() => (timers.delete(timer), settle(t, protocolNo)), faults.final_delay_ms);
      timers.add(timer);
    } else settle(t, protocolNo);
    return tradeView(t);
  }

  const handlers: Record<string, (b: Record<string, unknown>, sender: string) => unknown> = {
    'ecny.wallet.open': (b, sender) => {
      const type = b.wallet_type === 'WT09' ? 'WT09' : 'WT01';
      const level = (type === 'WT09' ? 'WL01' : b.wallet_level) as WalletLevel;
      if (!['WL01', 'WL02', 'WL03', 'WL04'].includes(level))
        throw new Refused('INVALID_FIELD', 'wallet_level');
      const wallet_id = `${prefix}${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq % 1e4).padStart(4, '0')}`;
      const w: OperatorWallet = {
        wallet_id,
        wallet_type: type,
        wallet_level: level,
        name: need(b, 'name'),
        holder_id: `${sender}:${need(b, 'holder_id')}`,
        status: 'normal',
        balance_fen: 0,
        protocol_no: null,
        account_no: null,
      };
      wallets.set(wallet_id, w);
      return view(w);
    },
    'ecny.wallet.query': (b) => view(wallet(need(b, 'wallet_id'))),
    'ecny.wallet.status': (b) => {
      const w = wallet(need(b, 'wallet_id'));
      const action = need(b, 'action');
      if (w.status === 'closed') throw new Refused('WALLET_CLOSED', '钱包已注销');
      if (action === 'freeze') w.status = 'frozen';
      else if (action === 'unfreeze') w.status = 'normal';
      else if (action === 'close') {
        if (w.balance_fen !== 0) throw new Refused('BALANCE_NOT_ZERO', '钱包尚有余额，请先兑回');
        if ([...subWallets.values()].some((s) => s.parent_wallet_id === w.wallet_id && s.status === 'open'))
          throw new Refused('SUB_WALLETS_OPEN', '钱包尚有未关闭的子钱包');
        w.status = 'closed';
      } else throw new Refused('INVALID_FIELD', 'action');
      return view(w);
    },
    'ecny.subwallet.push': (b) => {
      const parent = wallet(need(b, 'parent_wallet_id'));
      if (parent.status !== 'normal' || parent.wallet_type !== 'WT01')
        throw new Refused('WALLET_NOT_USABLE', '母钱包不可用（须为正常状态的个人钱包）');
      const cap = b.balance_cap_fen;
      const per = b.per_payment_fen;
      if (
        !Number.isSafeInteger(cap) ||
        !Number.isSafeInteger(per) ||
        (per as number) <= 0 ||
        (cap as number) < (per as number)
      )
        throw new Refused('INVALID_FIELD', 'balance_cap_fen / per_payment_fen');
      const wallet_id = `${prefix}${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq % 1e4).padStart(4, '0')}`;
      const sub: OperatorSubWallet = {
        wallet_id,
        parent_wallet_id: parent.wallet_id,
        merchant_no: need(b, 'merchant_no'),
        name: need(b, 'name'),
        balance_cap_fen: cap as number,
        per_payment_fen: per as number,
        status: 'open',
        balance_fen: 0,
      };
      subWallets.set(wallet_id, sub);
      return { ...sub, wallet_id_masked: maskWalletId(wallet_id) };
    },
    'ecny.subwallet.query': (b) => {
      const sub = subWallet(need(b, 'wallet_id'));
      return { ...sub, wallet_id_masked: maskWalletId(sub.wallet_id) };
    },
    'ecny.subwallet.fund': (b) => exchange('ecny.subwallet.fund', b),
    'ecny.subwallet.pay': (b) => exchange('ecny.subwallet.pay', b),
    'ecny.subwallet.close': (b) => exchange('ecny.subwallet.close', b),
    'dcep.433': (b) => {
      const w = wallet(need(b, 'wallet_id'));
      if (b.action === 'cancel') {
        w.protocol_no = null;
        w.account_no = null;
        return { wallet_id: w.wallet_id, status: 'cancelled' };
      }
      w.account_no = need(b, 'account_no', /^\d{8,32}$/);
      w.protocol_no = `P${code.slice(-6)}${Date.now().toString(36).toUpperCase()}${String(++seq).padStart(6, '0')}`;
      return { wallet_id: w.wallet_id, protocol_no: w.protocol_no, status: 'signed' };
    },
    'dcep.225': (b) => exchange('dcep.225', b),
    'dcep.221': (b) => exchange('dcep.221', b),
    'dcep.411': (b) => {
      const t = trades.get(need(b, 'trade_no', TRADE));
      return t ? tradeView(t) : { trade_no: b.trade_no, status: 'NOT_FOUND' };
    },
    'dcep.711': (b) => recon(trades, code, need(b, 'bill_date', /^\d{8}$/)),
    'dcep.713': (b) => {
      const r = recon(trades, code, need(b, 'bill_date', /^\d{8}$/));
      const out = r['dcep.225'].SUCCESS.amount_fen;
      const back = r['dcep.221'].SUCCESS.amount_fen;
      return { bill_date: r.bill_date, debit_fen: out, credit_fen: back, net_fen: out - back };
    },
  };
  const RESPONSE: Record<string, string> = {
    'dcep.225': 'dcep.226',
    'dcep.221': 'dcep.222',
    'dcep.411': 'dcep.412',
    'dcep.433': 'dcep.434',
    'dcep.711': 'dcep.712',
    'dcep.713': 'dcep.714',
  };

  function handle(env: Record<string, unknown>): { status: number; body: unknown } {
    const head = (env.head ?? {}) as Record<string, unknown>;
    const body = (env.body ?? {}) as Record<string, unknown>;
    const id = String(head.msg_id ?? '');
    if (head.version !== '01' || !MSG_ID.test(id) || !CODE.test(String(head.sender ?? '')))
      return { status: 400, body: { code: 'dcep.911', message: '报文头格式错误，已丢弃' } };
    if (head.receiver !== code) return { status: 400, body: { code: 'dcep.911', message: '接收机构不符' } };
    const seenReply = seen.get(id);
    if (seenReply) return seenReply;
    const fn = handlers[String(head.msg_tp)];
    let reply: { status: number; body: unknown };
    if (!fn)
      reply = { status: 400, body: { code: 'dcep.911', message: `不支持的报文类型 ${String(head.msg_tp)}` } };
    else {
      try {
        const out = fn(body, String(head.sender));
        const tp = RESPONSE[String(head.msg_tp)] ?? `${String(head.msg_tp)}.resp`;
        reply = {
          status: 200,
          body: {
            head: {
              version: '01',
              msg_tp: tp,
              msg_id: msgId(),
              ref_msg_id: id,
              sender: code,
              receiver: head.sender,
            },
            body: out,
          },
        };
      } catch (e) {
        if (!(e instanceof Refused)) throw e;
        reply = { status: 422, body: { code: e.code, message: e.message } };
      }
    }
    seen.set(id, reply);
    return reply;
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      if (url.pathname === '/__mock/faults' && req.method === 'POST') {
        faults = { ...faults, ...((await readJson(req)) as Partial<OperatorFaults>) };
        return sendJson(res, 200, faults);
      }
      if (url.pathname.startsWith('/__mock/wallets/') && req.method === 'GET') {
        const w = wallets.get(decodeURIComponent(url.pathname.slice('/__mock/wallets/'.length)));
        return w ? sendJson(res, 200, view(w)) : sendJson(res, 404, { code: 'WALLET_NOT_FOUND' });
      }
      if (url.pathname !== '/dcep/messages' || req.method !== 'POST')
        return sendJson(res, 404, { code: 'NOT_FOUND', message: 'not found' });
      const env = (await readJson(req)) as Record<string, unknown>;
      const tp = (env?.head as Record<string, unknown> | undefined)?.msg_tp;
      const targeted = !faults.faults_msg_tp || faults.faults_msg_tp === tp;
      if (targeted && (await applyFaults(req, res, faults))) return;
      const hangs = targeted && hangsAfterCommit(req, faults);
      const reply = handle(env && typeof env === 'object' ? env : {});
      if (hangs) return; // committed; the institution never hears the answer
      sendJson(res, reply.status, reply.body);
    } catch {
      sendJson(res, 400, { code: 'dcep.911', message: '报文不是 JSON，已丢弃' });
    }
  });
  server.on('close', () => {
    for (const t of timers) clearTimeout(t);
  });

  return {
    code,
    server,
    wallets,
    subWallets,
    merchantReceipts,
    trades,
    notices,
    setFaults(f: Partial<OperatorFaults>) {
      faults = {
        ...noFaults(),
        duplicate_finals: 0,
        final_delay_ms: 0,
        reject_code: null,
        faults_msg_tp: null,
        ...f,
      };
    },
    setNotifyUrl(url: string | undefined) {
      notifyUrl = url;
    },
    listen: (port?: number): Promise<RunningMock> => listen(server, port),
  };
}

export type EcnyOperatorMock = ReturnType<typeof createEcnyOperatorMock>;
