import { randomBytes } from 'node:crypto';
import { BankOutcomeUnknown, BankRefusal } from '../bank-wallet/client';

// Typed client of an operating institution's interconnection messages (SPECS.md §E2; the simulator in
// mocks/src/ecny-operator speaks them). Every message gets a fresh 37-character msg_id; what makes a
// call idempotent is its business key (the exchange's trade_no), so a call whose answer was lost is
// never resent blindly: the caller asks with 411 first (the lifecycle's query), and the operator's
// dcep.909 final state is the truth. Timeouts, 5xx and lost connections are BankOutcomeUnknown;
// refusals are BankRefusal with the operator's code.

export type ExchangeStatus = 'PROCESSING' | 'SUCCESS' | 'FAILED';
export type OperatorTrade = {
  trade_no: string;
  orig_msg_tp:
    'dcep.225' | 'dcep.221' | 'ecny.subwallet.fund' | 'ecny.subwallet.pay' | 'ecny.subwallet.close';
  wallet_id: string;
  merchant_no?: string | null;
  amount_fen: number;
  status: ExchangeStatus;
  reject_code: string | null;
  reject_reason: string | null;
  completed_at: string | null;
};
export type OperatorWallet = {
  wallet_id: string;
  wallet_id_masked: string;
  wallet_type: 'WT01' | 'WT09';
  wallet_level: string;
  status: 'normal' | 'frozen' | 'closed';
  balance_fen: number;
  protocol_no: string | null;
  limits: { balance_fen: number; per_payment_fen: number; daily_fen: number; yearly_fen: number } | null;
};
/** A sub-wallet (子钱包) pushed from a personal wallet to one merchant or app. */
export type OperatorSubWallet = {
  wallet_id: string;
  wallet_id_masked: string;
  parent_wallet_id: string;
  merchant_no: string;
  name: string;
  balance_cap_fen: number;
  per_payment_fen: number;
  status: 'open' | 'closed';
  balance_fen: number;
};
export type SubWalletTradeKind = 'fund' | 'pay' | 'close';
export type SubWalletTrade = {
  trade_no: string;
  wallet_id: string;
  amount_fen: number;
  merchant_no?: string;
};
export type ReconSummary = {
  bill_date: string;
  batch_id: string;
  'dcep.225': Record<'SUCCESS' | 'FAILED', { count: number; amount_fen: number }>;
  'dcep.221': Record<'SUCCESS' | 'FAILED', { count: number; amount_fen: number }>;
};

