import http from 'node:http';
import { createHmac } from 'node:crypto';
import { hasBearerToken } from '../shared/auth';
import { applyFaults, hangsAfterCommit, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';
import { chainHash, GENESIS, verifyChain, type ChainEntry, type ChainEvent } from './chain';

// The operating institution's smart-contract ledger for prepaid funds (元管家-style, SPECS.md §A4), as
// a real HTTP server. One contract wallet per consumer and contract: `lock` funds it (定向留存),
// `release` pays one consumption to the merchant (定向支付), `refund` pays the consumer back,
// `freeze`/`unfreeze` are the regulator's. Every instruction has its own id and is idempotent (the
// same id and body answer the first answer; another body is 409). A valid instruction the contract
// cannot carry out (frozen, not enough locked) is recorded FAILED — a final answer, like a bank's.
// Every state change is appended to a hash-chained log (chain.ts) anyone can verify, and each final
// instruction is pushed, HMAC-SHA256-signed, to the notify URL.

export type EscrowFaults = Faults & {
  /** Probability that a notification is delivered a second time. */
  duplicate_notifications: number;
  /** Notifications are sent this much later (0: right after the answer). */
  notify_delay_ms: number;
  /**
   * Instruction types the escrow refuses outright, with the error code it answers (e.g. `{ lock:
   * 'RISK_CONTROL_REJECTED' }`): recorded FAILED, a final answer, and nothing moves.
   */
  refuse: Partial<Record<InstructionType, string>>;
};

type InstructionType = 'lock' | 'release' | 'refund' | 'freeze' | 'unfreeze';

export type EscrowInstruction = {
  instruction_id: string;
  type: InstructionType;
  contract_id: string;
  amount_fen: number;
  status: 'SUCCESS' | 'FAILED';
  error_code: string | null;
  completed_at: string;
  log_seq: number | null;
  request: string;
};

export type ContractWallet = {
  contract_id: string;
  consumer_wallet_id: string;
  merchant_id: string;
  funded_fen: number;
  locked_fen: number;
  released_fen: number;
  refunded_fen: number;
  frozen: boolean;
};

export type EscrowMockOptions = {
  apiToken?: string;
  notifyUrl?: string;
  notifySecret?: string;
  now?: () => Date;
};

export const ESCROW_DEFAULT_TOKEN = 'escrow-mock-token';
export const ESCROW_DEFAULT_SECRET = 'escrow-notify-secret';
export const signEscrowNotice = (secret: string, raw: string) =>
  createHmac('sha256', secret).update(raw).digest('hex');

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TYPES: InstructionType[] = ['lock', 'release', 'refund', 'freeze', 'unfreeze'];

class Invalid extends Error {}

function parseInstruction(b: Record<string, unknown>) {
  const str = (k: string, required = true) => {
    const v = b[k];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !ID.test(v)) throw new Invalid(`${k} 缺失或格式错误`);
    return v;
  };
  const type = b.type as InstructionType;
  if (!TYPES.includes(type)) throw new Invalid('type 必须是 lock/release/refund/freeze/unfreeze');
  const moves = type === 'lock' || type === 'release' || type === 'refund';
  const amount = b.amount_fen ?? 0;
  if (!Number.isSafeInteger(amount) || (amount as number) < (moves ? 1 : 0))
    throw new Invalid('amount_fen 必须是正整数（分）');
  return {
    instruction_id: str('instruction_id')!,
    type,
    contract_id: str('contract_id')!,
    amount_fen: moves ? (amount as number) : 0,
    consumer_wallet_id: type === 'lock' ? str('consumer_wallet_id') : undefined,
    merchant_id: type === 'lock' ? str('merchant_id') : undefined,
    write_off_seq: b.write_off_seq === undefined ? undefined : Number(b.write_off_seq),
  };
}
type Parsed = ReturnType<typeof parseInstruction>;

