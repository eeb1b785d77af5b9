import http from 'node:http';
import { applyFaults, hangsAfterCommit, noFaults, readJson, sendJson, type Faults } from '../shared/faults';
import { listen, type RunningMock } from '../shared/serve';

// A small core-banking system of a 2.5-layer institution (see README.md): deposit accounts, one-debit-
// one-credit postings keyed by the caller's serial (a resend returns the first answer), reversal
// (冲正) of a posting, and freezing an account. Core status codes follow SPECS.md §E2: 1 ok, 0 failed,
// 3 reversed. Internal accounts (the e-CNY clearing account) may go negative; customers' may not.

export type CoreAccount = {
  account_no: string;
  holder_id: string;
  name: string;
  kind: 'customer' | 'internal';
  balance_fen: number;
  status: 'normal' | 'frozen' | 'closed';
};
export type CorePosting = {
  serial: string;
  debit_account: string;
  credit_account: string;
  amount_fen: number;
  core_status: '1' | '0' | '3';
  error_code: string | null;
  reversal_serial: string | null;
  created_at: string;
};

/** The institution's account that e-CNY exchanges clear against (its reserve at the operator). */
export const ECNY_CLEARING_ACCOUNT = '9001000000000001';
/** The institution's interest-expense account: interest paid into e-CNY wallets is debited here. */
export const ECNY_INTEREST_EXPENSE_ACCOUNT = '9001000000000002';

type Reply = { status: number; body: unknown };

