import type { Redis } from 'ioredis';
import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { AppError, notFound, unprocessable } from '../../http/errors';
import type { IdempotencyTicket } from '../../http/route';
import { accounts } from '../../ledger/accounts';
import { post } from '../../ledger/ledger';
import { newId, numericCode } from '../../shared/ids';
import { cstDayKey, cstMonthKey, cstWeekKey, toRfc3339, type Clock } from '../../shared/time';
import { findCampaign, type CampaignRow } from '../campaigns/repository';
import type { CampaignLimits } from '../campaigns/schemas';
import { couponUseWindow } from '../campaigns/terms';
import { allowAll, type EligibilityCheck } from './eligibility';

export type ClaimRequest = {
  campaignId: string;
  userId: string;
  channel?: string;
  deviceId?: string;
  idempotency: IdempotencyTicket;
};

export type ClaimsDeps = { db: Db; redis: Redis | null; clock: Clock; eligibility?: EligibilityCheck };

type ClaimRow = {
  id: string;
  campaign_id: string;
  user_id: string;
  kind: 'red_packet' | 'coupon';
  amount_fen: number;
  status: string;
  coupon_code: string | null;
  use_start_at: Date | string | null;
  use_end_at: Date | string | null;
  created_at: Date | string;
};

export function claimDto(r: ClaimRow, campaign?: Pick<CampaignRow, 'name' | 'config'>) {
  return {
    id: r.id,
    campaign_id: r.campaign_id,
    campaign_name: campaign?.name,
    kind: r.kind,
    amount_fen: Number(r.amount_fen),
    status: r.status,
    coupon:
      r.kind === 'coupon'
        ? {
            code: r.coupon_code,
            terms: campaign?.config.coupon ? { ...campaign.config.coupon, use_window: undefined } : undefined,
            use_start_at: toRfc3339(r.use_start_at),
            use_end_at: toRfc3339(r.use_end_at),
          }
        : null,
    created_at: toRfc3339(r.created_at),
  };
}

const refuse = (status: number, code: string, message: string) => new AppError(status, code, message);

/** Which per-user slot family a claim falls in: the unique key (campaign, user, slot) enforces the limit. */
function periodKey(limit: CampaignLimits['per_user'], now: Date): string {
  switch (limit.period) {
    case 'day':
      return `D${cstDayKey(now)}`;
    case 'week':
      return `W${cstWeekKey(now)}`;
    case 'month':
      return `M${cstMonthKey(now)}`;
    default:
      return 'L';
  }
}

const SOLD_OUT_TTL_S = 7 * 86400;

/** The bucket tried had no unit to give (empty, or closed by a pause): try another one. */
class BucketUnavailable extends Error {}
/** Two coupons drew the same 12-digit code (about 1 in 10^11): draw again. */
class CouponCodeCollision extends Error {}
const notRunning = () => new AppError(409, 'CAMPAIGN_NOT_RUNNING', '活动暂停或未开放领取');

/** Redis flag set once a campaign's stock is gone (stock never comes back). */
export const soldOutKey = (campaignId: string) => `soldout:${campaignId}`;
export const stockExhausted = () => new AppError(409, 'STOCK_EXHAUSTED', '来晚了，已被领完');

