import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { refused, unauthenticated } from '../../shared/domain-error';
import { maskName, maskPhone } from '../../masking/mask';
import { keyedHash, verifyPassword } from '../../security/passwords';
import type { TokenService } from '../../security/tokens';
import { rolesOf, type AccessControl } from '../../security/access';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit } from '../audit';
import type { SmsClient, WechatClient } from './clients';
import type { IdentityRegistryClient } from '../../connectors/registries/client';
import { createRealName } from './real-name';

export type IdentityDeps = {
  db: Db;
  clock: Clock;
  tokens: TokenService;
  adminTokens: TokenService;
  access: AccessControl;
  wechat: WechatClient;
  sms: SmsClient;
  hashSecret: string;
  /** The authoritative name + ID number check (the identity registry). */
  registry: IdentityRegistryClient;
};

const OTP_TTL_MS = 5 * 60_000;
const OTP_RESEND_MS = 60_000;
const OTP_MAX_ATTEMPTS = 5;

type UserRow = {
  id: string;
  openid: string | null;
  phone: string | null;
  real_name: string | null;
  id_number_masked: string | null;
  id_hash: string | null;
  created_at: Date | string;
};

function userDto(u: UserRow) {
  return {
    id: u.id,
    phone: u.phone ? maskPhone(u.phone) : null,
    wechat_bound: Boolean(u.openid),
    verified: Boolean(u.id_hash),
    real_name: u.real_name ? maskName(u.real_name) : null,
    id_number: u.id_number_masked,
    created_at: toRfc3339(u.created_at),
  };
}

export function createIdentityService(deps: IdentityDeps) {
  const ctx = makeIdentityServiceContext(deps);
  const { realName } = ctx;
  return {
    loginWithWechatCode: loginWithWechatCode.bind(null, ctx),
    sendOtp: sendOtp.bind(null, ctx),
    loginWithOtp: loginWithOtp.bind(null, ctx),
    getMe: getMe.bind(null, ctx),
    verifyIdentity: verifyIdentity.bind(null, ctx),
    reviews: realName,
    loginAdmin: loginAdmin.bind(null, ctx),
    recordLockout: recordLockout.bind(null, ctx),
  };
}

type IdentityServiceContext = ReturnType<typeof makeIdentityServiceContext>;

/** The state and collaborators that createIdentityService's operations share. */
function makeIdentityServiceContext(deps: IdentityDeps) {
  const { db, clock } = deps;
  const realName = createRealName({ db, clock, registry: deps.registry, hashSecret: deps.hashSecret });
  return { deps, db, clock, realName };
}

async function findOrCreateUser(
  ctx: IdentityServiceContext,
  column: 'openid' | 'phone',
  value: string,
): Promise<UserRow> {
  const { db, clock } = ctx;
  const find = async () => (await db.query<UserRow>(`SELECT * FROM users WHERE ${column} = ?`, [value]))[0];
  const existing = await find();
  if (existing) return existing;
  const now = clock.now();
  try {
    await db.exec(`INSERT INTO users (id, ${column}, created_at, updated_at) VALUES (?,?,?,?)`, [
      newId('usr'),
      value,
      now,
      now,
    ]);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err; // created concurrently by a parallel login
  }
  return (await find())!;
}

function citizenSession(ctx: IdentityServiceContext, u: UserRow) {
  const { deps } = ctx;
  const { token, expires_at } = deps.tokens.issue({ typ: 'citizen', sub: u.id });
  return { token, expires_at: toRfc3339(expires_at), user: userDto(u) };
}

async function loginWithWechatCode(ctx: IdentityServiceContext, code: string) {
  const { deps } = ctx;
  const { openid } = await deps.wechat.code2session(code);
  return citizenSession(ctx, await findOrCreateUser(ctx, 'openid', openid));
}

