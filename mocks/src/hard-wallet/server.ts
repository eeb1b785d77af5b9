import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { hasBearerToken } from '../shared/auth';
import { applyFaults, hangsAfterCommit, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';
import { cardKey, mac1, mac2, offlineTac, onlineTac, sameMac, type OfflineRecord } from './chip';

// The operator's hard-wallet back end and the cards themselves (someone else's system: it shares no
// code with the platform). A chip has a balance, an online transaction counter (loads/unloads) and
// an offline counter (offline spends), a per-card key and offline caps written at personalisation.
//
//   POST /v1/batches            produce chips for a number range (key version, caps)
//   GET  /v1/cards/:no          read the chip (balance, counters, its online log): the "next read"
//   POST /v1/cards/:no/init     INITIALIZE FOR LOAD/UNLOAD → balance, counters, random, MAC1
//   POST /v1/orders             CREDIT FOR LOAD / DEBIT FOR UNLOAD with MAC2 → TAC (key: out_trade_no);
//                               also `refund` (a lost card's confirmed balance to its soft wallet, no
//                               chip) and `transfer` (a replaced card's balance onto the new chip)
//                               and `counter_load` (柜面圈存 at a bank branch: the chip is credited
//                               from cash taken at the counter or from the holder's deposit account)
//   GET  /v1/soft-wallets/:id   a soft wallet's owner (real-name), 404: no such wallet
//   GET  /v1/deposit-accounts/:no  a holder's deposit account at the bank (owner, balance)
//   GET  /v1/orders/:no         the order as the back end has it (404: never received)
//   POST /v1/cards/:no/status   active | blocked | void (the back end's own blacklist)
// Test hooks: /__mock/soft-wallets, /__mock/cards/:no/tap (an offline spend at a terminal, signed by
// the chip), /__mock/cards/:no/tamper, /__mock/faults; X-Mock-Fault per request
// (`timeout-after-commit` on /v1/orders: the load lands on the chip and the answer is lost).

export type ChipCaps = {
  offline_single_max_fen: number;
  offline_count_max: number;
  offline_cum_max_fen: number;
};
type Chip = {
  card_no: string;
  key_version: number;
  key: Buffer;
  balance_fen: number;
  online_counter: number;
  offline_counter: number;
  status: 'active' | 'blocked' | 'void';
  caps: ChipCaps & { balance_max_fen: number };
  /** Offline spends since the last online transaction (the caps count these). */
  offline_since_online: { count: number; sum_fen: number };
  random: string | null;
  log: {
    online_counter: number;
    direction: string;
    amount_fen: number;
    balance_after_fen: number;
    out_trade_no: string;
    tac: string;
  }[];
};
type Order = {
  out_trade_no: string;
  trade_no: string;
  type: string;
  card_no: string;
  amount_fen: number;
  status: 'SUCCESS' | 'FAILED';
  error_code?: string;
  error_message?: string;
  tac: string | null;
  balance_after_fen: number | null;
  online_counter: number | null;
  created_at: string;
  completed_at: string;
};

export type HardWalletMockOptions = { masterKey: string; apiToken: string; now?: () => Date };

export function createHardWalletMock(opts: HardWalletMockOptions) {
  const now = opts.now ?? (() => new Date());
  const chips = new Map<string, Chip>();
  const softWallets = new Map<string, number>();
  /** Whose soft wallet it is (a real-name wallet's owner); unknown for wallets opened without one. */
  const walletOwners = new Map<string, string>();
  const orders = new Map<string, Order>();
  const depositAccounts = new Map<string, { owner_user_id: string; balance_fen: number }>();
  let faults: Faults = noFaults();
  let seq = 0;

  function produce(b: { beg_no: string; end_no: string; key_version: number } & Partial<Chip['caps']>) {
    const width = b.beg_no.length;
    const from = BigInt(b.beg_no);
    const to = BigInt(b.end_no);
    if (to < from || to - from > 100_000n) return 0;
    let made = 0;
    for (let n = from; n <= to; n++) {
      const card_no = n.toString().padStart(width, '0');
      if (chips.has(card_no)) continue;
      chips.set(card_no, {
        card_no,
        key_version: b.key_version,
        key: cardKey(opts.masterKey, card_no, b.key_version),
        balance_fen: 0,
        online_counter: 0,
        offline_counter: 0,
        status: 'active',
        caps: {
          balance_max_fen: b.balance_max_fen ?? 50_000,
          offline_single_max_fen: b.offline_single_max_fen ?? 50_000,
          offline_count_max: b.offline_count_max ?? 10,
          offline_cum_max_fen: b.offline_cum_max_fen ?? 50_000,
        },
        offline_since_online: { count: 0, sum_fen: 0 },
        random: null,
        log: [],
      });
      made++;
    }
    return made;
  }

  const chipView = (c: Chip) => ({
    card_no: c.card_no,
    key_version: c.key_version,
    balance_fen: c.balance_fen,
    online_counter: c.online_counter,
    offline_counter: c.offline_counter,
    status: c.status,
    log: c.log.slice(-20),
  });

  function init(c: Chip, amount_fen: number) {
    c.random = randomBytes(4).toString('hex').toUpperCase();
    const fields = {
      card_no: c.card_no,
      online_counter: c.online_counter,
      balance_fen: c.balance_fen,
      amount_fen,
      random: c.random,
    };
    return {
      ...fields,
      offline_counter: c.offline_counter,
      key_version: c.key_version,
      mac1: mac1(c.key, fields),
    };
  }

  const failed = (b: Record<string, unknown>, code: string, message: string): Order => ({
    out_trade_no: String(b.out_trade_no),
    trade_no: `HW${Date.now()}${++seq}`,
    type: String(b.direction),
    card_no: String(b.card_no),
    amount_fen: Number(b.amount_fen),
    status: 'FAILED',
    error_code: code,
    error_message: message,
    tac: null,
    balance_after_fen: null,
    online_counter: null,
    created_at: now().toISOString(),
    completed_at: now().toISOString(),
  });

  /** Moves value on a chip for an online transaction and writes its log line and TAC. */
  function applyOnChip(c: Chip, direction: string, amount_fen: number, outTradeNo: string) {
    c.balance_fen += direction === 'unload' ? -amount_fen : amount_fen;
    c.online_counter += 1;
    c.offline_since_online = { count: 0, sum_fen: 0 };
    c.random = null;
    const tac = onlineTac(c.key, {
      card_no: c.card_no,
      online_counter: c.online_counter,
      amount_fen,
      balance_after_fen: c.balance_fen,
      direction,
    });
    c.log.push({
      online_counter: c.online_counter,
      direction,
      amount_fen,
      balance_after_fen: c.balance_fen,
      out_trade_no: outTradeNo,
      tac,
    });
    return tac;
  }

  /** The one place an order changes anything; a resend of the same out_trade_no gets the first answer. */
  function execute(b: Record<string, unknown>): Order {
    const direction = String(b.direction);
    const amount_fen = Number(b.amount_fen);
    const c = chips.get(String(b.card_no));
    if (!c) return failed(b, 'CARD_UNKNOWN', 'card not produced');
    if (!Number.isSafeInteger(amount_fen) || amount_fen <= 0) return failed(b, 'AMOUNT_INVALID', 'amount');
    if (direction === 'refund') {
      // A lost card: the chip is gone; the back end voids it and pays the soft wallet.
      const w = String(b.soft_wallet_id ?? '');
      if (!softWallets.has(w)) return failed(b, 'SOFT_WALLET_UNKNOWN', 'soft wallet');
      softWallets.set(w, softWallets.get(w)! + amount_fen);
      c.status = 'void';
      return done(b, c, null);
    }
    if (c.status !== 'active') return failed(b, 'CARD_BLOCKED', `card ${c.status}`);
    if (!c.random || Number(b.online_counter) !== c.online_counter)
      return failed(b, 'COUNTER_MISMATCH', 'the card moved since INITIALIZE');
    const expected = mac2(c.key, {
      card_no: c.card_no,
      online_counter: c.online_counter,
      amount_fen,
      random: c.random,
      direction: direction === 'unload' ? 'unload' : 'load',
    });
    if (!sameMac(String(b.mac2 ?? ''), expected)) return failed(b, 'MAC2_INVALID', 'MAC2 does not verify');
    if (direction === 'counter_load') {
      if (c.balance_fen + amount_fen > c.caps.balance_max_fen)
        return failed(b, 'CARD_BALANCE_LIMIT', 'card balance cap');
      const refusal = takeCounterFunds(b, amount_fen);
      if (refusal) return refusal;
      return done(b, c, applyOnChip(c, 'load', amount_fen, String(b.out_trade_no)));
    }
    if (direction === 'load' || direction === 'transfer') {
      if (c.balance_fen + amount_fen > c.caps.balance_max_fen)
        return failed(b, 'CARD_BALANCE_LIMIT', 'card balance cap');
      if (direction === 'load') {
        const w = String(b.soft_wallet_id ?? '');
        const have = softWallets.get(w);
        if (have === undefined) return failed(b, 'SOFT_WALLET_UNKNOWN', 'soft wallet');
        if (have < amount_fen) return failed(b, 'INSUFFICIENT_BALANCE', 'soft wallet balance');
        softWallets.set(w, have - amount_fen);
      } else {
        const old = chips.get(String(b.from_card_no ?? ''));
        if (!old) return failed(b, 'CARD_UNKNOWN', 'replaced card');
        old.status = 'void';
      }
      return done(b, c, applyOnChip(c, 'load', amount_fen, String(b.out_trade_no)));
    }
    if (direction === 'unload') {
      const w = String(b.soft_wallet_id ?? '');
      if (!softWallets.has(w)) return failed(b, 'SOFT_WALLET_UNKNOWN', 'soft wallet');
      if (c.balance_fen < amount_fen) return failed(b, 'INSUFFICIENT_BALANCE', 'card balance');
      const tac = applyOnChip(c, 'unload', amount_fen, String(b.out_trade_no));
      softWallets.set(w, softWallets.get(w)! + amount_fen);
      return done(b, c, tac);
    }
    return failed(b, 'DIRECTION_INVALID', direction);
  }

  /** A counter load's funds: cash the branch took (nothing to check here) or the holder's deposit account. */
  function takeCounterFunds(b: Record<string, unknown>, amount_fen: number): Order | null {
    if (b.funding === 'cash') return null;
    if (b.funding !== 'deposit') return failed(b, 'FUNDING_INVALID', String(b.funding));
    const a = depositAccounts.get(String(b.deposit_account ?? ''));
    if (!a) return failed(b, 'DEPOSIT_ACCOUNT_UNKNOWN', 'deposit account');
    if (a.owner_user_id !== String(b.holder_user_id ?? ''))
      return failed(b, 'DEPOSIT_ACCOUNT_NOT_HOLDERS', 'deposit account of someone else');
    if (a.balance_fen < amount_fen) return failed(b, 'INSUFFICIENT_BALANCE', 'deposit account balance');
    a.balance_fen -= amount_fen;
    return null;
  }

  function done(b: Record<string, unknown>, c: Chip, tac: string | null): Order {
    const at = now().toISOString();
    return {
      out_trade_no: String(b.out_trade_no),
      trade_no: `HW${Date.now()}${++seq}`,
      type: String(b.direction),
      card_no: c.card_no,
      amount_fen: Number(b.amount_fen),
      status: 'SUCCESS',
      tac,
      balance_after_fen: tac ? c.balance_fen : null,
      online_counter: tac ? c.online_counter : null,
      created_at: at,
      completed_at: at,
    };
  }

  /** An offline spend at a terminal: the chip checks its caps and balance, then signs the record. */
  function tap(c: Chip, b: Record<string, unknown>): { status: number; body: unknown } {
    const amount_fen = Number(b.amount_fen);
    if (c.status !== 'active') return { status: 409, body: { code: 'CARD_BLOCKED', message: c.status } };
    if (!Number.isSafeInteger(amount_fen) || amount_fen <= 0)
      return { status: 400, body: { code: 'AMOUNT_INVALID', message: 'amount' } };
    const since = c.offline_since_online;
    if (
      !b.ignore_caps &&
      (amount_fen > c.caps.offline_single_max_fen ||
        since.count + 1 > c.caps.offline_count_max ||
        since.sum_fen + amount_fen > c.caps.offline_cum_max_fen)
    )
      return { status: 409, body: { code: 'OFFLINE_CAP', message: 'offline caps reached: go online' } };
    if (c.balance_fen < amount_fen)
      return { status: 409, body: { code: 'INSUFFICIENT_BALANCE', message: 'card' } };
    const before = c.balance_fen;
    c.balance_fen -= amount_fen;
    c.offline_counter += 1;
    c.offline_since_online = { count: since.count + 1, sum_fen: since.sum_fen + amount_fen };
    const r: Omit<OfflineRecord, 'tac'> = {
      card_no: c.card_no,
      offline_counter: c.offline_counter,
      online_counter: c.online_counter,
      amount_fen,
      balance_before_fen: before,
      balance_after_fen: c.balance_fen,
      terminal_no: String(b.terminal_no),
      terminal_seq: Number(b.terminal_seq),
      occurred_at: String(b.occurred_at ?? now().toISOString()),
    };
    return { status: 200, body: { ...r, tac: offlineTac(c.key, r) } };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const body = req.method === 'POST' ? ((await readJson(req)) as Record<string, unknown>) : {};
    if (p === '/__mock/faults' && req.method === 'POST') {
      faults = { ...noFaults(), ...(body as Partial<Faults>) };
      return sendJson(res, 200, faults);
    }
    if (p === '/__mock/soft-wallets' && req.method === 'POST') {
      const id = String(body.wallet_id);
      softWallets.set(id, (softWallets.get(id) ?? 0) + Number(body.amount_fen ?? 0));
      if (body.owner_user_id) walletOwners.set(id, String(body.owner_user_id));
      return sendJson(res, 200, { wallet_id: id, balance_fen: softWallets.get(id) });
    }
    let m = /^\/__mock\/soft-wallets\/([^/]+)$/.exec(p);
    if (m) {
      const bal = softWallets.get(decodeURIComponent(m[1]));
      return bal === undefined
        ? sendJson(res, 404, { code: 'NOT_FOUND' })
        : sendJson(res, 200, { balance_fen: bal });
    }
    m = /^\/__mock\/cards\/([^/]+)\/(tap|tamper)$/.exec(p);
    if (m) {
      const c = chips.get(m[1]);
      if (!c) return sendJson(res, 404, { code: 'CARD_UNKNOWN', message: 'card' });
      if (m[2] === 'tamper') {
        c.balance_fen = Number(body.balance_fen);
        return sendJson(res, 200, chipView(c));
      }
      const r = tap(c, body);
      return sendJson(res, r.status, r.body);
    }
    if (!p.startsWith('/v1/')) return sendJson(res, 404, { code: 'NOT_FOUND', message: p });
    if (!hasBearerToken(req, opts.apiToken))
      return sendJson(res, 401, { code: 'UNAUTHORIZED', message: 'token' });
    if (await applyFaults(req, res, faults)) return;
    if (p === '/v1/batches' && req.method === 'POST') {
      const made = produce(body as Parameters<typeof produce>[0]);
      return sendJson(res, 201, { produced: made });
    }
    m = /^\/v1\/cards\/([^/]+)(\/init|\/status)?$/.exec(p);
    if (m) {
      const c = chips.get(decodeURIComponent(m[1]));
      if (!c) return sendJson(res, 404, { code: 'CARD_UNKNOWN', message: 'card' });
      if (m[2] === '/init') {
        if (c.status !== 'active') return sendJson(res, 409, { code: 'CARD_BLOCKED', message: c.status });
        return sendJson(res, 200, init(c, Number(body.amount_fen)));
      }
      if (m[2] === '/status') {
        c.status = body.status === 'void' ? 'void' : body.status === 'blocked' ? 'blocked' : 'active';
        return sendJson(res, 200, chipView(c));
      }
      return sendJson(res, 200, chipView(c));
    }
    m = /^\/v1\/soft-wallets\/([^/]+)$/.exec(p);
    if (m) {
      const id = decodeURIComponent(m[1]);
      return softWallets.has(id)
        ? sendJson(res, 200, { wallet_id: id, owner_user_id: walletOwners.get(id) ?? null })
        : sendJson(res, 404, { code: 'SOFT_WALLET_UNKNOWN', message: 'soft wallet' });
    }
    m = /^\/v1\/deposit-accounts\/([^/]+)$/.exec(p);
    if (m) {
      const no = decodeURIComponent(m[1]);
      const a = depositAccounts.get(no);
      return a
        ? sendJson(res, 200, { account_no: no, owner_user_id: a.owner_user_id, balance_fen: a.balance_fen })
        : sendJson(res, 404, { code: 'DEPOSIT_ACCOUNT_UNKNOWN', message: 'deposit account' });
    }
    if (p === '/v1/orders' && req.method === 'POST') {
      const key = String(body.out_trade_no ?? '');
      if (!key) return sendJson(res, 400, { code: 'OUT_TRADE_NO_REQUIRED', message: 'out_trade_no' });
      const order = orders.get(key) ?? execute(body);
      orders.set(key, order);
      if (hangsAfterCommit(req, faults)) return; // the chip moved; the answer is lost
      return sendJson(res, 200, order);
    }
    m = /^\/v1\/orders\/([^/]+)$/.exec(p);
    if (m) {
      const o = orders.get(decodeURIComponent(m[1]));
      return o
        ? sendJson(res, 200, o)
        : sendJson(res, 404, { code: 'ORDER_NOT_FOUND', message: 'never received' });
    }
    return sendJson(res, 404, { code: 'NOT_FOUND', message: p });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => sendJson(res, 500, { code: 'INTERNAL', message: 'simulator error' }));
  });

  return {
    listen: (port = 0): Promise<RunningMock> => listen(server, port),
    chip: (no: string) => {
      const c = chips.get(no);
      return c ? chipView(c) : null;
    },
    softWallet: (id: string) => softWallets.get(id) ?? null,
    fundSoftWallet: (id: string, amount_fen: number, owner_user_id?: string) => {
      softWallets.set(id, (softWallets.get(id) ?? 0) + amount_fen);
      if (owner_user_id) walletOwners.set(id, owner_user_id);
    },
    /** A holder's deposit account at the bank (a counter load may be paid from it). */
    openDepositAccount: (no: string, owner_user_id: string, balance_fen: number) =>
      void depositAccounts.set(no, { owner_user_id, balance_fen }),
    depositAccount: (no: string) => depositAccounts.get(no)?.balance_fen ?? null,
    /** The holder closed the soft wallet at the operator: orders paying into it fail (SOFT_WALLET_UNKNOWN). */
    closeSoftWallet: (id: string) => softWallets.delete(id),
    setFaults: (f: Partial<Faults>) => void (faults = { ...noFaults(), ...f }),
    /** An offline spend in-process (the terminal simulator uses the HTTP hook). */
    tap: (no: string, b: Record<string, unknown>) => tap(chips.get(no)!, b),
  };
}

export type HardWalletMock = ReturnType<typeof createHardWalletMock>;