export function createEscrowMock(opts: EscrowMockOptions = {}) {
  const apiToken = opts.apiToken ?? ESCROW_DEFAULT_TOKEN;
  const secret = opts.notifySecret ?? ESCROW_DEFAULT_SECRET;
  const now = opts.now ?? (() => new Date());
  let notifyUrl = opts.notifyUrl;
  const noEscrowFaults = (): EscrowFaults => ({
    ...noFaults(),
    duplicate_notifications: 0,
    notify_delay_ms: 0,
    refuse: {},
  });
  let faults = noEscrowFaults();
  const contracts = new Map<string, ContractWallet>();
  const instructions = new Map<string, EscrowInstruction>();
  /** What each consumer wallet got back through refunds (the operator credits the wallet). */
  const walletCredits = new Map<string, number>();
  const merchantCredits = new Map<string, number>();
  const log: ChainEntry[] = [];
  const notices: { instruction_id: string; delivered: boolean }[] = [];
  const timers = new Set<NodeJS.Timeout>();

  function append(type: string, fields: Record<string, unknown>): number {
    const event: ChainEvent = { seq: log.length, type, at: now().toISOString(), ...fields };
    const prev = log.length ? log[log.length - 1].hash : GENESIS;
    log.push({ event, hash: chainHash(prev, event) });
    return event.seq;
  }

  /** Carries out a new instruction: the contract's new state, or the reason it cannot. */
  function execute(p: Parsed): { error: string | null; seq: number | null } {
    let c = contracts.get(p.contract_id);
    if (p.type === 'lock') {
      if (c && (c.consumer_wallet_id !== p.consumer_wallet_id || c.merchant_id !== p.merchant_id))
        return { error: 'CONTRACT_MISMATCH', seq: null };
      c ??= {
        contract_id: p.contract_id,
        consumer_wallet_id: p.consumer_wallet_id!,
        merchant_id: p.merchant_id!,
        funded_fen: 0,
        locked_fen: 0,
        released_fen: 0,
        refunded_fen: 0,
        frozen: false,
      };
      contracts.set(c.contract_id, c);
      c.funded_fen += p.amount_fen;
      c.locked_fen += p.amount_fen;
    } else {
      if (!c) return { error: 'CONTRACT_UNKNOWN', seq: null };
      const err = applyToContract(c, p);
      if (err) return { error: err, seq: null };
    }
    const seq = append(p.type, {
      instruction_id: p.instruction_id,
      contract_id: p.contract_id,
      amount_fen: p.amount_fen,
      locked_fen: c.locked_fen,
      ...(p.write_off_seq !== undefined ? { write_off_seq: p.write_off_seq } : {}),
    });
    return { error: null, seq };
  }

  function applyToContract(c: ContractWallet, p: Parsed): string | null {
    if (p.type === 'freeze') return c.frozen ? null : ((c.frozen = true), null);
    if (p.type === 'unfreeze') return ((c.frozen = false), null);
    if (p.amount_fen > c.locked_fen) return 'INSUFFICIENT_LOCKED';
    if (p.type === 'release') {
      // A frozen contract pays nobody but its consumer.
      if (c.frozen) return 'CONTRACT_FROZEN';
      c.locked_fen -= p.amount_fen;
      c.released_fen += p.amount_fen;
      merchantCredits.set(c.merchant_id, (merchantCredits.get(c.merchant_id) ?? 0) + p.amount_fen);
      return null;
    }
    c.locked_fen -= p.amount_fen;
    c.refunded_fen += p.amount_fen;
    walletCredits.set(c.consumer_wallet_id, (walletCredits.get(c.consumer_wallet_id) ?? 0) + p.amount_fen);
    return null;
  }

  const view = (i: EscrowInstruction) => {
    const { request: _request, ...rest } = i;
    return rest;
  };

  async function deliver(i: EscrowInstruction) {
    if (!notifyUrl) return;
    const raw = JSON.stringify(view(i));
    const notice = { instruction_id: i.instruction_id, delivered: false };
    notices.push(notice);
    try {
      const res = await fetch(notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-escrow-signature': signEscrowNotice(secret, raw) },
        body: raw,
        signal: AbortSignal.timeout(5000),
      });
      notice.delivered = res.ok;
      await res.body?.cancel();
    } catch {
      /* the platform queries what it did not hear about */
    }
  }

  function notify(i: EscrowInstruction) {
    const times = Math.random() < faults.duplicate_notifications ? 2 : 1;
    for (let k = 0; k < times; k++) {
      const t = setTimeout(
        () => {
          timers.delete(t);
          void deliver(i);
        },
        faults.notify_delay_ms + k * 5,
      );
      timers.add(t);
    }
  }

  function submit(b: Record<string, unknown>): { status: number; body: unknown } {
    const p = parseInstruction(b);
    const request = JSON.stringify({ ...p, instruction_id: undefined });
    const prior = instructions.get(p.instruction_id);
    if (prior) {
      if (prior.request !== request)
        return { status: 409, body: { code: 'INSTRUCTION_CONFLICT', message: '指令号已用于另一条指令' } };
      return { status: 200, body: view(prior) };
    }
    const injected = faults.refuse[p.type];
    const { error, seq } = injected ? { error: injected, seq: null } : execute(p);
    const i: EscrowInstruction = {
      instruction_id: p.instruction_id,
      type: p.type,
      contract_id: p.contract_id,
      amount_fen: p.amount_fen,
      status: error ? 'FAILED' : 'SUCCESS',
      error_code: error,
      completed_at: now().toISOString(),
      log_seq: seq,
      request,
    };
    instructions.set(i.instruction_id, i);
    notify(i);
    return { status: 200, body: view(i) };
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const get = req.method === 'GET';
    if (url.pathname === '/v1/instructions' && req.method === 'POST') {
      let out: { status: number; body: unknown };
      try {
        out = submit((await readJson(req)) as Record<string, unknown>);
      } catch (err) {
        const message = err instanceof Invalid ? err.message : '请求体不是合法 JSON';
        return sendJson(res, 400, { code: 'INVALID_REQUEST', message });
      }
      if (hangsAfterCommit(req, faults)) return; // committed, never answered
      return sendJson(res, out.status, out.body);
    }
    const m = /^\/v1\/(instructions|contracts)\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
    if (m && get) {
      const found = m[1] === 'instructions' ? instructions.get(m[2]) : contracts.get(m[2]);
      if (!found) return sendJson(res, 404, { code: 'NOT_FOUND', message: '不存在' });
      return sendJson(res, 200, m[1] === 'instructions' ? view(found as EscrowInstruction) : found);
    }
    if (url.pathname === '/v1/log' && get) {
      const from = Math.max(0, Number(url.searchParams.get('from') ?? 0) || 0);
      const limit = Math.min(10_000, Math.max(1, Number(url.searchParams.get('limit') ?? 1000) || 1000));
      const head = log.length ? log[log.length - 1].hash : GENESIS;
      return sendJson(res, 200, { length: log.length, head, entries: log.slice(from, from + limit) });
    }
    sendJson(res, 404, { code: 'NOT_FOUND', message: 'no such endpoint' });
  }

  async function mockRoute(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (url.pathname === '/__mock/faults' && req.method === 'POST') {
      faults = { ...faults, ...((await readJson(req)) as Partial<EscrowFaults>) };
      return sendJson(res, 200, faults);
    }
    if (url.pathname === '/__mock/tamper' && req.method === 'POST') {
      // Rewrites one logged event in place (its hash left as it was): what verification must catch.
      const b = (await readJson(req)) as { seq: number; field: string; value: unknown };
      const e = log[b.seq];
      if (!e) return sendJson(res, 404, { code: 'NOT_FOUND', message: 'no such entry' });
      e.event = { ...e.event, [b.field]: b.value };
      return sendJson(res, 200, e);
    }
    if (url.pathname === '/__mock/state' && req.method === 'GET')
      return sendJson(res, 200, {
        contracts: [...contracts.values()],
        instructions: instructions.size,
        log_length: log.length,
        chain: verifyChain(log),
        notices: notices.length,
        wallet_credits: Object.fromEntries(walletCredits),
        merchant_credits: Object.fromEntries(merchantCredits),
      });
    sendJson(res, 404, { code: 'NOT_FOUND', message: 'no such endpoint' });
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://escrow');
    try {
      if (url.pathname.startsWith('/__mock/')) return await mockRoute(req, res, url);
      if (!hasBearerToken(req, apiToken))
        return sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'bad api token' });
      if (await applyFaults(req, res, faults)) return;
      await route(req, res, url);
    } catch {
      if (!res.headersSent) sendJson(res, 500, { code: 'INTERNAL', message: 'escrow simulator error' });
    }
  });

  return {
    contracts,
    instructions,
    log,
    notices,
    walletCredits,
    merchantCredits,
    setNotifyUrl(u: string) {
      notifyUrl = u;
    },
    setFaults(f: Partial<EscrowFaults>) {
      faults = { ...faults, ...f };
    },
    resetFaults() {
      faults = noEscrowFaults();
    },
    verify: () => verifyChain(log),
    listen: async (port = 0, host = '127.0.0.1'): Promise<RunningMock> => {
      const running = await listen(server, port, host);
      return {
        ...running,
        close: async () => {
          for (const t of timers) clearTimeout(t);
          await running.close();
        },
      };
    },
  };
}

export type EscrowMock = ReturnType<typeof createEscrowMock>;