async function sendOtp(ctx: IdentityServiceContext, phone: string) {
  const { clock, db, deps } = ctx;
  const now = clock.now();
  const recent = await db.query<{ created_at: Date | string }>(
    'SELECT created_at FROM otp_challenges WHERE phone = ? ORDER BY created_at DESC LIMIT 1',
    [phone],
  );
  if (recent[0] && now.getTime() - new Date(recent[0].created_at).getTime() < OTP_RESEND_MS) {
    throw refused('OTP_TOO_FREQUENT', '验证码发送过于频繁，请 60 秒后再试');
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.exec(
    'INSERT INTO otp_challenges (id, phone, code_hash, attempts, expires_at, created_at) VALUES (?,?,?,?,?,?)',
    [
      newId('otp'),
      phone,
      keyedHash(deps.hashSecret, `${phone}:${code}`),
      0,
      new Date(now.getTime() + OTP_TTL_MS),
      now,
    ],
  );
  await deps.sms.send(phone, 'LOGIN_OTP', { code, minutes: '5' });
  return { expires_in_s: OTP_TTL_MS / 1000, resend_after_s: OTP_RESEND_MS / 1000 };
}

async function loginWithOtp(ctx: IdentityServiceContext, phone: string, code: string) {
  const { clock, db, deps } = ctx;
  const now = clock.now();
  const rows = await db.query<{
    id: string;
    code_hash: string;
    attempts: number;
    expires_at: Date | string;
    consumed_at: unknown;
  }>(
    'SELECT id, code_hash, attempts, expires_at, consumed_at FROM otp_challenges WHERE phone = ? ORDER BY created_at DESC LIMIT 1',
    [phone],
  );
  const ch = rows[0];
  const invalid = () => refused('OTP_INVALID', '验证码错误或已过期');
  if (!ch || ch.consumed_at || new Date(ch.expires_at) <= now || Number(ch.attempts) >= OTP_MAX_ATTEMPTS)
    throw invalid();
  // Count the attempt first (conditionally) so parallel guesses cannot exceed the limit.
  const counted = await db.exec(
    'UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = ? AND attempts < ? AND consumed_at IS NULL',
    [ch.id, OTP_MAX_ATTEMPTS],
  );
  if (counted.affectedRows !== 1) throw invalid();
  const expected = Buffer.from(ch.code_hash);
  const given = Buffer.from(keyedHash(deps.hashSecret, `${phone}:${code}`));
  if (!timingSafeEqual(expected, given)) throw invalid();
  const consumed = await db.exec(
    'UPDATE otp_challenges SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL',
    [now, ch.id],
  );
  if (consumed.affectedRows !== 1) throw invalid();
  return citizenSession(ctx, await findOrCreateUser(ctx, 'phone', phone));
}

async function getMe(ctx: IdentityServiceContext, userId: string) {
  const { db, realName } = ctx;
  const u = (await db.query<UserRow>('SELECT * FROM users WHERE id = ?', [userId]))[0];
  if (!u) throw unauthenticated();
  return { ...userDto(u), identity_review: u.id_hash ? null : await realName.pendingReviewOf(u.id) };
}

/**
 * Real-name verification against the identity registry (real-name.ts). The answer is the citizen as
 * GET /me shows them: verified, or not yet with the review their ID number is under.
 */
async function verifyIdentity(
  ctx: IdentityServiceContext,
  userId: string,
  name: string,
  idNumber: string,
  requestId?: string,
) {
  const { realName } = ctx;
  await realName.verify(userId, name, idNumber, requestId);
  return getMe(ctx, userId);
}

async function loginAdmin(ctx: IdentityServiceContext, username: string, password: string) {
  const { db, deps } = ctx;
  const rows = await db.query<{
    id: string;
    password_hash: string;
    display_name: string;
    merchant_id: string | null;
    funder_id: string | null;
  }>('SELECT id, password_hash, display_name, merchant_id, funder_id FROM admin_users WHERE username = ?', [
    username,
  ]);
  const u = rows[0];
  // Verify against a fixed hash when the user is unknown so timing does not reveal usernames.
  const ok = await verifyPassword(password, u?.password_hash ?? DUMMY_HASH);
  if (!u || !ok) throw refused('INVALID_CREDENTIALS', '用户名或密码错误');
  // The token names a server-side session; each request reads the user's current roles.
  const roles = (await rolesOf(db, u.id)).map((r) => r.id);
  const sid = await deps.access.createSession(u.id);
  const { token, expires_at } = deps.adminTokens.issue({ typ: 'admin', sub: u.id, sid });
  return {
    token,
    expires_at: toRfc3339(expires_at),
    user: {
      id: u.id,
      username,
      display_name: u.display_name,
      roles,
      merchant_id: u.merchant_id,
      funder_id: u.funder_id,
    },
  };
}

/** The audit row of a lockout by the rate limits (identity/rate-limits.ts); the phone is masked. */
async function recordLockout(
  ctx: IdentityServiceContext,
  lock: {
    subject: 'admin_username' | 'client_ip' | 'otp_phone';
    username?: string;
    phone?: string;
    ip: string;
    failures: number;
    lockMs: number;
    requestId?: string;
  },
) {
  const { clock, db } = ctx;
  const now = clock.now();
  const entityId = lock.subject === 'client_ip' ? lock.ip : (lock.username ?? maskPhone(lock.phone ?? ''));
  await recordAudit(
    db,
    {
      actor: { type: 'system', id: 'rate-limit' },
      action: 'auth.lockout',
      entity_type: lock.subject,
      entity_id: entityId,
      changes: {
        ...(lock.username !== undefined ? { username: lock.username } : {}),
        ...(lock.phone !== undefined ? { phone: maskPhone(lock.phone) } : {}),
        ip: lock.ip,
        failures: lock.failures,
        locked_until: toRfc3339(now.getTime() + lock.lockMs),
      },
      request_id: lock.requestId,
    },
    now,
  );
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export type IdentityService = ReturnType<typeof createIdentityService>;
