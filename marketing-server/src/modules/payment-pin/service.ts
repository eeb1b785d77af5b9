import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { refused } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit } from '../audit';

// A citizen's payment PIN (支付密码): set once, changed only with the old one, kept as a salted scrypt
// hash. Five consecutive wrong entries lock it for 30 minutes. A correct entry buys a payment token:
// random, single use, valid for 5 minutes and bound to (citizen, purpose, amount_fen); a payment route
// consumes it in the same transaction as the payment row it writes, so a retried request (same
// Idempotency-Key) finds that row and needs no second token.

export const MAX_PIN_ATTEMPTS = 5;
export const PIN_LOCK_MS = 30 * 60_000;
export const PAYMENT_TOKEN_TTL_MS = 5 * 60_000;

/** What a payment token may pay for. */
export const PAYMENT_PURPOSES = ['topup', 'parking', 'cashier'] as const;
/**
 * 小额免密: a payment from the wallet up to this amount needs no PIN; above it, a citizen who set one
 * must enter it (top-ups always, once a PIN is set). ¥200, the usual password-free limit of WeChat Pay
 * and of the e-CNY App's 小额免密 default.
 */
export const PIN_FREE_LIMIT_FEN = 20_000;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

// N = 2^14 with r = 8 costs about 16 MiB and tens of milliseconds per guess: slow for a brute force
// of a stolen table, cheap enough for one citizen paying.
const SCRYPT = { N: 16_384, r: 8, p: 1, keylen: 32 };

type PinRow = {
  user_id: string;
  pin_hash: string;
  failed_count: number;
  locked_until: Date | string | null;
};

export type PinDeps = { db: Db; clock: Clock };

const forUpdate = (sql: Sql) => (sql.dialect === 'mysql' ? ' FOR UPDATE' : '');

const notSet = () => refused('PIN_NOT_SET', '请先设置支付密码');

function lockedRefusal(lockedUntil: Date) {
  const hhmm = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(lockedUntil);
  return refused('PIN_LOCKED', `支付密码错误次数过多，已锁定，请于 ${hhmm} 后再试`, {
    locked_until: toRfc3339(lockedUntil),
  });
}

