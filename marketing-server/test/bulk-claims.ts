import { newId } from '../src/shared/ids';

type Exec = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * Writes `count` granted coupon claims of one campaign straight into the tables (and the users who
 * hold them, with a phone and a name), in multi-row INSERTs: for exports and benches that need many
 * rows, not the claim path. Returns the user ids.
 */
export async function insertCouponClaims(
  exec: Exec,
  campaignId: string,
  count: number,
  opts: { claimsPerUser?: number; batch?: number; realName?: (i: number) => string } = {},
) {
  const perUser = opts.claimsPerUser ?? 1;
  const batch = opts.batch ?? 500;
  const now = new Date();
  const end = new Date(now.getTime() + 7 * 86400_000);
  const users: string[] = [];
  const runId = Math.floor(Math.random() * 1e6);
  for (let u = 0; u * perUser < count; u++) users.push(newId('usr'));
  for (let i = 0; i < users.length; i += batch) {
    const chunk = users.slice(i, i + batch);
    const params: unknown[] = [];
    chunk.forEach((id, j) => {
      const n = i + j;
      params.push(id, `o${id}`, `19${String(runId % 100).padStart(2, '0')}${String(n).padStart(7, '0')}`);
      params.push(opts.realName?.(n) ?? '张三丰', now, now);
    });
    await exec(
      `INSERT INTO users (id, openid, phone, real_name, created_at, updated_at) VALUES ${chunk.map(() => '(?,?,?,?,?,?)').join(',')}`,
      params,
    );
  }
  for (let i = 0; i < count; i += batch) {
    const n = Math.min(batch, count - i);
    const params: unknown[] = [];
    for (let j = 0; j < n; j++) {
      const k = i + j;
      const code = String(100_000_000_000 + runId * 1_000_000 + k).slice(-12);
      params.push(newId('clm'), campaignId, users[Math.floor(k / perUser)], 'coupon', 500, k + 1);
      params.push(`s${k % perUser}`, 'granted', code, now, end, 'h5', now, now);
    }
    await exec(
      `INSERT INTO claims (id, campaign_id, user_id, kind, amount_fen, packet_seq, user_slot, status, coupon_code,
         use_start_at, use_end_at, channel, created_at, updated_at)
       VALUES ${new Array(n).fill('(?,?,?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
      params,
    );
  }
  return users;
}
