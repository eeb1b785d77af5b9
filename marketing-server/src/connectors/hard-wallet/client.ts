import { BankOutcomeUnknown, BankRefusal } from '../bank-wallet/client';

// Typed client of the operator's hard-wallet back end (the simulator in mocks/src/hard-wallet):
// chip reads, INITIALIZE FOR LOAD/UNLOAD, orders keyed by our out_trade_no (a resend gets the first
// answer), the back end's card status. Unknown outcomes are BankOutcomeUnknown: the bank-order
// lifecycle asks again (by the card's counter, modules/hard-wallet/loads.ts).

export type ChipState = {
  card_no: string;
  key_version: number;
  balance_fen: number;
  online_counter: number;
  offline_counter: number;
  status: 'active' | 'blocked' | 'void';
  log: {
    online_counter: number;
    direction: string;
    amount_fen: number;
    balance_after_fen: number;
    out_trade_no: string;
    tac: string;
  }[];
};

export type CardOrder = {
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

export function createHardWalletClient(opts: { baseUrl: string; apiToken: string; timeoutMs?: number }) {
  const timeoutMs = opts.timeoutMs ?? 5000;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    let res: Response;
    try {
      res = await fetch(opts.baseUrl + path, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiToken}` },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new BankOutcomeUnknown(`hard-wallet ${path}`);
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new BankOutcomeUnknown(`hard-wallet ${path}`);
    }
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (res.status === 404 && method === 'GET') return null;
    if (res.status !== 200 && res.status !== 201)
      throw new BankRefusal(
        String(json?.code ?? 'HW_REFUSED'),
        String(json?.message ?? res.status),
        res.status,
      );
    return json as T;
  }

  return {
    produce: (b: {
      beg_no: string;
      end_no: string;
      key_version: number;
      balance_max_fen: number;
      offline_single_max_fen: number;
      offline_count_max: number;
      offline_cum_max_fen: number;
    }) => call<{ produced: number }>('POST', '/v1/batches', b),
    readCard: (no: string) => call<ChipState>('GET', `/v1/cards/${encodeURIComponent(no)}`),
    init: async (no: string, amount_fen: number) =>
      (await call<{
        card_no: string;
        online_counter: number;
        offline_counter: number;
        balance_fen: number;
        amount_fen: number;
        random: string;
        mac1: string;
      }>('POST', `/v1/cards/${encodeURIComponent(no)}/init`, { amount_fen }))!,
    order: async (b: Record<string, unknown>) => (await call<CardOrder>('POST', '/v1/orders', b))!,
    getOrder: (no: string) => call<CardOrder>('GET', `/v1/orders/${encodeURIComponent(no)}`),
    /** A soft wallet at the operator with its real-name owner (null: no such wallet). */
    softWallet: (id: string) =>
      call<{ wallet_id: string; owner_user_id: string | null }>(
        'GET',
        `/v1/soft-wallets/${encodeURIComponent(id)}`,
      ),
    /** A holder's deposit account at the bank (null: no such account). */
    depositAccount: (no: string) =>
      call<{ account_no: string; owner_user_id: string; balance_fen: number }>(
        'GET',
        `/v1/deposit-accounts/${encodeURIComponent(no)}`,
      ),
    setStatus: (no: string, status: 'active' | 'blocked' | 'void') =>
      call<ChipState>('POST', `/v1/cards/${encodeURIComponent(no)}/status`, { status }),
  };
}

export type HardWalletClient = ReturnType<typeof createHardWalletClient>;
