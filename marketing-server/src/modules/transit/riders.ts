import { randomBytes } from 'node:crypto';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { refused } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import type { WalletService } from '../wallet';
import { issueRideCode, loadIssuerKey, newIssuerKey, type IssuerKey } from './ride-code';

// Riders: a citizen becomes a rider by signing the pay-after agreement (先乘车后付费, 免密支付 from
// the bound e-CNY wallet). The ride code carries an opaque rider token, never the user id. The
// blacklist is an append-only log of add/remove changes; its last version number is what gates
// sync from.

export type RiderRow = {
  user_id: string;
  rider_token: string;
  rider_category: string;
  wallet_id: string | null;
  agreement_no: string | null;
  agreement_signed_at: Date | string | null;
  created_at: Date | string;
};

export async function riderByToken(sql: Sql, token: string) {
  return (
    (await sql.query<RiderRow>('SELECT * FROM transit_riders WHERE rider_token = ?', [token]))[0] ?? null
  );
}

/** Whether the rider's latest blacklist change is an addition. */
export async function isListed(sql: Sql, token: string): Promise<boolean> {
  const r = (
    await sql.query<{ action: string }>(
      'SELECT action FROM transit_blacklist_changes WHERE rider_token = ? ORDER BY version DESC LIMIT 1',
      [token],
    )
  )[0];
  return r?.action === 'add';
}

/** Adds or removes a rider (idempotent: no change is written when the state already holds). */
export async function setListed(sql: Sql, token: string, listed: boolean, reason: string, now: Date) {
  if ((await isListed(sql, token)) === listed) return false;
  await sql.exec('INSERT INTO transit_blacklist_changes (rider_token, action, reason, at) VALUES (?,?,?,?)', [
    token,
    listed ? 'add' : 'remove',
    reason,
    now,
  ]);
  return true;
}

type RiderDeps = { db: Db; clock: Clock; wallet: WalletService };
type RiderCtx = RiderDeps & { issuerKey: () => Promise<IssuerKey> };

export function createRiders(deps: RiderDeps) {
  let key: IssuerKey | null = null;
  /** The current issuer key (created on first use; kept in the database so every process signs alike). */
  const issuerKey = async (): Promise<IssuerKey> => (key ??= await loadOrCreateIssuerKey(deps));
  const c: RiderCtx = { ...deps, issuerKey };
  return {
    issuerKey,
    publicKeys: () => publicKeys(c.db),
    find: (userId: string) => findRider(c.db, userId),
    signAgreement: (userId: string) => signAgreement(c, userId),
    cancelAgreement: (userId: string) => cancelAgreement(c, userId),
    rideCode: (userId: string) => rideCode(c, userId),
    setCategory,
  };
}

const CURRENT_ISSUER_KEY_SQL =
  'SELECT kid, private_pem, public_pem FROM transit_issuer_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1';

