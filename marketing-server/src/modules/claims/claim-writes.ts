import { isDuplicateKeyError, type Sql, type Statement } from '../../db/sql';
import { refused, isRefusal } from '../../shared/domain-error';
import { newId, numericCode } from '../../shared/ids';
import { cstDayKey, cstMonthKey, cstWeekKey, toRfc3339 } from '../../shared/time';
import type { CampaignRow } from '../campaigns';
import type { CampaignLimits } from '../campaigns';
import { couponUseWindow } from '../campaigns';
import { BucketUnavailable, type StockBuckets } from './stock-buckets';

// How a claim row gets written, in the three shapes the claim path uses (see service.ts `claimOnBucket`).

export type ClaimRow = {
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

export type Claimant = {
  userId: string;
  channel?: string;
  deviceId?: string;
  ip?: string;
  /** The eligibility rule set version that allowed the claim (null when the campaign has none). */
  ruleVersion?: number | null;
  /** The facts the eligibility and risk decisions saw (JSON), kept for simulations and review. */
  facts?: string | null;
  /** The risk decision: `review` holds the claim until an analyst decides. */
  risk?: { version: number | null; decision: string; reasons: string[]; shadow: string | null } | null;
};

/** Two coupons drew the same 12-digit code (about 1 in 10^11): draw again. */
export class CouponCodeCollision extends Error {}

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

/** Which per-user slot family a claim falls in: the unique key (campaign, user, slot) enforces the limit. */
export function periodKey(limit: CampaignLimits['per_user'], now: Date): string {
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

/**
 * The natural-person slot: the same period family as the account's slot, keyed by the person's ID
 * hash, so the unique key (campaign, person_slot) counts a real person's claims per period.
 */
export const personSlotKey = (idHash: string | null, family: string, index: number | '%') =>
  idHash ? `${idHash}|${family}#${index}` : null;

function limitMessage(limit: CampaignLimits['per_user'], who: 'user' | 'person') {
  if (limit.period === 'lifetime') return who === 'user' ? '您已领取过本活动' : '同一实名用户已领取过本活动';
  return who === 'user' ? '您在本周期内的领取次数已达上限' : '同一实名用户在本周期内的领取次数已达上限';
}

function newClaimRow(c: CampaignRow, who: Claimant, now: Date, amount: number): ClaimRow {
  const window = c.kind === 'coupon' ? couponUseWindow(c.config.coupon!, now) : null;
  return {
    id: newId('clm'),
    campaign_id: c.id,
    user_id: who.userId,
    kind: c.kind,
    amount_fen: amount,
    // A claim the risk policy wants reviewed is held: reserved, but not usable until approved.
    status: who.risk?.decision === 'review' ? 'held' : 'granted',
    coupon_code: c.kind === 'coupon' ? numericCode(12) : null,
    use_start_at: window?.start ?? null,
    use_end_at: window?.end ?? null,
    created_at: now,
  };
}

type ValueSql = { sql: string; params: unknown[] };

const CLAIM_INSERT_COLUMNS = `id, campaign_id, user_id, kind, amount_fen, packet_seq, user_slot, person_slot, status,
            coupon_code, use_start_at, use_end_at, channel, device_id, created_at, updated_at, rule_version, facts,
            ip, risk_version, risk_decision, risk_reasons, risk_shadow`;

/** The values of a claim row after amount and sequence number, in CLAIM_INSERT_COLUMNS order. */
function claimTail(row: ClaimRow, who: Claimant, slot: string, person: string | null): unknown[] {
  return [
    slot,
    person,
    row.status,
    row.coupon_code,
    row.use_start_at,
    row.use_end_at,
    who.channel ?? null,
    who.deviceId ?? null,
    row.created_at,
    row.created_at,
    who.ruleVersion ?? null,
    who.facts ?? null,
    who.ip ?? null,
    who.risk?.version ?? null,
    who.risk?.decision ?? null,
    who.risk?.reasons.join(',').slice(0, 255) ?? null,
    who.risk?.shadow ?? null,
  ];
}

const TAIL_PLACEHOLDERS = new Array(17).fill('?').join(', ');

/**
 * The INSERT of a claim row. Amount and sequence number may be SQL expressions (computed from the
 * decrement in the same round trip); `onlyIf` makes the insert conditional (MySQL).
 */
function claimInsert(
  row: ClaimRow,
  who: Claimant,
  slot: string,
  person: string | null,
  amount: ValueSql,
  seq: ValueSql,
  onlyIf?: string,
): Statement {
  return {
    sql: `INSERT INTO claims (${CLAIM_INSERT_COLUMNS})
          SELECT ?, ?, ?, ?, ${amount.sql}, ${seq.sql}, ${TAIL_PLACEHOLDERS}${onlyIf ? ` FROM DUAL WHERE ${onlyIf}` : ''}`,
    params: [
      row.id,
      row.campaign_id,
      who.userId,
      row.kind,
      ...amount.params,
      ...seq.params,
      ...claimTail(row, who, slot, person),
    ],
  };
}

const literal = (v: unknown): ValueSql => ({ sql: '?', params: [v] });

/** Maps a failed claim INSERT to what it means for the citizen (or to a retry), else undefined. */
function claimInsertError(err: unknown, limit: CampaignLimits['per_user']): Error | undefined {
  const msg = String((err as Error)?.message);
  if ((err as { errno?: number }).errno === 1048 && /packet_seq/.test(msg)) return new BucketUnavailable();
  if (!isDuplicateKeyError(err)) return undefined;
  if (/person_slot/.test(msg)) return refused('PERSON_LIMIT_REACHED', limitMessage(limit, 'person'));
  if (/coupon_code/.test(msg)) return new CouponCodeCollision();
  if (/user_slot/.test(msg)) return refused('USER_LIMIT_REACHED', limitMessage(limit, 'user'));
  return undefined;
}

/**
 * MySQL: take a unit from a bucket and leave its new `remaining` in @remaining, or NULL when the bucket
 * is empty or closed (assigned on every call, so a value left on a pooled connection is never read).
 */
function takeUnitIntoSessionVariable(c: CampaignRow, bucket: number): Statement[] {
  return [
    {
      sql: `UPDATE campaign_stock_buckets SET remaining = LAST_INSERT_ID(remaining - 1)
              WHERE campaign_id = ? AND bucket = ? AND remaining > 0 AND open = 1`,
      params: [c.id, bucket],
    },
    { sql: 'SET @remaining = IF(ROW_COUNT() = 1, LAST_INSERT_ID(), NULL)' },
  ];
}

const seqFromSession = (first: number): ValueSql => ({ sql: '? + @remaining', params: [first] });

/**
 * MySQL, fixed amount, one claim per user: everything the claim writes is known before the stock is
 * taken, so the decrement and the claim are deferred and travel with the ledger posting, the
 * idempotency record and COMMIT in one round trip. `packet_seq` is NOT NULL and computed from the
 * session variable the decrement sets: an empty or closed bucket makes the claim INSERT fail and the batch stop there.
 */
export async function deferClaimInOneRoundTrip(
  sql: Sql,
  stock: StockBuckets,
  c: CampaignRow,
  who: Claimant,
  now: Date,
  person: string | null,
  bucket: number,
): Promise<ClaimRow> {
  const first = await stock.firstSeqOf(sql, c.id, bucket);
  const row = newClaimRow(c, who, now, c.face_fen);
  for (const st of takeUnitIntoSessionVariable(c, bucket)) sql.defer(st.sql, st.params);
  const limit = c.config.limits.per_user;
  const family = periodKey(limit, now);
  const personSlot = personSlotKey(person, family, 1);
  const insert = claimInsert(row, who, `${family}#1`, personSlot, literal(c.face_fen), seqFromSession(first));
  sql.defer(insert.sql, insert.params, { mapError: (err) => claimInsertError(err, limit) });
  return row;
}

/**
 * MySQL, random amounts, one claim per user: the amount depends on which packet the decrement hands
 * out, so the claim is inserted in the same round trip as the decrement (amount read from the packet
 * table by SQL) and the new `remaining` comes back for the ledger and the response.
 */
export async function claimInTwoRoundTrips(
  sql: Sql,
  stock: StockBuckets,
  c: CampaignRow,
  who: Claimant,
  now: Date,
  person: string | null,
  bucket: number,
  packets: number[],
): Promise<ClaimRow> {
  const first = await stock.firstSeqOf(sql, c.id, bucket);
  const row = newClaimRow(c, who, now, 0);
  const limit = c.config.limits.per_user;
  const family = periodKey(limit, now);
  const amount = {
    sql: '(SELECT amount_fen FROM campaign_packets WHERE campaign_id = ? AND seq = ? + @remaining)',
    params: [c.id, first],
  };
  const statements = [
    ...takeUnitIntoSessionVariable(c, bucket),
    claimInsert(
      row,
      who,
      `${family}#1`,
      personSlotKey(person, family, 1),
      amount,
      seqFromSession(first),
      '@remaining IS NOT NULL',
    ),
    { sql: 'SELECT @remaining AS remaining' },
  ];
  let remaining: number | null | undefined;
  try {
    remaining = (await sql.script<{ remaining: number | null }>(statements))[0]?.remaining;
  } catch (err) {
    throw claimInsertError(err, limit) ?? err;
  }
  if (remaining === null || remaining === undefined) throw new BucketUnavailable();
  return { ...row, amount_fen: packets[first + Number(remaining)] };
}

/** How many claims of the campaign match (the slots of a period a user or a person already holds). */
async function countClaims(sql: Sql, campaignId: string, where: string, params: unknown[]) {
  const rows = await sql.query<{ n: number }>(
    `SELECT COUNT(*) AS n FROM claims WHERE campaign_id = ? AND ${where}`,
    [campaignId, ...params],
  );
  return Number(rows[0].n);
}

/**
 * Any dialect and any per-user limit: take a unit, then insert the claim into the first free slot of
 * the user's period (slot k of N; the unique key (campaign, user, slot) is what enforces the limit).
 * A natural-person campaign also needs a free slot of the person's period: the accounts of one person
 * share those N slots.
 */
export async function claimStepByStep(
  sql: Sql,
  stock: StockBuckets,
  c: CampaignRow,
  who: Claimant,
  now: Date,
  person: string | null,
  bucket: number,
  packets: number[] | null,
): Promise<ClaimRow> {
  const seq = await stock.decrement(sql, c.id, bucket);
  if (seq === null) throw new BucketUnavailable();
  const amount = packets ? packets[seq] : c.face_fen;
  const limit = c.config.limits.per_user;
  const family = periodKey(limit, now);
  let index = 1;
  let personIndex = 1;
  if (limit.count > 1) {
    const mine = [who.userId, `${family}#%`];
    index = (await countClaims(sql, c.id, 'user_id = ? AND user_slot LIKE ?', mine)) + 1;
    const persons = [personSlotKey(person, family, '%')];
    if (person) personIndex = (await countClaims(sql, c.id, 'person_slot LIKE ?', persons)) + 1;
  }
  for (let collisions = 0; index <= limit.count && personIndex <= limit.count;) {
    const row = newClaimRow(c, who, now, amount);
    const personSlot = personSlotKey(person, family, personIndex);
    const insert = claimInsert(row, who, `${family}#${index}`, personSlot, literal(amount), literal(seq));
    try {
      await sql.exec(insert.sql, insert.params);
      return row;
    } catch (err) {
      const mapped = claimInsertError(err, limit);
      if (mapped instanceof CouponCodeCollision && ++collisions < 3) continue;
      // Another claim by this user (or this person) took the slot; try the next one within the limit.
      if (isRefusal(mapped, 'USER_LIMIT_REACHED')) {
        index++;
        continue;
      }
      if (isRefusal(mapped, 'PERSON_LIMIT_REACHED')) {
        personIndex++;
        continue;
      }
      throw mapped ?? err;
    }
  }
  if (index > limit.count) throw refused('USER_LIMIT_REACHED', limitMessage(limit, 'user'));
  throw refused('PERSON_LIMIT_REACHED', limitMessage(limit, 'person'));
}

/** One claim of a group commit (see group-commit.ts): who claims, and the row written for them. */
export type BatchedClaim = { who: Claimant; row: ClaimRow };

/**
 * MySQL, fixed amount, one claim per user, several claimants at once (group commit): ONE decrement of
 * one bucket by the number of claims, then ONE multi-row INSERT whose packet sequence numbers are
 * first_seq + the bucket's new `remaining` + 0, 1, … — exactly the numbers single decrements from the
 * same starting point would have handed out. A bucket that cannot give them all leaves @remaining NULL,
 * `packet_seq` is NOT NULL, and the batch stops there (BucketUnavailable). Every statement is deferred:
 * with the ledger, the idempotency records and COMMIT it is one round trip for the whole group.
 */
export async function deferClaimsInOneRoundTrip(
  sql: Sql,
  stock: StockBuckets,
  c: CampaignRow,
  claimants: { who: Claimant; now: Date }[],
  bucket: number,
): Promise<BatchedClaim[]> {
  const first = await stock.firstSeqOf(sql, c.id, bucket);
  const n = claimants.length;
  sql.defer(
    `UPDATE campaign_stock_buckets SET remaining = LAST_INSERT_ID(remaining - ?)
       WHERE campaign_id = ? AND bucket = ? AND remaining >= ? AND open = 1`,
    [n, c.id, bucket, n],
  );
  sql.defer('SET @remaining = IF(ROW_COUNT() = 1, LAST_INSERT_ID(), NULL)');
  const limit = c.config.limits.per_user;
  const params: unknown[] = [];
  const values: string[] = [];
  const out = claimants.map(({ who, now }, i) => {
    const row = newClaimRow(c, who, now, c.face_fen);
    const family = periodKey(limit, now);
    values.push(`(?, ?, ?, ?, ?, ? + @remaining, ${TAIL_PLACEHOLDERS})`);
    params.push(row.id, row.campaign_id, who.userId, row.kind, c.face_fen, first + i);
    params.push(...claimTail(row, who, `${family}#1`, null));
    return { who, row };
  });
  sql.defer(`INSERT INTO claims (${CLAIM_INSERT_COLUMNS}) VALUES ${values.join(', ')}`, params, {
    mapError: (err) => claimInsertError(err, limit),
  });
  return out;
}