export function createCoreBankingMock(opts: { now?: () => Date } = {}) {
  const now = opts.now ?? (() => new Date());
  const accounts = new Map<string, CoreAccount>();
  const postings = new Map<string, CorePosting>();
  const reversals = new Map<string, string>(); // reversal serial → original serial
  let faults: Faults = noFaults();
  let seq = 0;
  accounts.set(ECNY_CLEARING_ACCOUNT, {
    account_no: ECNY_CLEARING_ACCOUNT,
    holder_id: 'institution',
    name: '数字人民币清算户',
    kind: 'internal',
    balance_fen: 0,
    status: 'normal',
  });
  accounts.set(ECNY_INTEREST_EXPENSE_ACCOUNT, {
    account_no: ECNY_INTEREST_EXPENSE_ACCOUNT,
    holder_id: 'institution',
    name: '利息支出',
    kind: 'internal',
    balance_fen: 0,
    status: 'normal',
  });

  function openAccount(a: { holder_id: string; name: string; balance_fen?: number }): CoreAccount {
    const account_no = `6217${String(Date.now() % 1e8).padStart(8, '0')}${String(++seq).padStart(4, '0')}`;
    const acc: CoreAccount = {
      account_no,
      holder_id: a.holder_id,
      name: a.name,
      kind: 'customer',
      balance_fen: a.balance_fen ?? 0,
      status: 'normal',
    };
    accounts.set(account_no, acc);
    return acc;
  }

  function refuse(p: CorePosting, code: string): CorePosting {
    p.core_status = '0';
    p.error_code = code;
    return p;
  }

  function post(b: Record<string, unknown>): Reply {
    const serial = String(b.serial ?? '');
    const amount = b.amount_fen;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(serial) || !Number.isSafeInteger(amount) || (amount as number) <= 0)
      return { status: 400, body: { code: 'INVALID_REQUEST', message: 'serial and a positive amount_fen' } };
    const existing = postings.get(serial);
    if (existing) {
      const same =
        existing.debit_account === b.debit_account &&
        existing.credit_account === b.credit_account &&
        existing.amount_fen === amount;
      return same
        ? { status: 200, body: existing }
        : { status: 409, body: { code: 'SERIAL_CONFLICT', message: 'serial used for another posting' } };
    }
    const p: CorePosting = {
      serial,
      debit_account: String(b.debit_account),
      credit_account: String(b.credit_account),
      amount_fen: amount as number,
      core_status: '1',
      error_code: null,
      reversal_serial: null,
      created_at: now().toISOString(),
    };
    postings.set(serial, p);
    const debit = accounts.get(p.debit_account);
    const credit = accounts.get(p.credit_account);
    if (!debit || !credit) return { status: 200, body: refuse(p, 'ACCOUNT_NOT_FOUND') };
    if (debit.status !== 'normal' || credit.status === 'closed')
      return { status: 200, body: refuse(p, 'ACCOUNT_NOT_USABLE') };
    if (debit.kind === 'customer' && debit.balance_fen < p.amount_fen)
      return { status: 200, body: refuse(p, 'INSUFFICIENT_BALANCE') };
    debit.balance_fen -= p.amount_fen;
    credit.balance_fen += p.amount_fen;
    return { status: 200, body: p };
  }

  function reverse(b: Record<string, unknown>): Reply {
    const serial = String(b.serial ?? '');
    const original = postings.get(String(b.original_serial ?? ''));
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(serial))
      return { status: 400, body: { code: 'INVALID_REQUEST', message: 'serial is malformed' } };
    if (!original) return { status: 404, body: { code: 'POSTING_NOT_FOUND', message: 'no such posting' } };
    const seen = reversals.get(serial);
    if (seen && seen !== original.serial)
      return { status: 409, body: { code: 'SERIAL_CONFLICT', message: 'serial used for another reversal' } };
    if (original.core_status === '1') {
      // A reversal swaps debit and credit; it may take an internal account below zero, never a customer's.
      accounts.get(original.credit_account)!.balance_fen -= original.amount_fen;
      accounts.get(original.debit_account)!.balance_fen += original.amount_fen;
      original.core_status = '3';
      original.reversal_serial = serial;
      reversals.set(serial, original.serial);
    }
    return { status: 200, body: original };
  }

  function setStatus(no: string, status: CoreAccount['status']): Reply {
    const a = accounts.get(no);
    if (!a) return { status: 404, body: { code: 'ACCOUNT_NOT_FOUND', message: 'no such account' } };
    if (a.status === 'closed') return { status: 422, body: { code: 'ACCOUNT_CLOSED', message: 'closed' } };
    a.status = status;
    return { status: 200, body: a };
  }

  function route(method: string, path: string, body: Record<string, unknown>): Reply {
    let m: RegExpMatchArray | null;
    if (method === 'POST' && path === '/v1/postings') return post(body);
    if (method === 'POST' && path === '/v1/reversals') return reverse(body);
    if (method === 'GET' && (m = path.match(/^\/v1\/postings\/([^/]+)$/))) {
      const p = postings.get(decodeURIComponent(m[1]));
      return p
        ? { status: 200, body: p }
        : { status: 404, body: { code: 'POSTING_NOT_FOUND', message: '-' } };
    }
    if (method === 'GET' && (m = path.match(/^\/v1\/accounts\/([^/]+)$/))) {
      const a = accounts.get(decodeURIComponent(m[1]));
      return a
        ? { status: 200, body: a }
        : { status: 404, body: { code: 'ACCOUNT_NOT_FOUND', message: '-' } };
    }
    if (method === 'POST' && (m = path.match(/^\/v1\/accounts\/([^/]+)\/(freeze|unfreeze)$/)))
      return setStatus(decodeURIComponent(m[1]), m[2] === 'freeze' ? 'frozen' : 'normal');
    if (method === 'POST' && path === '/__mock/accounts') {
      if (typeof body.holder_id !== 'string' || typeof body.name !== 'string')
        return { status: 400, body: { code: 'INVALID_REQUEST', message: 'holder_id and name' } };
      return { status: 201, body: openAccount(body as { holder_id: string; name: string }) };
    }
    if (method === 'POST' && path === '/__mock/faults') {
      faults = { ...noFaults(), ...(body as Partial<Faults>) };
      return { status: 200, body: faults };
    }
    return { status: 404, body: { code: 'NOT_FOUND', message: 'not found' } };
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://mock');
      const isHook = url.pathname.startsWith('/__mock/');
      if (!isHook && (await applyFaults(req, res, faults))) return;
      const raw = req.method === 'POST' ? await readJson(req) : {};
      const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      const hangs = !isHook && req.method === 'POST' && hangsAfterCommit(req, faults);
      const reply = route(req.method ?? 'GET', url.pathname, body);
      if (hangs) return;
      sendJson(res, reply.status, reply.body);
    } catch {
      sendJson(res, 400, { code: 'INVALID_REQUEST', message: 'body is not JSON' });
    }
  });

  return {
    server,
    accounts,
    postings,
    openAccount,
    setFaults(f: Partial<Faults>) {
      faults = { ...noFaults(), ...f };
    },
    listen: (port?: number): Promise<RunningMock> => listen(server, port),
  };
}

export type CoreBankingMock = ReturnType<typeof createCoreBankingMock>;
