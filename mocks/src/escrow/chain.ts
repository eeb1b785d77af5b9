import { createHash } from 'node:crypto';

// The escrow backend's append-only, hash-chained log: hash_i = SHA-256(hash_{i−1} ‖ canonical JSON of
// event_i), hash_{−1} = 64 zeros. Canonical JSON sorts object keys at every level, so anyone holding
// the entries can recompute the chain without knowing how the simulator serialised them.

export const GENESIS = '0'.repeat(64);

export type ChainEvent = Record<string, unknown> & { seq: number; type: string; at: string };
export type ChainEntry = { event: ChainEvent; hash: string };

export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

export const chainHash = (prev: string, event: unknown) =>
  createHash('sha256').update(prev).update(canonicalJson(event)).digest('hex');

/** Recomputes the chain: the first entry whose hash does not follow from its predecessor, if any. */
export function verifyChain(entries: readonly ChainEntry[], from = GENESIS) {
  let prev = from;
  for (const [i, e] of entries.entries()) {
    if (e.event.seq !== i) return { ok: false as const, length: entries.length, broken_at: i };
    const h = chainHash(prev, e.event);
    if (h !== e.hash) return { ok: false as const, length: entries.length, broken_at: i };
    prev = h;
  }
  return { ok: true as const, length: entries.length, head: prev };
}
