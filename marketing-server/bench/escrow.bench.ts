/**
 * Prepaid-supervision benchmark on MySQL (MariaDB) + Redis, through the cashier, the bank-order
 * lifecycle and the escrow simulator over HTTP.
 *
 *   npm run bench:escrow
 *
 * BENCH_CONTRACTS consumers (default 200) each buy a 10-class pack with e-CNY; then BENCH_CONCURRENCY
 * (default 16) clients write off random classes and the consumers confirm them (each confirmation one
 * release instruction to the escrow), and about a third of the consumers end their contracts for the
 * pro-rata refund. Then: the ledger check (paid = released + refunded + retained per contract), every
 * refund exact to the fen against the escrow's own contract wallets, and the escrow's hash chain
 * recomputed. Progress on stderr; the last line on stdout is one JSON object.
 */
import mysql from 'mysql2';
import { startEnv } from '../test/harness';
import { bindWallet } from '../test/bank';
import { addProduct, approvedMerchant } from '../test/prepaid';
import { inPool } from './pool';

const N = Number(process.env.BENCH_CONTRACTS ?? 200);
const C = Number(process.env.BENCH_CONCURRENCY ?? 16);
const log = (...a: unknown[]) => console.error('[bench:escrow]', ...a);

// Database round trips (every statement batch sent on a connection), to report per release: a figure
// that, unlike the rate, does not move with the machine's load.
let roundTrips = 0;
const proto = (mysql as unknown as { Connection: { prototype: { query: (...a: unknown[]) => unknown } } })
  .Connection.prototype;
const query = proto.query;
proto.query = function (this: unknown, ...a: unknown[]) {
  roundTrips++;
  return query.apply(this, a);
};

async function main() {
  const env = await startEnv('mysql', {
    LOG_LEVEL: 'error',
    BANK_TIMEOUT_MS: '10000',
    ESCROW_TIMEOUT_MS: '10000',
  });
  try {
    const m = await approvedMerchant(env, { revenue_fen: 100_000_000_000 });
    const pack = await addProduct(env, m.token, {
      kind: 'class_pack',
      name: '羽毛球 10 次课',
      unit_price_fen: 3_333,
      units: 10,
    });
    log(`${N} consumers buy a pack (wallet bound, topped up, bought, paid)`);
    const users = await env.citizens(N);
    const contracts: { token: string; id: string; used: number }[] = [];
    await inPool(users, 8, async (u) => {
      await bindWallet(env, u.token);
      await env.api('POST', '/api/v1/me/wallet/topups', {
        token: u.token,
        idem: 't',
        body: { amount_fen: 50_000 },
      });
      const b = await env.api('POST', '/api/v1/me/prepaid/contracts', {
        token: u.token,
        idem: 'b',
        body: { product_id: pack.id },
      });
      const p = await env.api('POST', `/api/v1/me/prepaid/contracts/${b.body.id}/pay`, {
        token: u.token,
        idem: 'p',
        body: {},
      });
      if (p.status !== 201) throw new Error(`pay ${JSON.stringify(p.body)}`);
      contracts.push({ token: u.token, id: b.body.id, used: 0 });
    });
    const tasks: { c: (typeof contracts)[number]; seq: number; units: number }[] = [];
    for (const c of contracts) {
      const k = 1 + Math.floor(Math.random() * 6);
      for (let s = 1; s <= k; s++) tasks.push({ c, seq: s, units: 1 + Math.floor(Math.random() * 2) });
    }
    tasks.sort(() => Math.random() - 0.5).sort((a, b) => (a.c === b.c ? a.seq - b.seq : 0));
    const merchant = await env.admin('cashier');
    log(`${tasks.length} write-offs and confirmations, ${C} at a time`);
    const byContract = new Map<string, typeof tasks>();
    for (const t of tasks) byContract.set(t.c.id, [...(byContract.get(t.c.id) ?? []), t]);
    let releases = 0;
    const started = Date.now();
    const tripsBefore = roundTrips;
    await inPool([...byContract.values()], C, async (list) => {
      for (const t of list) {
        const w = await env.api('POST', `/api/v1/admin/prepaid/contracts/${t.c.id}/write-offs`, {
          token: merchant,
          body: { seq: t.seq, units: t.units },
        });
        if (w.status !== 201) continue; // over what was bought: refused, nothing changed
        const r = await env.api(
          'POST',
          `/api/v1/me/prepaid/contracts/${t.c.id}/write-offs/${w.body.write_off.id}/confirm`,
          { token: t.c.token, body: {} },
        );
        if (r.status === 200) releases++;
      }
    });
    const seconds = (Date.now() - started) / 1000;
    const trips = roundTrips - tripsBefore;
    log(`${releases} releases in ${seconds.toFixed(1)} s; refunds`);
    const refunders = contracts.filter((_, i) => i % 3 === 0);
    const refused: Record<string, number> = {};
    const refunded: typeof contracts = [];
    await inPool(refunders, C, async (c) => {
      const q = await env.api('GET', `/api/v1/me/prepaid/contracts/${c.id}/refund-quote`, { token: c.token });
      const r = await env.api('POST', `/api/v1/me/prepaid/contracts/${c.id}/refund`, {
        token: c.token,
        body: { expected_refund_fen: q.body.refund_fen },
      });
      if (r.status === 200) refunded.push(c);
      else refused[r.body.code] = (refused[r.body.code] ?? 0) + 1; // refused: nothing changed
    });
    if (Object.keys(refused).length) log('refunds refused', refused);
    await env.platform.queue.drain?.();
    const check = (await env.api('GET', '/api/v1/admin/ledger/check', { token: await env.admin('auditor') }))
      .body;
    const state = (await (await fetch(`${env.platform.embedded.escrow!.url}/__mock/state`)).json()) as {
      contracts: { contract_id: string; released_fen: number; refunded_fen: number; funded_fen: number }[];
    };
    let refundExact = true;
    for (const c of refunded) {
      const mine = (await env.api('GET', `/api/v1/me/prepaid/contracts/${c.id}`, { token: c.token })).body
        .contract;
      const esc = state.contracts.find((x) => x.contract_id === c.id)!;
      if (
        mine.status !== 'refunded' ||
        mine.released_fen + mine.refunded_fen !== mine.paid_fen ||
        esc.refunded_fen !== mine.refunded_fen ||
        esc.released_fen !== mine.released_fen
      )
        refundExact = false;
    }
    const chain = (
      await env.api('POST', '/api/v1/admin/prepaid/chain-verification', {
        token: await env.admin('auditor'),
        body: {},
      })
    ).body;
    console.log(
      JSON.stringify({
        contracts: contracts.length,
        releases,
        releases_per_s: Math.round(releases / seconds),
        db_round_trips_per_release: Math.round((trips / Math.max(1, releases)) * 10) / 10,
        refunds: refunded.length,
        refunds_refused: refused,
        invariant_violations: check.prepaid.invariant_violations,
        chain_verified: chain.ok,
        chain_length: chain.length,
        refund_exact: refundExact,
        ledger_balanced: check.balanced,
      }),
    );
  } finally {
    await env.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