function derive(pin: string, salt: Buffer, n = SCRYPT.N, r = SCRYPT.r, p = SCRYPT.p): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, SCRYPT.keylen, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('hex'), key.toString('hex')].join('$');
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltHex, hashHex] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hashHex, 'hex');
  const key = await derive(pin, Buffer.from(saltHex, 'hex'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Six equal digits or a run up or down (123456, 654321) are the first guesses of anyone: refused. */
export function isTooSimple(pin: string): boolean {
  if (/^(\d)\1{5}$/.test(pin)) return true;
  const steps = [...pin].slice(1).map((c, i) => Number(c) - Number(pin[i]));
  return steps.every((s) => s === 1) || steps.every((s) => s === -1);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const isLocked = (row: PinRow, now: Date) =>
  row.locked_until !== null && new Date(row.locked_until).getTime() > now.getTime();

async function findPin(sql: Sql, userId: string, lock = false): Promise<PinRow | null> {
  const rows = await sql.query<PinRow>(
    `SELECT user_id, pin_hash, failed_count, locked_until FROM payment_pins WHERE user_id = ?${lock ? forUpdate(sql) : ''}`,
    [userId],
  );
  return rows[0] ?? null;
}

export function createPaymentPinService(deps: PinDeps) {
  return {
    status: (userId: string) => status(deps, userId),
    isSet: async (userId: string) => (await findPin(deps.db, userId)) !== null,
    setPin: (userId: string, input: { pin: string; old_pin?: string }) => setPin(deps, userId, input),
    verify: (userId: string, input: { pin: string; purpose: PaymentPurpose; amount_fen: number }) =>
      verify(deps, userId, input),
    consumeToken: (sql: Sql, input: ConsumeInput) => consumeToken(deps, sql, input),
    confirmPayment: (sql: Sql, input: PaymentConfirmation) => confirmPayment(deps, sql, input),
  };
}

export type PaymentPinService = ReturnType<typeof createPaymentPinService>;

async function status(deps: PinDeps, userId: string) {
  const row = await findPin(deps.db, userId);
  const now = deps.clock.now();
  const limit = { pin_free_limit_fen: PIN_FREE_LIMIT_FEN };
  if (!row) return { set: false, locked_until: null, remaining_attempts: MAX_PIN_ATTEMPTS, ...limit };
  const locked = isLocked(row, now);
  // An expired lock is counted afresh at the next entry (reserveAttempt).
  const failed = row.locked_until === null ? Number(row.failed_count) : locked ? MAX_PIN_ATTEMPTS : 0;
  return {
    set: true,
    locked_until: locked ? toRfc3339(row.locked_until) : null,
    remaining_attempts: MAX_PIN_ATTEMPTS - failed,
    ...limit,
  };
}

/**
 * Takes one of the five attempts before the PIN is checked, under a row lock (serialised on SQLite):
 * ten guesses sent at once are ten attempts in a row, and the sixth finds the PIN locked without
 * being checked. Returns the attempt's number; the fifth sets the lock, which a correct PIN lifts.
 */
async function reserveAttempt(deps: PinDeps, userId: string): Promise<{ row: PinRow; attempt: number }> {
  return deps.db.tx(async (sql) => {
    const row = await findPin(sql, userId, true);
    if (!row) throw notSet();
    const now = deps.clock.now();
    if (isLocked(row, now)) throw lockedRefusal(new Date(row.locked_until!));
    const attempt = (row.locked_until === null ? Number(row.failed_count) : 0) + 1;
    const lockedUntil = attempt >= MAX_PIN_ATTEMPTS ? new Date(now.getTime() + PIN_LOCK_MS) : null;
    await sql.exec('UPDATE payment_pins SET failed_count = ?, locked_until = ? WHERE user_id = ?', [
      attempt,
      lockedUntil,
      userId,
    ]);
    return { row, attempt };
  });
}

/** Checks the PIN against its attempt; throws PIN_INCORRECT (with the tries left) or PIN_LOCKED. */
async function checkPin(deps: PinDeps, userId: string, pin: string): Promise<void> {
  const { row, attempt } = await reserveAttempt(deps, userId);
  if (await pinMatches(pin, row.pin_hash)) {
    await deps.db.exec('UPDATE payment_pins SET failed_count = 0, locked_until = NULL WHERE user_id = ?', [
      userId,
    ]);
    return;
  }
  const remaining = MAX_PIN_ATTEMPTS - attempt;
  if (remaining > 0) {
    throw refused('PIN_INCORRECT', `支付密码错误，还可以再试 ${remaining} 次`, {
      remaining_attempts: remaining,
    });
  }
  const now = deps.clock.now();
  const lockedUntil = new Date(now.getTime() + PIN_LOCK_MS);
  await deps.db.tx((sql) =>
    recordAudit(
      sql,
      {
        actor: { type: 'citizen', id: userId },
        action: 'payment_pin.locked',
        entity_type: 'payment_pin',
        entity_id: userId,
        changes: { failed_count: attempt, locked_until: toRfc3339(lockedUntil) },
      },
      now,
    ),
  );
  throw lockedRefusal(lockedUntil);
}

async function setPin(deps: PinDeps, userId: string, input: { pin: string; old_pin?: string }) {
  if (isTooSimple(input.pin)) {
    throw refused('PIN_TOO_SIMPLE', '支付密码过于简单，请勿使用相同或连续的数字');
  }
  const existing = await findPin(deps.db, userId);
  if (existing && input.old_pin === undefined) {
    throw refused('PIN_ALREADY_SET', '已设置支付密码；修改需要输入原支付密码');
  }
  if (!existing && input.old_pin !== undefined) throw notSet();
  if (existing) await checkPin(deps, userId, input.old_pin!);
  const hash = await hashPin(input.pin);
  const now = deps.clock.now();
  const created = await deps.db.tx(async (sql) => {
    if (existing) {
      await sql.exec(
        'UPDATE payment_pins SET pin_hash = ?, failed_count = 0, locked_until = NULL, updated_at = ? WHERE user_id = ?',
        [hash, now, userId],
      );
    } else {
      // Two first settings at once: the primary key lets one in; the other is told the PIN is set.
      try {
        await sql.exec(
          'INSERT INTO payment_pins (user_id, pin_hash, failed_count, locked_until, set_at, updated_at) VALUES (?,?,0,NULL,?,?)',
          [userId, hash, now, now],
        );
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        return false;
      }
    }
    await recordAudit(
      sql,
      {
        actor: { type: 'citizen', id: userId },
        action: existing ? 'payment_pin.changed' : 'payment_pin.set',
        entity_type: 'payment_pin',
        entity_id: userId,
      },
      now,
    );
    return true;
  });
  if (!created) throw refused('PIN_ALREADY_SET', '已设置支付密码；修改需要输入原支付密码');
  return status(deps, userId);
}

async function verify(
  deps: PinDeps,
  userId: string,
  input: { pin: string; purpose: PaymentPurpose; amount_fen: number },
) {
  await checkPin(deps, userId, input.pin);
  const token = randomBytes(24).toString('base64url');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + PAYMENT_TOKEN_TTL_MS);
  await deps.db.exec(
    'INSERT INTO payment_tokens (token_hash, user_id, purpose, amount_fen, expires_at, used_at, created_at) VALUES (?,?,?,?,?,NULL,?)',
    [tokenHash(token), userId, input.purpose, input.amount_fen, expiresAt, now],
  );
  return {
    payment_token: token,
    purpose: input.purpose,
    amount_fen: input.amount_fen,
    expires_at: toRfc3339(expiresAt)!,
  };
}

export type ConsumeInput = { userId: string; purpose: PaymentPurpose; amount_fen: number; token: string };

/**
 * Uses the token up inside the caller's transaction (one conditional update: two requests with one
 * token cannot both pass, on any number of processes). Refuses a token that is unknown, used,
 * expired, another citizen's, or for another purpose or amount, all alike.
 */
async function consumeToken(deps: PinDeps, sql: Sql, input: ConsumeInput): Promise<void> {
  const used = await sql.exec(
    'UPDATE payment_tokens SET used_at = ? WHERE token_hash = ? AND user_id = ? AND purpose = ? AND amount_fen = ? AND used_at IS NULL AND expires_at > ?',
    [
      deps.clock.now(),
      tokenHash(input.token),
      input.userId,
      input.purpose,
      input.amount_fen,
      deps.clock.now(),
    ],
  );
  if (used.affectedRows !== 1) {
    throw refused('PAYMENT_TOKEN_INVALID', '支付验证已失效，请重新输入支付密码');
  }
}

export type PaymentConfirmation = {
  userId: string;
  purpose: Exclude<PaymentPurpose, 'topup'>;
  amount_fen: number;
  token: string | undefined;
};

/**
 * A wallet payment's PIN check, inside the transaction that writes the payment row: a token sent is
 * used up (it must match purpose and amount); without one, a payment above the password-free limit by
 * a citizen who set a PIN is refused with PAYMENT_TOKEN_REQUIRED. A retry under the same
 * Idempotency-Key finds its row before this and needs no second token.
 */
async function confirmPayment(deps: PinDeps, sql: Sql, input: PaymentConfirmation): Promise<void> {
  if (input.token !== undefined) return consumeToken(deps, sql, { ...input, token: input.token });
  if (input.amount_fen <= PIN_FREE_LIMIT_FEN) return;
  if (await findPin(sql, input.userId))
    throw refused('PAYMENT_TOKEN_REQUIRED', '单笔超过 ¥200 需输入支付密码确认', {
      amount_fen: input.amount_fen,
      pin_free_limit_fen: PIN_FREE_LIMIT_FEN,
    });
}
