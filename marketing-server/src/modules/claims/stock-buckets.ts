import type { Db, Sql } from '../../db/sql';
import type { CampaignRow } from '../campaigns';

/** The bucket tried had no unit to give (empty, or closed by a pause): try another one. */
export class BucketUnavailable extends Error {}

/**
 * A campaign's stock is spread over N bucket rows so concurrent claims rarely wait on one row lock.
 * This keeps per-process knowledge that only ever grows (bucket count, first sequence numbers, which
 * buckets are empty: stock never comes back) and takes units with a conditional decrement.
 */
export function createStockBuckets(db: Db) {
  const emptyBuckets = new Map<string, Set<number>>();
  const bucketCounts = new Map<string, number>();
  const firstSeqs = new Map<string, number>();

  function emptyBucketsOf(campaignId: string) {
    let empty = emptyBuckets.get(campaignId);
    if (!empty) emptyBuckets.set(campaignId, (empty = new Set<number>()));
    return empty;
  }

  async function bucketCountOf(campaignId: string) {
    let n = bucketCounts.get(campaignId);
    if (n === undefined) {
      const rows = await db.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM campaign_stock_buckets WHERE campaign_id = ?',
        [campaignId],
      );
      n = Number(rows[0].n);
      if (n > 0) bucketCounts.set(campaignId, n);
    }
    return n;
  }

  /** A random bucket not known to be empty, nor refused in this claim; null when none is left. */
  async function pickBucket(c: CampaignRow, refused: Set<number>): Promise<number | null> {
    const empty = emptyBucketsOf(c.id);
    const bucketCount = await bucketCountOf(c.id);
    const candidates: number[] = [];
    for (let b = 0; b < bucketCount; b++) if (!empty.has(b) && !refused.has(b)) candidates.push(b);
    return candidates.length ? candidates[Math.floor(Math.random() * candidates.length)] : null;
  }

  /**
   * After a bucket refused a unit: read every bucket's latest committed state at once (outside any
   * transaction, so never a stale snapshot), remember the empty ones, and say whether to go on.
   */
  async function learnBuckets(c: CampaignRow): Promise<'sold_out' | 'closed' | 'available'> {
    const rows = await db.query<{ bucket: number; remaining: number; open: number }>(
      'SELECT bucket, remaining, open FROM campaign_stock_buckets WHERE campaign_id = ?',
      [c.id],
    );
    const empty = emptyBucketsOf(c.id);
    for (const r of rows) if (Number(r.remaining) <= 0) empty.add(Number(r.bucket));
    if (rows.every((r) => Number(r.remaining) <= 0)) return 'sold_out';
    if (!rows.some((r) => Number(r.open) === 1 && Number(r.remaining) > 0)) return 'closed';
    return 'available';
  }

  /**
   * The first packet sequence number of a bucket. Pass the transaction's Sql when inside one: taking a
   * second connection from the pool while holding the first can exhaust the pool under load, and then
   * every claim waits forever.
   */
  async function firstSeqOf(sql: Sql, campaignId: string, bucket: number) {
    const key = `${campaignId}:${bucket}`;
    let v = firstSeqs.get(key);
    if (v === undefined) {
      const rows = await sql.query<{ first_seq: number }>(
        'SELECT first_seq FROM campaign_stock_buckets WHERE campaign_id = ? AND bucket = ?',
        [campaignId, bucket],
      );
      v = Number(rows[0].first_seq);
      firstSeqs.set(key, v);
    }
    return v;
  }

  /**
   * Takes one unit with a conditional decrement and returns its packet sequence number
   * (first_seq + the new `remaining`: unique within the campaign by construction), or null when the
   * bucket is empty or closed. MySQL hands the new value back through LAST_INSERT_ID(expr), SQLite
   * through RETURNING.
   */
  async function decrement(sql: Sql, campaignId: string, bucket: number): Promise<number | null> {
    if (sql.dialect === 'mysql') {
      const res = await sql.exec(
        'UPDATE campaign_stock_buckets SET remaining = LAST_INSERT_ID(remaining - 1) WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1',
        [campaignId, bucket],
      );
      if (res.affectedRows !== 1) return null;
      return (await firstSeqOf(sql, campaignId, bucket)) + res.insertId;
    }
    const rows = await sql.query<{ remaining: number; first_seq: number }>(
      'UPDATE campaign_stock_buckets SET remaining = remaining - 1 WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1 RETURNING remaining, first_seq',
      [campaignId, bucket],
    );
    return rows.length ? Number(rows[0].first_seq) + Number(rows[0].remaining) : null;
  }

  return { pickBucket, learnBuckets, firstSeqOf, decrement };
}

export type StockBuckets = ReturnType<typeof createStockBuckets>;