async function loadOrCreateIssuerKey({ db, clock }: RiderDeps): Promise<IssuerKey> {
  let r = (
    await db.query<{ kid: string; private_pem: string; public_pem: string }>(CURRENT_ISSUER_KEY_SQL)
  )[0];
  if (!r) {
    const k = newIssuerKey(`k${Date.now().toString(36)}`);
    try {
      await db.exec(
        'INSERT INTO transit_issuer_keys (kid, public_pem, private_pem, created_at) VALUES (?,?,?,?)',
        [k.kid, k.publicPem, k.privatePem, clock.now()],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    r = (
      await db.query<{ kid: string; private_pem: string; public_pem: string }>(CURRENT_ISSUER_KEY_SQL)
    )[0]!;
  }
  return loadIssuerKey(r.kid, r.private_pem, r.public_pem);
}

async function publicKeys(db: Db) {
  return db.query<{ kid: string; public_pem: string }>(
    'SELECT kid, public_pem FROM transit_issuer_keys WHERE retired_at IS NULL ORDER BY kid',
  );
}

async function findRider(db: Db, userId: string) {
  return (await db.query<RiderRow>('SELECT * FROM transit_riders WHERE user_id = ?', [userId]))[0] ?? null;
}

/** Signs the pay-after agreement with the bound wallet (again: re-points it at the current wallet). */
async function signAgreement({ db, clock, wallet }: RiderCtx, userId: string) {
  const b = await wallet.binding(userId);
  if (!b) throw refused('WALLET_NOT_BOUND', '请先绑定数字人民币钱包');
  const now = clock.now();
  const prior = await findRider(db, userId);
  const agreement = `TA${randomBytes(8).toString('hex').toUpperCase()}`;
  if (prior)
    await db.exec(
      'UPDATE transit_riders SET wallet_id = ?, agreement_no = ?, agreement_signed_at = ? WHERE user_id = ?',
      [b.wallet_id, prior.agreement_no ?? agreement, prior.agreement_signed_at ?? now, userId],
    );
  else
    try {
      await db.exec(
        `INSERT INTO transit_riders (user_id, rider_token, rider_category, wallet_id, agreement_no, agreement_signed_at, created_at)
         VALUES (?,?,'adult',?,?,?,?)`,
        [userId, `rt${randomBytes(12).toString('base64url')}`, b.wallet_id, agreement, now, now],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  return riderDto((await findRider(db, userId))!);
}

async function cancelAgreement({ db }: RiderCtx, userId: string) {
  const r = await findRider(db, userId);
  if (!r) throw refused('NO_AGREEMENT', '尚未开通乘车码');
  const open = await db.query(
    "SELECT id FROM transit_journeys WHERE user_id = ? AND status IN ('charging','debt') LIMIT 1",
    [userId],
  );
  if (open.length) throw refused('DEBT_OUTSTANDING', '有待支付或欠费的行程，结清后才能关闭乘车码');
  await db.exec(
    'UPDATE transit_riders SET agreement_no = NULL, agreement_signed_at = NULL WHERE user_id = ?',
    [userId],
  );
  return riderDto((await findRider(db, userId))!);
}

/** A fresh ride code, or why none can be shown (no agreement, or listed for an unpaid fare). */
async function rideCode({ db, clock, issuerKey }: RiderCtx, userId: string) {
  const r = await findRider(db, userId);
  if (!r || !r.agreement_no || !r.wallet_id)
    throw refused('NO_AGREEMENT', '请先开通乘车码（签署先乘车后付费协议）');
  const debts = await db.query<{ s: unknown; c: unknown }>(
    "SELECT SUM(fare_fen - paid_fen) AS s, COUNT(*) AS c FROM transit_journeys WHERE user_id = ? AND status = 'debt'",
    [userId],
  );
  const debt_fen = Number(debts[0]?.s ?? 0);
  if (await isListed(db, r.rider_token))
    return {
      status: 'blocked' as const,
      reason: 'DEBT_BLACKLISTED',
      debt_fen,
      code: null,
      expires_at: null,
      expires_in_s: null,
    };
  const { code, claims } = issueRideCode(await issuerKey(), r.rider_token, clock.now());
  return {
    status: 'ok' as const,
    reason: null,
    debt_fen,
    code,
    expires_at: toRfc3339(new Date(claims.expires_s * 1000)),
    expires_in_s: claims.expires_s - claims.issued_s,
  };
}

async function setCategory(sql: Sql, userId: string, category: string) {
  await sql.exec('UPDATE transit_riders SET rider_category = ? WHERE user_id = ?', [category, userId]);
}

export function riderDto(r: RiderRow) {
  return {
    rider_category: r.rider_category,
    agreement_no: r.agreement_no,
    agreement_signed_at: toRfc3339(r.agreement_signed_at),
    wallet_bound: Boolean(r.wallet_id),
  };
}

export type Riders = ReturnType<typeof createRiders>;