export function createClaimsService(deps: ClaimsDeps) {
  const { db, redis, clock } = deps;
  const eligibility = deps.eligibility ?? allowAll;
  // Per-process caches of facts that never change back: an approved campaign's terms, its packet
  // amounts, and which stock buckets are empty (stock only goes down).
  const campaignCache = new Map<string, CampaignRow>();
  const packetCache = new Map<string, Promise<number[]>>();
  const emptyBuckets = new Map<string, Set<number>>();
  const soldOut = new Set<string>();

  async function loadCampaign(id: string): Promise<CampaignRow> {
    const cached = campaignCache.get(id);
    if (cached) return cached;
    const c = await findCampaign(db, id);
    if (!c) throw notFound('活动');
    // Terms are frozen from approval on; before that the campaign may still be edited.
    if (['approved', 'running', 'paused', 'ended', 'settled'].includes(c.status)) campaignCache.set(id, c);
    return c;
  }

  function packetAmounts(c: CampaignRow): Promise<number[]> {
    let p = packetCache.get(c.id);
    if (!p) {
      p = db
        .query<{ seq: number; amount_fen: number }>(
          'SELECT seq, amount_fen FROM campaign_packets WHERE campaign_id = ? ORDER BY seq',
          [c.id],
        )
        .then((rows) => rows.map((r) => Number(r.amount_fen)));
      packetCache.set(c.id, p);
      p.catch(() => packetCache.delete(c.id));
    }
    return p;
  }

  // Other processes learn of a sell-out through the Redis flag, checked by the route together with the
  // idempotency lookup (see fastRefusal in routes.ts); this process also remembers it locally.
  const isSoldOut = (campaignId: string) => soldOut.has(campaignId);

  async function markSoldOut(campaignId: string) {
    soldOut.add(campaignId);
    if (redis) await redis.set(soldOutKey(campaignId), '1', 'EX', SOLD_OUT_TTL_S).catch(() => undefined);
  }

  function checkWindow(c: CampaignRow, now: Date) {
    if (now < c.claim_start_at) throw refuse(409, 'CAMPAIGN_NOT_STARTED', '活动尚未开始，请稍后再来');
    if (now >= c.claim_end_at || c.status === 'ended' || c.status === 'settled') {
      throw refuse(409, 'CAMPAIGN_NOT_RUNNING', '活动已结束');
    }
    if (!['approved', 'running', 'paused'].includes(c.status))
      throw refuse(409, 'CAMPAIGN_NOT_RUNNING', '活动未开放领取');
  }

  /** A random bucket not known to be empty, nor refused in this claim; null when none is left. */
  async function pickBucket(c: CampaignRow, refused: Set<number>): Promise<number | null> {
    const empty = emptyBucketsOf(c.id);
    const bucketCount = await bucketCountOf(db, c.id);
    const candidates: number[] = [];
    for (let b = 0; b < bucketCount; b++) if (!empty.has(b) && !refused.has(b)) candidates.push(b);
    return candidates.length ? candidates[Math.floor(Math.random() * candidates.length)] : null;
  }

  function emptyBucketsOf(campaignId: string) {
    let empty = emptyBuckets.get(campaignId);
    if (!empty) emptyBuckets.set(campaignId, (empty = new Set<number>()));
    return empty;
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

  const bucketCounts = new Map<string, number>();
  async function bucketCountOf(sql: Sql, campaignId: string) {
    let n = bucketCounts.get(campaignId);
    if (n === undefined) {
      const rows = await sql.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM campaign_stock_buckets WHERE campaign_id = ?',
        [campaignId],
      );
      n = Number(rows[0].n);
      if (n > 0) bucketCounts.set(campaignId, n);
    }
    return n;
  }

  async function decrementBucket(sql: Sql, campaignId: string, bucket: number): Promise<number | null> {
    if (sql.dialect === 'mysql') {
      const res = await sql.exec(
        'UPDATE campaign_stock_buckets SET remaining = LAST_INSERT_ID(remaining - 1) WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1',
        [campaignId, bucket],
      );
      if (res.affectedRows !== 1) return null;
      const first = await bucketFirstSeq(sql, campaignId, bucket);
      return first + res.insertId;
    }
    const rows = await sql.query<{ remaining: number; first_seq: number }>(
      'UPDATE campaign_stock_buckets SET remaining = remaining - 1 WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1 RETURNING remaining, first_seq',
      [campaignId, bucket],
    );
    return rows.length ? Number(rows[0].first_seq) + Number(rows[0].remaining) : null;
  }

  const firstSeqs = new Map<string, number>();
  async function bucketFirstSeq(sql: Sql, campaignId: string, bucket: number) {
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

  async function takeDailyQuota(sql: Sql, c: CampaignRow, now: Date) {
    const cap = c.config.limits.max_count_per_day;
    if (!cap) return;
    const day = cstDayKey(now);
    const bump = () =>
      sql.exec(
        'UPDATE campaign_day_counts SET claimed = claimed + 1 WHERE campaign_id = ? AND day = ? AND claimed < ?',
        [c.id, day, cap],
      );
    if ((await bump()).affectedRows === 1) return;
    try {
      await sql.exec('INSERT INTO campaign_day_counts (campaign_id, day, claimed) VALUES (?,?,1)', [
        c.id,
        day,
      ]);
      return;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    if ((await bump()).affectedRows === 1) return;
    throw refuse(409, 'DAILY_LIMIT_REACHED', '今日名额已领完，请明天再来');
  }

  async function personSlot(sql: Sql, c: CampaignRow, userId: string): Promise<string | null> {
    if (!c.config.limits.natural_person) return null;
    const rows = await sql.query<{ id_hash: string | null }>('SELECT id_hash FROM users WHERE id = ?', [
      userId,
    ]);
    const idHash = rows[0]?.id_hash;
    if (!idHash) throw unprocessable('NOT_ELIGIBLE', '本活动每位实名用户限领一次，请先完成实名认证');
    return idHash;
  }

  function newClaimRow(c: CampaignRow, req: ClaimRequest, now: Date, amount: number): ClaimRow {
    const window = c.kind === 'coupon' ? couponUseWindow(c.config.coupon!, now) : null;
    return {
      id: newId('clm'),
      campaign_id: c.id,
      user_id: req.userId,
      kind: c.kind,
      amount_fen: amount,
      status: 'granted',
      coupon_code: c.kind === 'coupon' ? numericCode(12) : null,
      use_start_at: window?.start ?? null,
      use_end_at: window?.end ?? null,
      created_at: now,
    };
  }

  const CLAIM_COLUMNS = `id, campaign_id, user_id, kind, amount_fen, packet_seq, user_slot, person_slot, status, coupon_code,
    use_start_at, use_end_at, channel, device_id, created_at, updated_at`;

  function duplicateRefusal(err: unknown): AppError | 'coupon_code' | null {
    if (!isDuplicateKeyError(err)) return null;
    const msg = String((err as Error).message);
    if (/person_slot/.test(msg)) return refuse(409, 'PERSON_LIMIT_REACHED', '同一实名用户已领取过本活动');
    if (/coupon_code/.test(msg)) return 'coupon_code';
    if (/user_slot/.test(msg)) return refuse(409, 'USER_LIMIT_REACHED', '您已领取过本活动');
    return null;
  }

  /**
   * MySQL, one claim per user: take a unit from `bucket` and insert the claim in the same round trip.
   * The new `remaining` travels in a session variable that is NULL unless the decrement hit a row (it is
   * assigned on every call, so a value left on the pooled connection is never read), and
   * the INSERT only happens when it is set. Round trips dominate a claim's cost on MySQL, and this
   * saves one while the bucket row is locked. Returns null when the bucket is empty or closed.
   */
  async function claimFromBucket(
    sql: Sql,
    c: CampaignRow,
    req: ClaimRequest,
    now: Date,
    person: string | null,
    bucket: number,
    packets: number[] | null,
  ): Promise<{ seq: number; row: ClaimRow | null } | null> {
    const first = await bucketFirstSeq(sql, c.id, bucket);
    const random = c.config.red_packet?.mode === 'random';
    const row = newClaimRow(c, req, now, c.face_fen);
    const amountSql = random
      ? '(SELECT amount_fen FROM campaign_packets WHERE campaign_id = ? AND seq = ? + @remaining)'
      : '?';
    const amountParams = random ? [c.id, first] : [c.face_fen];
    const statements = [
      {
        sql: `UPDATE campaign_stock_buckets SET remaining = LAST_INSERT_ID(remaining - 1)
                WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1`,
        params: [c.id, bucket],
      },
      { sql: 'SET @remaining = IF(ROW_COUNT() = 1, LAST_INSERT_ID(), NULL)' },
      {
        sql: `INSERT INTO claims (${CLAIM_COLUMNS})
                SELECT ?, ?, ?, ?, ${amountSql}, ? + @remaining, ?, ?, 'granted', ?, ?, ?, ?, ?, ?, ? FROM DUAL
                WHERE @remaining IS NOT NULL`,
        params: [
          row.id,
          c.id,
          req.userId,
          c.kind,
          ...amountParams,
          first,
          `${periodKey(c.config.limits.per_user, now)}#1`,
          person,
          row.coupon_code,
          row.use_start_at,
          row.use_end_at,
          req.channel ?? null,
          req.deviceId ?? null,
          now,
          now,
        ],
      },
      { sql: 'SELECT @remaining AS remaining' },
    ];
    try {
      const rows = await sql.script<{ remaining: number | null }>(statements);
      const remaining = rows[0]?.remaining;
      if (remaining === null || remaining === undefined) return null;
      const seq = first + Number(remaining);
      return { seq, row: { ...row, amount_fen: packets ? packets[seq] : c.face_fen } };
    } catch (err) {
      const refusal = duplicateRefusal(err);
      if (refusal instanceof AppError) throw refusal;
      if (refusal !== 'coupon_code') throw err;
      // A 1-in-10^11 coupon code collision: the unit is taken; insert again the ordinary way.
      const rows = await sql.query<{ remaining: number }>('SELECT @remaining AS remaining');
      return { seq: first + Number(rows[0].remaining), row: null };
    }
  }

  /**
   * MySQL, fixed amount, one claim per user: everything the claim writes is known before the stock is
   * taken, so the decrement, the claim, the ledger posting and the idempotency record all travel with
   * COMMIT in a single round trip. `packet_seq` is NOT NULL and computed from the session variable the
   * decrement sets, so an empty or closed bucket makes the claim INSERT fail and the batch stop there.
   */
  async function deferClaimOnBucket(
    sql: Sql,
    c: CampaignRow,
    req: ClaimRequest,
    now: Date,
    person: string | null,
    bucket: number,
  ) {
    // Inside the transaction use its connection: taking a second one from the pool while holding the
    // first can exhaust the pool under load and every claim then waits forever.
    const first = await bucketFirstSeq(sql, c.id, bucket);
    const row = newClaimRow(c, req, now, c.face_fen);
    sql.defer(
      `UPDATE campaign_stock_buckets SET remaining = LAST_INSERT_ID(remaining - 1)
        WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1`,
      [c.id, bucket],
    );
    sql.defer('SET @remaining = IF(ROW_COUNT() = 1, LAST_INSERT_ID(), NULL)');
    sql.defer(
      `INSERT INTO claims (${CLAIM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ? + @remaining, ?, ?, 'granted', ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        c.id,
        req.userId,
        c.kind,
        c.face_fen,
        first,
        `${periodKey(c.config.limits.per_user, now)}#1`,
        person,
        row.coupon_code,
        row.use_start_at,
        row.use_end_at,
        req.channel ?? null,
        req.deviceId ?? null,
        now,
        now,
      ],
      {
        mapError: (err) => {
          if (
            (err as { errno?: number }).errno === 1048 &&
            /packet_seq/.test(String((err as Error).message))
          ) {
            return new BucketUnavailable();
          }
          const refusal = duplicateRefusal(err);
          if (refusal === 'coupon_code') return new CouponCodeCollision();
          return refusal ?? undefined;
        },
      },
    );
    return row;
  }

  async function insertClaim(
    sql: Sql,
    c: CampaignRow,
    req: ClaimRequest,
    now: Date,
    seq: number,
    amount: number,
    person: string | null,
  ) {
    const limit = c.config.limits.per_user;
    const family = periodKey(limit, now);
    let index = 1;
    if (limit.count > 1) {
      const rows = await sql.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM claims WHERE campaign_id = ? AND user_id = ? AND user_slot LIKE ?',
        [c.id, req.userId, `${family}#%`],
      );
      index = Number(rows[0].n) + 1;
    }
    const window = c.kind === 'coupon' ? couponUseWindow(c.config.coupon!, now) : null;
    for (; index <= limit.count; index++) {
      const row: ClaimRow = {
        id: newId('clm'),
        campaign_id: c.id,
        user_id: req.userId,
        kind: c.kind,
        amount_fen: amount,
        status: 'granted',
        coupon_code: c.kind === 'coupon' ? numericCode(12) : null,
        use_start_at: window?.start ?? null,
        use_end_at: window?.end ?? null,
        created_at: now,
      };
      try {
        await sql.exec(
          `INSERT INTO claims (id, campaign_id, user_id, kind, amount_fen, packet_seq, user_slot, person_slot, status, coupon_code,
             use_start_at, use_end_at, channel, device_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
          [
            row.id,
            c.id,
            req.userId,
            c.kind,
            amount,
            seq,
            `${family}#${index}`,
            person,
            'granted',
            row.coupon_code,
            row.use_start_at,
            row.use_end_at,
            req.channel ?? null,
            req.deviceId ?? null,
            now,
            now,
          ],
        );
        return row;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        const msg = String((err as Error).message);
        if (/person_slot/.test(msg)) throw refuse(409, 'PERSON_LIMIT_REACHED', '同一实名用户已领取过本活动');
        if (/coupon_code/.test(msg)) {
          index--; // a 1-in-10^11 code collision: draw a new code for the same slot
          continue;
        }
        // Another claim by this user took this slot; try the next one within the limit.
      }
    }
    throw refuse(
      409,
      'USER_LIMIT_REACHED',
      limit.period === 'lifetime' ? '您已领取过本活动' : '您在本周期内的领取次数已达上限',
    );
  }

  /**
   * Claims one red packet or coupon. Order of work inside one transaction: daily quota → one unit of
   * stock → the claim row (unique per-user slot) → ledger posting budget → granted → idempotency
   * record. Any refusal rolls it all back; nothing is read-then-written.
   */
  async function claim(req: ClaimRequest) {
    const now = clock.now();
    const c = await loadCampaign(req.campaignId);
    checkWindow(c, now);
    if (isSoldOut(c.id)) throw stockExhausted();
    const verdict = await eligibility({
      campaign: c,
      userId: req.userId,
      channel: req.channel,
      deviceId: req.deviceId,
      now,
    });
    if (!verdict.eligible) {
      throw new AppError(422, 'NOT_ELIGIBLE', verdict.reasons.join('；') || '不符合领取条件', {
        reasons: verdict.reasons,
      });
    }
    const packets = c.config.red_packet?.mode === 'random' ? await packetAmounts(c) : null;
    const refused = new Set<number>();
    for (let collisions = 0; ;) {
      const bucket = await pickBucket(c, refused);
      const state = bucket === null ? await learnBuckets(c) : 'available';
      if (bucket === null || state !== 'available') {
        if (state === 'sold_out' || bucket === null) {
          await markSoldOutIf(c, state);
          throw state === 'closed' ? notRunning() : stockExhausted();
        }
        throw notRunning();
      }
      try {
        return await db.tx((sql) => claimOnBucket(sql, c, req, now, bucket, packets));
      } catch (err) {
        if (err instanceof CouponCodeCollision && ++collisions < 3) continue;
        if (!(err instanceof BucketUnavailable)) throw err;
        refused.add(bucket);
        const learned = await learnBuckets(c);
        if (learned === 'sold_out') {
          await markSoldOut(c.id);
          throw stockExhausted();
        }
        if (learned === 'closed') throw notRunning();
      }
    }
  }

  async function markSoldOutIf(c: CampaignRow, state: string) {
    if (state === 'sold_out') await markSoldOut(c.id);
  }

  /**
   * One attempt on one bucket, in one transaction: daily quota → one unit of stock → the claim row
   * (unique per-user slot) → ledger posting budget → granted → idempotency record. A bucket that has
   * nothing to give throws BucketUnavailable and the whole transaction rolls back.
   */
  async function claimOnBucket(
    sql: Sql,
    c: CampaignRow,
    req: ClaimRequest,
    now: Date,
    bucket: number,
    packets: number[] | null,
  ) {
    const person = await personSlot(sql, c, req.userId);
    await takeDailyQuota(sql, c, now);
    const oneClaimPerUser = c.config.limits.per_user.count === 1;
    let row: ClaimRow;
    if (sql.dialect === 'mysql' && oneClaimPerUser && !packets) {
      row = await deferClaimOnBucket(sql, c, req, now, person, bucket);
    } else if (sql.dialect === 'mysql' && oneClaimPerUser) {
      const taken = await claimFromBucket(sql, c, req, now, person, bucket, packets);
      if (!taken) throw new BucketUnavailable();
      row = taken.row ?? (await insertClaim(sql, c, req, now, taken.seq, packets![taken.seq], person));
    } else {
      const seq = await decrementBucket(sql, c.id, bucket);
      if (seq === null) throw new BucketUnavailable();
      row = await insertClaim(sql, c, req, now, seq, packets ? packets[seq] : c.face_fen, person);
    }
    const amount = Number(row.amount_fen);
    await post(
      sql,
      {
        kind: 'claim',
        campaign_id: c.id,
        ref_id: row.id,
        transfers: [
          { source: accounts.campaignBudget(c.id), destination: accounts.granted(c.id), amount_fen: amount },
        ],
      },
      now,
    );
    const body = claimDto(row, c);
    await req.idempotency.record(sql, 201, body, now);
    return body;
  }

  async function listMyClaims(
    userId: string,
    f: { kind?: 'red_packet' | 'coupon'; status?: string; cursor?: string; limit: number },
  ) {
    const where = ['user_id = ?'];
    const params: unknown[] = [userId];
    if (f.kind) {
      where.push('kind = ?');
      params.push(f.kind);
    }
    if (f.status) {
      where.push('status = ?');
      params.push(f.status);
    }
    if (f.cursor) {
      where.push('id < ?');
      params.push(f.cursor);
    }
    const rows = await db.query<ClaimRow>(
      `SELECT * FROM claims WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`,
      [...params, f.limit + 1],
    );
    const page = rows.slice(0, f.limit);
    const items = [];
    for (const r of page) items.push(claimDto(r, await loadCampaign(r.campaign_id)));
    return { items, next_cursor: rows.length > f.limit ? page[page.length - 1].id : null };
  }

  /** Campaigns a citizen can claim now or soon (with countdown), newest first. */
  async function listClaimable(now = clock.now()) {
    const rows = await db.query<{ id: string }>(
      "SELECT id FROM campaigns WHERE status IN ('approved','running','paused') AND claim_end_at > ? ORDER BY claim_start_at, id LIMIT 100",
      [now],
    );
    const items = [];
    for (const { id } of rows) {
      const c = await findCampaign(db, id);
      if (!c) continue;
      const stock = await db.query<{ r: number | string | null }>(
        'SELECT SUM(remaining) AS r FROM campaign_stock_buckets WHERE campaign_id = ?',
        [id],
      );
      items.push({
        id: c.id,
        kind: c.kind,
        name: c.name,
        description: c.description,
        status: c.status === 'approved' ? 'upcoming' : c.status,
        face_fen: c.face_fen,
        red_packet: c.config.red_packet ?? null,
        coupon: c.config.coupon ?? null,
        claim_start_at: toRfc3339(c.claim_start_at),
        claim_end_at: toRfc3339(c.claim_end_at),
        starts_in_s: Math.max(0, Math.ceil((c.claim_start_at.getTime() - now.getTime()) / 1000)),
        remaining: Number(stock[0]?.r ?? 0),
        stock_total: c.stock_total,
      });
    }
    return { items };
  }

  function forgetCampaign(id: string) {
    campaignCache.delete(id);
  }

  return { claim, listMyClaims, listClaimable, forgetCampaign, claimDto };
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
