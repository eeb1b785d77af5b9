import { TerminalSimulator, type TerminalKind } from 'mocks';
import type { TestEnv } from '../../../test/harness';

// Shared set-up of the hard-wallet suites: a batch of cards, a bound card with money on it, a
// registered and signed-on terminal (the simulator), all through the HTTP API.

let seq = 0;
export const uniq = () => `${Date.now() % 1_000_000}${++seq}`.padStart(8, '0').slice(-8);

export async function merchant(env: TestEnv, name = '园区食堂') {
  const id = `mch_hw${uniq()}`;
  const now = new Date();
  await env.platform.db.exec(
    'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
    [id, name, 'catering', now, now],
  );
  return id;
}

export async function batch(env: TestEnv, count = 10) {
  const officer = await env.admin('officer');
  const beg = `62${uniq()}00`;
  const end = String(BigInt(beg) + BigInt(count - 1));
  const b = await env.api('POST', '/api/v1/admin/hard-wallet/batches', {
    token: officer,
    body: {
      beg_no: beg,
      end_no: end,
      media_type: 'card',
      issuer: 'ICBC-GZ',
      cos_version: 'COS3.1',
      key_version: 1,
      valid_until: '2031-12-31',
      deposit_fen: 0,
    },
  });
  if (b.status !== 201) throw new Error(JSON.stringify(b.body));
  await env.api('POST', `/api/v1/admin/hard-wallet/batches/${b.body.id}/personalize`, { token: officer });
  const nos = Array.from({ length: count }, (_, i) => String(BigInt(beg) + BigInt(i)));
  return { batch: b.body, nos };
}

/** Issues and binds a card to a fresh soft wallet holding `walletFen` at the back end. */
export async function boundCard(
  env: TestEnv,
  cardNo: string,
  opts: { userId?: string; walletFen?: number; name?: string; location?: string } = {},
) {
  const wallet = `SW${uniq()}${seq}`;
  env.platform.services.hardWallet.embedded!.mock.fundSoftWallet(wallet, opts.walletFen ?? 100_000);
  const res = await env.api('POST', '/api/v1/admin/hard-wallet/cards/issue', {
    token: await env.admin('officer'),
    body: {
      card_no: cardNo,
      holder_kind: 'real_name',
      holder_user_id: opts.userId,
      holder_name: opts.name ?? '张三丰',
      kyc_level: '2',
      soft_wallet_id: wallet,
      location_id: opts.location ?? 'warehouse',
    },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return { card: res.body as { id: string; card_no: string }, wallet };
}

export async function load(env: TestEnv, cardId: string, amount_fen: number, idem = `ld-${uniq()}`) {
  return env.api('POST', `/api/v1/admin/hard-wallet/cards/${cardId}/orders`, {
    token: await env.admin('officer'),
    idem,
    body: { direction: 'load', amount_fen },
  });
}

export async function terminal(env: TestEnv, merchantId: string, kind: TerminalKind = 'pos', orgId?: string) {
  const no = `T${uniq()}${seq}`;
  const res = await env.api('POST', '/api/v1/admin/hard-wallet/terminals', {
    token: await env.admin('registrar'),
    body: {
      terminal_no: no,
      kind,
      merchant_id: merchantId,
      store_name: '一号食堂',
      ...(orgId ? { org_id: orgId } : {}),
    },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  const t = new TerminalSimulator({
    platformUrl: `${env.url}/api/v1`,
    cardsUrl: env.platform.services.hardWallet.backEndUrl,
    terminalNo: no,
    terminalKey: res.body.terminal_key,
    kind,
    now: () => env.clock.now(),
  });
  const on = await t.signOn();
  if (on.status !== 200) throw new Error(JSON.stringify(on.body));
  return { sim: t, id: res.body.id as string, no };
}

export async function cardView(env: TestEnv, cardId: string) {
  const res = await env.api('GET', '/api/v1/admin/hard-wallet/cards?limit=500', {
    token: await env.admin('officer'),
  });
  return (
    res.body.items as { id: string; confirmed_balance_fen: number; status: string; blacklisted: boolean }[]
  ).find((c) => c.id === cardId)!;
}

export async function payable(env: TestEnv, merchantId: string) {
  const r = await env.platform.db.query<{ s: unknown }>(
    'SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = ?',
    [`merchant_payable:${merchantId}`],
  );
  return Number(r[0]?.s ?? 0);
}

/** Drives a card order to a final state (asking the back end again, as the sweep would). */
export async function settle(env: TestEnv, orderId: string) {
  for (let i = 0; i < 50; i++) {
    const p = await env.platform.services.payments.attempt(orderId);
    if (p && ['paid', 'failed', 'cancelled'].includes(p.status)) return p.status;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`order ${orderId} did not settle`);
}
