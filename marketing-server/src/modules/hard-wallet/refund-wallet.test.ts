import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCheck, MODES, startEnv, type TestEnv } from '../../../test/harness';
import { batch, boundCard, cardView, load, uniq } from './fixtures.test-helper';

// A lost card's refund the bank refused (the bound soft wallet was closed for good) is retried by an
// officer to another soft wallet of the same holder — confirmed as theirs by the operator's back end,
// audited — and never to somebody else's (issue 18). On MariaDB and SQLite. On the old code the retry
// route took no body: the only way out was the same closed wallet again.

describe.each(MODES)("hard-wallet refund retried to another of the holder's wallets (%s)", (mode) => {
  let env: TestEnv;
  let nos: string[];
  beforeAll(async () => {
    env = await startEnv(mode, {
      BANK_TIMEOUT_MS: '2000',
      PAYOUT_RETRY_BASE_MS: '10',
      HW_QUIET_PERIOD_HOURS: '168',
    });
    nos = (await batch(env, 4)).nos;
  });
  afterAll(async () => env?.close());

  it("refuses a wallet that is not the holder's, then refunds the confirmed balance once to the chosen one", async () => {
    const mock = env.platform.services.hardWallet.embedded!.mock;
    const hw = env.platform.services.hardWallet;
    const userId = `usr_hw${uniq()}`;
    const { card: c, wallet } = await boundCard(env, nos[0], { userId, walletFen: 40_000 });
    expect((await load(env, c.id, 15_000)).body.status).toBe('succeeded');
    await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/loss`, {
      token: await env.admin('officer'),
      body: { kind: 'formal' },
    });
    mock.closeSoftWallet(wallet);
    env.clock.advance(169 * 3600_000);
    expect(await hw.sweepQuietPeriods()).toBe(1);
    expect(await cardView(env, c.id)).toMatchObject({
      next_action: 'retry_refund',
      confirmed_balance_fen: 15_000,
    });
    const retry = async (body?: unknown) =>
      env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.id}/refund/retry`, {
        token: await env.admin('officer'),
        body,
      });
    const strangers = `SWX${uniq()}`;
    mock.fundSoftWallet(strangers, 0, 'usr_somebody_else');
    const anonymousWallet = `SWA${uniq()}`;
    mock.fundSoftWallet(anonymousWallet, 0);
    for (const w of [strangers, anonymousWallet, `SWNONE${uniq()}`]) {
      const r = await retry({ soft_wallet_id: w });
      expect(r.status, w).toBe(422);
      expect(r.body.code).toBe('WALLET_NOT_HOLDERS');
    }
    expect(mock.softWallet(strangers)).toBe(0);
    expect(await cardView(env, c.id)).toMatchObject({
      next_action: 'retry_refund',
      confirmed_balance_fen: 15_000,
    });
    expect((await retry({ soft_wallet_id: 'x' })).status).toBe(400);
    const second = `SWH${uniq()}`;
    mock.fundSoftWallet(second, 0, userId);
    const ok = await retry({ soft_wallet_id: second });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'cancelled', confirmed_balance_fen: 0, next_action: null });
    expect(mock.softWallet(second)).toBe(15_000);
    const orders = await env.api('GET', `/api/v1/admin/hard-wallet/cards/${c.id}/orders`, {
      token: await env.admin('officer'),
    });
    expect(orders.body.items.map((o: { status: string }) => o.status)).toEqual([
      'succeeded',
      'failed',
      'succeeded',
    ]);
    const audit = await env.platform.db.query<{ changes: string }>(
      "SELECT changes FROM audit_logs WHERE entity_id = ? AND action = 'hw_card.retry_refund'",
      [c.id],
    );
    expect(audit).toHaveLength(1);
    const changes = JSON.parse(audit[0].changes) as { to_soft_wallet: string; instead_of: string };
    expect(changes.to_soft_wallet).not.toBe(second); // masked
    expect(changes.to_soft_wallet.slice(-4)).toBe(second.slice(-4));
    expect(changes.instead_of.slice(-4)).toBe(wallet.slice(-4));
    const again = await retry({ soft_wallet_id: second });
    expect(again).toMatchObject({ status: 409, body: { code: 'CARD_STATE_INVALID' } });
    const check = await ledgerCheck(env);
    expect(check.hard_wallet_cards.issues).toEqual([]);
    expect(check.balanced).toBe(true);
  });
});
