import { BankOutcomeUnknown, BankRefusal, type BankOrder } from './client';

// Refunds at the operating institution (`POST /v1/refunds`, `GET /v1/refunds/:out_request_no`,
// idempotent on out_request_no): the cashier's e-CNY refunds, sent as orders of the one bank-order
// lifecycle (a channel driver), so the answer follows the outcome rule like every other order.

export function createBankRefundClient(o: { baseUrl: string; timeoutMs: number }) {
  async function call(method: string, path: string, body?: unknown) {
    let res: Response;
    try {
      res = await fetch(o.baseUrl + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(o.timeoutMs),
      });
    } catch {
      throw new BankOutcomeUnknown('refund');
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new BankOutcomeUnknown('refund');
    }
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  }
  /** The refund as an order of the lifecycle: its out_trade_no is the refund's out_request_no. */
  const asOrder = (j: Record<string, unknown>): BankOrder => ({
    type: 'REFUND',
    out_trade_no: String(j.out_request_no),
    trade_no: String(j.refund_id ?? ''),
    status: j.status as BankOrder['status'],
    amount_fen: Number(j.amount_fen),
    error_code: (j.error_code as string) ?? undefined,
    created_at: String(j.created_at ?? ''),
    completed_at: (j.completed_at as string) ?? null,
  });
  return {
    async refund(p: {
      out_request_no: string;
      out_trade_no: string;
      amount_fen: number;
    }): Promise<BankOrder> {
      const r = await call('POST', '/v1/refunds', p);
      if (r.status === 200 || (r.status === 422 && r.json.status === 'FAILED')) return asOrder(r.json);
      throw new BankRefusal(
        String(r.json.code ?? 'UNKNOWN'),
        String(r.json.message ?? `HTTP ${r.status}`),
        r.status,
      );
    },
    async queryRefund(outRequestNo: string): Promise<BankOrder | null> {
      const r = await call('GET', `/v1/refunds/${encodeURIComponent(outRequestNo)}`);
      if (r.status === 404) return null;
      if (r.status !== 200)
        throw new BankRefusal(String(r.json.code ?? 'UNKNOWN'), `HTTP ${r.status}`, r.status);
      return asOrder(r.json);
    },
  };
}

export type BankRefundClient = ReturnType<typeof createBankRefundClient>;
