/**
 * Offline batch ingest benchmark on MySQL (MariaDB) + Redis (BENCH_DB=sqlite for embedded).
 *
 *   npm run bench:offline
 *
 * BENCH_CARDS cards (default 500) are loaded through the bank-order lifecycle, then BENCH_TERMINALS
 * terminals (default 10) take BENCH_RECORDS offline taps each (default 2000), every record signed by
 * its chip (the card back end simulator, in-process). Each terminal uploads its records in batches of
 * BENCH_BATCH (default 200, what fits the 64 KiB body limit) over HTTP, shuffled and with 10 % duplicates, all terminals at once — so
 * a card's counters arrive out of order across terminals and wait for each other. Measured: uploaded
 * records per second (duplicates included) until every record is booked. Then the books: every record
 * applied exactly once (no double count, none lost), the ledger check. Progress on stderr; the last
 * line on stdout is one JSON object, with the load average (other work on the machine) beside it.
 */
import os from 'node:os';
import { TerminalSimulator, shuffleRecords, type OfflineRecord } from 'mocks';
import { ledgerCheck, startEnv } from '../test/harness';
import { newId } from '../src/shared/ids';
import { inPool } from './pool';

const CARDS = Number(process.env.BENCH_CARDS ?? 500);
const TERMINALS = Number(process.env.BENCH_TERMINALS ?? 10);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 2000);
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const log = (...a: unknown[]) => console.error('[bench:offline]', ...a);