export type OperatorClientOptions = {
  /** The platform's name for this operator (routing key of wallets). */
  id: string;
  baseUrl: string;
  /** 14-character codes: the operator (receiver) and our institution (sender). */
  operatorCode: string;
  institutionCode: string;
  timeoutMs?: number;
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** yyyyMMddHHmmss (14) + sender code (14) + 9 random: the 37 characters of a DCEP msg_id. */
export function newMsgId(institutionCode: string, at = new Date()): string {
  const c = new Date(at.getTime() + 8 * 3_600_000);
  const stamp = `${c.getUTCFullYear()}${pad(c.getUTCMonth() + 1, 2)}${pad(c.getUTCDate(), 2)}${pad(c.getUTCHours(), 2)}${pad(c.getUTCMinutes(), 2)}${pad(c.getUTCSeconds(), 2)}`;
  return `${stamp}${institutionCode}${randomBytes(8).toString('hex').slice(0, 9)}`;
}

export function createEcnyOperatorClient(opts: OperatorClientOptions) {
  const ctx = makeEcnyOperatorClientContext(opts);
  return {
    id: opts.id,
    operatorCode: opts.operatorCode,
    openWallet: openWallet.bind(null, ctx),
    queryWallet: queryWallet.bind(null, ctx),
    setWalletStatus: setWalletStatus.bind(null, ctx),
    /** 433 银行账户挂接: signs the agreement linking the wallet to a deposit account. */
    linkAccount: linkAccount.bind(null, ctx),
    /** 225 兑出 (deposit → wallet); answered by 226. Key: trade_no. */
    exchangeOut: exchangeOut.bind(null, ctx),
    /** 221 兑回 (wallet → deposit); answered by 222. Key: trade_no. */
    exchangeBack: exchangeBack.bind(null, ctx),
    /** Pushes a sub-wallet of a personal wallet to one merchant/app (its caps with it). */
    pushSubWallet: pushSubWallet.bind(null, ctx),
    querySubWallet: querySubWallet.bind(null, ctx),
    /** A sub-wallet trade (fund from the parent, pay at its merchant, close to the parent). Key: trade_no. */
    subWalletTrade: subWalletTrade.bind(null, ctx),
    /** 411 status query: the trade as the operator has it, or null if it never arrived. */
    query: query.bind(null, ctx),
    /** 711 机构对账汇总: the operator's totals per message type and final state for a CST day. */
    reconSummary: reconSummary.bind(null, ctx),
    /** 713 资金调整汇总: debit/credit totals and the net amount for the day. */
    fundSummary: fundSummary.bind(null, ctx),
  };
}

type EcnyOperatorClientContext = ReturnType<typeof makeEcnyOperatorClientContext>;

/** The state and collaborators that createEcnyOperatorClient's operations share. */
function makeEcnyOperatorClientContext(opts: OperatorClientOptions) {
  const timeoutMs = opts.timeoutMs ?? 5000;
  return { opts, timeoutMs };
}

async function send<T>(
  ctx: EcnyOperatorClientContext,
  msgTp: string,
  body: Record<string, unknown>,
): Promise<T> {
  const { opts, timeoutMs } = ctx;
  const envelope = {
    head: {
      version: '01',
      msg_tp: msgTp,
      msg_id: newMsgId(opts.institutionCode),
      sender: opts.institutionCode,
      receiver: opts.operatorCode,
      send_time: new Date().toISOString(),
    },
    body,
  };
  let res: Response;
  try {
    res = await fetch(`${opts.baseUrl}/dcep/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(envelope),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new BankOutcomeUnknown(msgTp);
  }
  if (res.status >= 500) {
    await res.body?.cancel();
    throw new BankOutcomeUnknown(msgTp);
  }
  const json = (await res.json().catch(() => null)) as {
    code?: string;
    message?: string;
    body?: unknown;
  } | null;
  if (res.status !== 200)
    throw new BankRefusal(json?.code ?? 'UNKNOWN', json?.message ?? `HTTP ${res.status}`, res.status);
  return json!.body as T;
}
function openWallet(
  ctx: EcnyOperatorClientContext,
  w: {
    wallet_type: 'WT01' | 'WT09';
    wallet_level: string;
    name: string;
    holder_id: string;
  },
) {
  return send<OperatorWallet>(ctx, 'ecny.wallet.open', w);
}

function queryWallet(ctx: EcnyOperatorClientContext, wallet_id: string) {
  return send<OperatorWallet>(ctx, 'ecny.wallet.query', { wallet_id });
}

function setWalletStatus(
  ctx: EcnyOperatorClientContext,
  wallet_id: string,
  action: 'freeze' | 'unfreeze' | 'close',
) {
  return send<OperatorWallet>(ctx, 'ecny.wallet.status', { wallet_id, action });
}

/** 433 银行账户挂接: signs the agreement linking the wallet to a deposit account. */
function linkAccount(ctx: EcnyOperatorClientContext, wallet_id: string, account_no: string) {
  return send<{ wallet_id: string; protocol_no: string; status: 'signed' }>(ctx, 'dcep.433', {
    wallet_id,
    account_no,
    action: 'sign',
  });
}

/** 225 兑出 (deposit → wallet); answered by 226. Key: trade_no. */
function exchangeOut(
  ctx: EcnyOperatorClientContext,
  t: { trade_no: string; wallet_id: string; amount_fen: number; protocol_no: string },
) {
  return send<OperatorTrade>(ctx, 'dcep.225', t);
}

/** 221 兑回 (wallet → deposit); answered by 222. Key: trade_no. */
function exchangeBack(
  ctx: EcnyOperatorClientContext,
  t: { trade_no: string; wallet_id: string; amount_fen: number; protocol_no: string },
) {
  return send<OperatorTrade>(ctx, 'dcep.221', t);
}

function pushSubWallet(
  ctx: EcnyOperatorClientContext,
  s: {
    parent_wallet_id: string;
    merchant_no: string;
    name: string;
    balance_cap_fen: number;
    per_payment_fen: number;
  },
) {
  return send<OperatorSubWallet>(ctx, 'ecny.subwallet.push', s);
}

function querySubWallet(ctx: EcnyOperatorClientContext, wallet_id: string) {
  return send<OperatorSubWallet>(ctx, 'ecny.subwallet.query', { wallet_id });
}

function subWalletTrade(ctx: EcnyOperatorClientContext, kind: SubWalletTradeKind, t: SubWalletTrade) {
  return send<OperatorTrade>(ctx, `ecny.subwallet.${kind}`, t);
}

/** 411 status query: the trade as the operator has it, or null if it never arrived. */
async function query(ctx: EcnyOperatorClientContext, trade_no: string): Promise<OperatorTrade | null> {
  const t = await send<OperatorTrade | { status: 'NOT_FOUND' }>(ctx, 'dcep.411', { trade_no });
  return t.status === 'NOT_FOUND' ? null : (t as OperatorTrade);
}

/** 711 机构对账汇总: the operator's totals per message type and final state for a CST day. */
function reconSummary(ctx: EcnyOperatorClientContext, bill_date: string) {
  return send<ReconSummary>(ctx, 'dcep.711', { bill_date });
}

/** 713 资金调整汇总: debit/credit totals and the net amount for the day. */
function fundSummary(ctx: EcnyOperatorClientContext, bill_date: string) {
  return send<{ bill_date: string; debit_fen: number; credit_fen: number; net_fen: number }>(
    ctx,
    'dcep.713',
    {
      bill_date,
    },
  );
}

export type EcnyOperatorClient = ReturnType<typeof createEcnyOperatorClient>;
