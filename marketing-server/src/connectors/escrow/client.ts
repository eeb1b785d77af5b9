import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { BankOutcomeUnknown, BankRefusal } from '../bank-wallet/client';

// Typed client of the operating institution's prepaid contract ledger (the simulator in mocks/src/escrow):
// instructions keyed by our id (a resend answers the first answer), the instruction and contract as
// the escrow sees them, its hash-chained log, and the signature of its notifications. A timeout, a
// lost connection or a 5xx is BankOutcomeUnknown — the caller asks with getInstruction before acting.

export type EscrowInstructionType = 'lock' | 'release' | 'refund' | 'freeze' | 'unfreeze';
export type EscrowInstruction = {
  instruction_id: string;
  type: EscrowInstructionType;
  contract_id: string;
  amount_fen: number;
  status: 'SUCCESS' | 'FAILED';
  error_code: string | null;
  completed_at: string;
  log_seq: number | null;
};
export type EscrowContract = {
  contract_id: string;
  consumer_wallet_id: string;
  merchant_id: string;
  funded_fen: number;
  locked_fen: number;
  released_fen: number;
  refunded_fen: number;
  frozen: boolean;
};
export type NewInstruction = {
  instruction_id: string;
  type: EscrowInstructionType;
  contract_id: string;
  amount_fen?: number;
  consumer_wallet_id?: string;
  merchant_id?: string;
  write_off_seq?: number;
};
type LogEntry = { event: Record<string, unknown> & { seq: number }; hash: string };

/** Sorted keys at every level: the escrow's canonical JSON, so we recompute its hashes ourselves. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

const GENESIS = '0'.repeat(64);

/** hash_i = SHA-256(hash_{i−1} ‖ canonical JSON of event_i): the first entry that breaks it, if any. */
export function verifyEscrowChain(entries: readonly LogEntry[]) {
  let prev = GENESIS;
  for (const [i, e] of entries.entries()) {
    const h = createHash('sha256').update(prev).update(canonicalJson(e.event)).digest('hex');
    if (e.event.seq !== i || h !== e.hash)
      return { ok: false, length: entries.length, broken_at: i, head: null };
    prev = h;
  }
  return { ok: true, length: entries.length, broken_at: null, head: prev };
}

export function createEscrowClient(opts: {
  baseUrl: string;
  apiToken: string;
  notifySecret: string;
  timeoutMs?: number;
}) {
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
      throw new BankOutcomeUnknown(`escrow ${method} ${path}`);
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new BankOutcomeUnknown(`escrow ${method} ${path}`);
    }
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (res.status === 404 && method === 'GET') return null;
    if (res.status !== 200)
      throw new BankRefusal(
        String(json?.code ?? 'ESCROW_REFUSED'),
        String(json?.message ?? res.status),
        res.status,
      );
    return json as T;
  }

  /** Every log entry, page by page. */
  async function fetchLog(): Promise<{ entries: LogEntry[]; head: string }> {
    const entries: LogEntry[] = [];
    let head = GENESIS;
    for (;;) {
      const page = (await call<{ length: number; head: string; entries: LogEntry[] }>(
        'GET',
        `/v1/log?from=${entries.length}&limit=5000`,
      ))!;
      entries.push(...page.entries);
      head = page.head;
      if (!page.entries.length || entries.length >= page.length) return { entries, head };
    }
  }

  return {
    submit: async (i: NewInstruction) => (await call<EscrowInstruction>('POST', '/v1/instructions', i))!,
    getInstruction: (id: string) =>
      call<EscrowInstruction>('GET', `/v1/instructions/${encodeURIComponent(id)}`),
    getContract: (id: string) => call<EscrowContract>('GET', `/v1/contracts/${encodeURIComponent(id)}`),
    fetchLog,
    /** Recomputes the whole chain here (we never take the escrow's word that it is intact). */
    async verifyLog() {
      const { entries, head } = await fetchLog();
      const r = verifyEscrowChain(entries);
      return { ...r, ok: r.ok && r.head === head, reported_head: head };
    },
    /** True when X-Escrow-Signature is the HMAC-SHA256 of the raw body under our shared secret. */
    verifyNotice(raw: string, signature: string | undefined) {
      const want = Buffer.from(createHmac('sha256', opts.notifySecret).update(raw).digest('hex'));
      const got = Buffer.from(String(signature ?? ''));
      return got.length === want.length && timingSafeEqual(got, want);
    },
  };
}

export type EscrowClient = ReturnType<typeof createEscrowClient>;
