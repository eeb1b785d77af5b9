import type { TestEnv } from './harness';

// Helpers for suites that drive the bank wallet simulator the platform runs in-process (embedded
// bank; a real HTTP server all the same).

export async function bankCall(env: TestEnv, method: string, p: string, body?: unknown) {
  const res = await fetch(env.platform.urls.bank + p, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text && text[0] === '{' ? JSON.parse(text) : text };
}

/** Sets the simulator's global faults (omitted ones back to defaults; duplicates off unless given). */
export async function setBankFaults(env: TestEnv, faults: Record<string, unknown> = {}) {
  const res = await bankCall(env, 'POST', '/__mock/faults', { duplicate_callbacks: 0, ...faults });
  if (res.status !== 200) throw new Error(`faults not set: ${JSON.stringify(res.body)}`);
}

let phoneSeq = 0;
export function newPhone(): string {
  phoneSeq++;
  return `139${String(Date.now() % 1e4).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`;
}

/** Binds a citizen's wallet through the platform: phone → OTP read from the simulator → confirm. */
export async function bindWallet(env: TestEnv, token: string, givenPhone?: string) {
  let phone = givenPhone ?? newPhone();
  // Right after a bad spell the bank's circuit may still be open: a citizen told 银行服务暂时不可用，
  // 请稍后再试 tries again a moment later, and so does this helper (for a few seconds at most).
  const start = () => env.api('POST', '/api/v1/me/wallet/bindings', { token, body: { phone } });
  let started = await start();
  for (let i = 0; i < 50 && started.status === 503 && started.body?.code === 'BANK_UNAVAILABLE'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    // The refused send still counts against the phone's 60-s resend gap: a fresh number, unless given.
    if (!givenPhone) phone = newPhone();
    started = await start();
  }
  if (started.status !== 201) throw new Error(`binding failed: ${JSON.stringify(started.body)}`);
  const otps = await bankCall(env, 'GET', `/__mock/otps?phone=${phone}`);
  const otp = otps.body.otps.at(-1).otp as string;
  const confirmed = await env.api('POST', `/api/v1/me/wallet/bindings/${started.body.binding_id}/confirm`, {
    token,
    body: { otp },
  });
  if (confirmed.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}`);
  const row = await env.platform.db.query<{ wallet_id: string; user_id: string }>(
    'SELECT wallet_id, user_id FROM wallet_bindings WHERE wallet_id_masked = ? ORDER BY bound_at DESC',
    [confirmed.body.wallet_id_masked],
  );
  return { walletId: row[0].wallet_id, phone, wallet: confirmed.body };
}

export async function bankWallet(env: TestEnv, walletId: string) {
  return (await bankCall(env, 'GET', `/v1/wallets/${walletId}`)).body;
}

export async function waitFor<T>(what: string, fn: () => Promise<T | false>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | false = false;
  while (Date.now() < until) {
    last = await fn();
    if (last !== false) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function paymentCounts(env: TestEnv, purpose = 'payout') {
  const rows = await env.platform.db.query<{ status: string; n: unknown }>(
    'SELECT status, COUNT(*) AS n FROM bank_payments WHERE purpose = ? GROUP BY status',
    [purpose],
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
}

/** CST day key (yyyyMMdd) of the test clock's now. */
export function cstToday(env: TestEnv): string {
  const d = new Date(env.clock.now().getTime() + 8 * 3600_000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

export const FAST_BANK_ENV = {
  BANK_TIMEOUT_MS: '300',
  BANK_BREAKER_COOLDOWN_MS: '100',
  PAYOUT_RETRY_BASE_MS: '20',
  PAYOUT_MAX_ATTEMPTS: '12',
  PAYOUT_LEASE_MS: '2000',
  PAYOUT_SWEEP_SECONDS: '1',
  QUEUE_STALLED_MS: '2000',
};

/**
 * The bank's callbacks stop reaching the platform, so a lost answer stays lost until the platform
 * asks (otherwise the callback may confirm the order before the caller's timeout). Returns the undo.
 */
export function muteBankCallbacks(env: TestEnv): () => void {
  const mock = env.platform.embeddedBank;
  if (!mock) throw new Error('muteBankCallbacks needs the embedded bank');
  mock.setCallbackUrl(undefined);
  return () => mock.setCallbackUrl(`${env.url}/api/v1/callbacks/bank-wallet`);
}

/** The PIN pinToken sets for a citizen who has none (not a run or a repeat: the server refuses those). */
export const TEST_PIN = '258036';

/**
 * A payment token for one top-up of `amount_fen`: sets the citizen's payment PIN (TEST_PIN) the first
 * time, then verifies it, as the wallet page does before it sends the top-up.
 */
export async function pinToken(env: TestEnv, token: string, amount_fen: number, purpose = 'topup') {
  const status = await env.api('GET', '/api/v1/me/payment-pin', { token });
  if (!status.body.set) {
    const set = await env.api('POST', '/api/v1/me/payment-pin', { token, body: { pin: TEST_PIN } });
    if (set.status !== 200) throw new Error(`PIN not set: ${JSON.stringify(set.body)}`);
  }
  const verified = await env.api('POST', '/api/v1/me/payment-pin/verify', {
    token,
    body: { pin: TEST_PIN, purpose, amount_fen },
  });
  if (verified.status !== 201) throw new Error(`PIN not verified: ${JSON.stringify(verified.body)}`);
  return verified.body.payment_token as string;
}