async function setUp() {
  const env = await startEnv(process.env.BENCH_DB === 'sqlite' ? 'sqlite' : 'mysql', {
    LOG_LEVEL: 'error',
    RUN_JOBS: 'false',
  });
  const now = new Date();
  // Caps for the bench issuer: many offline payments per online transaction (the default is 10).
  await env.platform.db.exec(
    `INSERT INTO hw_params (id, media_type, kyc_level, issuer, balance_max_fen, offline_single_max_fen, offline_count_max,
       offline_cum_max_fen, no_pin_max_fen, floor_fen, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    [newId('hwp'), '*', '*', 'BENCH', 10_000_000, 50_000, 100_000, 10_000_000, 20_000, 0, now],
  );
  const merchantId = newId('mch');
  await env.platform.db.exec(
    'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
    [merchantId, '园区食堂', 'catering', now, now],
  );
  return { env, merchantId };
}

async function cards(env: Awaited<ReturnType<typeof setUp>>['env']) {
  const officer = await env.admin('officer');
  const beg = 6200000000000;
  const b = await env.api('POST', '/api/v1/admin/hard-wallet/batches', {
    token: officer,
    body: {
      beg_no: String(beg),
      end_no: String(beg + CARDS - 1),
      media_type: 'card',
      issuer: 'BENCH',
      cos_version: 'COS3',
      key_version: 1,
      valid_until: '2031-12-31',
      deposit_fen: 0,
    },
  });
  await env.api('POST', `/api/v1/admin/hard-wallet/batches/${b.body.id}/personalize`, { token: officer });
  const nos = Array.from({ length: CARDS }, (_, i) => String(beg + i));
  const ids: string[] = [];
  await inPool(nos, 8, async (no, i) => {
    const wallet = `SWB${i}`;
    env.platform.services.hardWallet.embedded!.mock.fundSoftWallet(wallet, 10_000_000);
    const c = await env.api('POST', '/api/v1/admin/hard-wallet/cards/issue', {
      token: officer,
      body: {
        card_no: no,
        holder_kind: 'anonymous',
        kyc_level: '2',
        soft_wallet_id: wallet,
        location_id: 'warehouse',
      },
    });
    ids[i] = c.body.id;
    const ld = await env.api('POST', `/api/v1/admin/hard-wallet/cards/${c.body.id}/orders`, {
      token: officer,
      idem: `b${i}`,
      body: { direction: 'load', amount_fen: 1_000_000 },
    });
    if (ld.body.status !== 'succeeded') throw new Error(`load ${JSON.stringify(ld.body)}`);
  });
  return nos;
}

async function terminals(env: Awaited<ReturnType<typeof setUp>>['env'], merchantId: string) {
  const reg = await env.admin('registrar');
  const out: TerminalSimulator[] = [];
  for (let i = 0; i < TERMINALS; i++) {
    const no = `BT${String(i).padStart(6, '0')}`;
    const r = await env.api('POST', '/api/v1/admin/hard-wallet/terminals', {
      token: reg,
      body: { terminal_no: no, kind: 'canteen_pos', merchant_id: merchantId, store_name: '一号食堂' },
    });
    const t = new TerminalSimulator({
      platformUrl: `${env.url}/api/v1`,
      cardsUrl: env.platform.services.hardWallet.backEndUrl,
      terminalNo: no,
      terminalKey: r.body.terminal_key,
      kind: 'canteen_pos',
    });
    await t.signOn();
    out.push(t);
  }
  return out;
}

/** Lunch: taps spread over all cards and terminals, each record signed by its chip (in-process). */
function taps(env: Awaited<ReturnType<typeof setUp>>['env'], nos: string[], ts: TerminalSimulator[]) {
  const mock = env.platform.services.hardWallet.embedded!.mock;
  let total = 0;
  let n = 0;
  for (let k = 0; k < RECORDS; k++)
    for (const t of ts) {
      const amount_fen = 100 + ((n * 37) % 900);
      const r = mock.tap(nos[n++ % nos.length], {
        terminal_no: t.opts.terminalNo,
        terminal_seq: ++t.seq,
        amount_fen,
        occurred_at: new Date().toISOString(),
      });
      if (r.status !== 200) throw new Error(`tap refused ${JSON.stringify(r.body)}`);
      t.pending.push(r.body as OfflineRecord);
      total += amount_fen;
    }
  return total;
}

async function main() {
  const { env, merchantId } = await setUp();
  try {
    log(`${CARDS} cards: issuing and loading`);
    const nos = await cards(env);
    const ts = await terminals(env, merchantId);
    const spent = taps(env, nos, ts);
    const unique = TERMINALS * RECORDS;
    log(`${unique} offline records on ${TERMINALS} terminals; uploading shuffled with 10 % duplicates`);
    let sent = 0;
    let duplicates = 0;
    const started = Date.now();
    await Promise.all(
      ts.map(async (t) => {
        const all = shuffleRecords([...t.pending, ...t.pending.filter(() => Math.random() < 0.1)]);
        for (let i = 0; i < all.length; i += BATCH) {
          const res = await t.upload({}, all.slice(i, i + BATCH));
          if (res.status !== 200) throw new Error(`upload ${res.status} ${JSON.stringify(res.body)}`);
          sent += all.slice(i, i + BATCH).length;
          duplicates += Number(res.body.duplicates);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const db = env.platform.db;
    const [st] = await db.query<{ applied: unknown; exc: unknown; total: unknown }>(
      "SELECT SUM(CASE WHEN status = 'applied' THEN 1 ELSE 0 END) AS applied, SUM(CASE WHEN status = 'exception' THEN 1 ELSE 0 END) AS exc, COUNT(*) AS total FROM hw_offline_records",
    );
    const [posted] = await db.query<{ n: unknown; d: unknown; s: unknown }>(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT ref_id) AS d, SUM(amount_fen) AS s FROM ledger_entries WHERE kind = 'card_offline_spend' AND amount_fen > 0",
    );
    const check = await ledgerCheck(env);
    const figures = {
      records: unique,
      uploaded: sent,
      records_per_s: Math.round(sent / seconds),
      duplicates_ignored: duplicates,
      double_counted: Number(posted.n) - Number(posted.d),
      lost: unique - Number(st.applied) - Number(st.exc),
      exceptions: Number(st.exc),
      booked_fen: Number(posted.s),
      spent_fen: spent,
      ledger_balanced: check.balanced === true && Number(posted.s) === spent,
      seconds: Math.round(seconds * 10) / 10,
      database: process.env.BENCH_DB === 'sqlite' ? 'sqlite' : 'mysql',
      load_average_1m: Math.round(os.loadavg()[0] * 100) / 100,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await env.close();
  }
}

await main();
