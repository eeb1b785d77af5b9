import { BankOutcomeUnknown, BankRefusal } from '../bank-wallet/client';

// Typed client of the institution's core banking (the simulator in mocks/src/core-banking): account
// verification, one-debit-one-credit postings keyed by our serial (a resend returns the first answer),
// reversal and status query. Unknown outcomes are BankOutcomeUnknown: ask with getPosting first.

export type CoreStatus = '1' | '0' | '3';
export type CorePosting = {
  serial: string;
  debit_account: string;
  credit_account: string;
  amount_fen: number;
  core_status: CoreStatus;
  error_code: string | null;
  reversal_serial: string | null;
};
export type CoreAccount = {
  account_no: string;
  holder_id: string;
  name: string;
  balance_fen: number;
  status: 'normal' | 'frozen' | 'closed';
};

export function createCoreBankingClient(opts: { baseUrl: string; timeoutMs?: number }) {
  const timeoutMs = opts.timeoutMs ?? 5000;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    let res: Response;
    try {
      res = await fetch(opts.baseUrl + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new BankOutcomeUnknown(`core ${path}`);
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new BankOutcomeUnknown(`core ${path}`);
    }
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (res.status === 404 && method === 'GET') return null;
    if (res.status !== 200 && res.status !== 201)
      throw new BankRefusal(
        String(json?.code ?? 'CORE_REFUSED'),
        String(json?.message ?? res.status),
        res.status,
      );
    return json as T;
  }

  return {
    getAccount: (no: string) => call<CoreAccount>('GET', `/v1/accounts/${encodeURIComponent(no)}`),
    /** 一借一贷: debit one account, credit another. Key: serial. */
    post: async (p: { serial: string; debit_account: string; credit_account: string; amount_fen: number }) =>
      (await call<CorePosting>('POST', '/v1/postings', p))!,
    getPosting: (serial: string) => call<CorePosting>('GET', `/v1/postings/${encodeURIComponent(serial)}`),
    /** 冲正: undoes a posting (debit and credit swapped). Key: serial of the reversal. */
    reverse: async (serial: string, original_serial: string) =>
      (await call<CorePosting>('POST', '/v1/reversals', { serial, original_serial }))!,
  };
}

export type CoreBankingClient = ReturnType<typeof createCoreBankingClient>;
