import { cardKey, offlineTac, sameMac, type OfflineRecordIn } from '../../connectors/hard-wallet/crypto';
import type { Sql } from '../../db/sql';
import { accounts, postMany, type Posting } from '../ledger';
import { newId } from '../../shared/ids';
import { BOOKS_OPEN, CLOSED, type CardStatus } from './card-states';
import { normaliseCard } from './cards';
import { exceptionId, num, type CardRow, type HwDeps } from './deps';
import { BLACKLIST, pushEntries } from './lists';
import { paramsFor, type CardParams } from './params';
import type { TerminalRow } from './terminals';

// Offline batch ingest. A terminal uploads what its cards signed offline, late, duplicated and out of
// order. Each record is checked (the card's TAC, a known card, the uploader's own record, arithmetic,
// the single-payment cap): a record that fails is refused and kept in the exception queue with its
// code — never dropped. Good records are stored once: unique by (card, offline counter) and by
// (terminal, terminal sequence); a resend is counted as a duplicate, a different record under a
// taken key is a conflict for a person. A gap in the terminal's sequence raises an alert until the
// missing records arrive. Then each touched card is replayed in counter order from where its chain
// stands: balance_before must be the previous balance_after (or the last load's), within the offline
// caps, within the confirmed balance; a record that fails goes to the exception queue (the chain
// moves on by the chip's word, the money does not). Applied spends move the card's confirmed balance
// to the terminal merchant's payable, which settles like any payment. A card whose next counter has
// not arrived waits.

export type IngestResult = {
  batch_id: string;
  records: number;
  accepted: number;
  duplicates: number;
  rejected: { terminal_seq: number; card_no: string; code: string }[];
  applied: number;
  exceptions: number;
  waiting: number;
};

type Rec = OfflineRecordIn;
type Reject = { r: Partial<Rec>; code: string; detail: string };
const REPLAY_CHUNK = 200;

async function cardsByNo(sql: Sql, nos: string[]) {
  const out = new Map<string, CardRow>();
  const unique = [...new Set(nos)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = await sql.query<CardRow>(
      `SELECT * FROM hw_cards WHERE card_no IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const r of rows) out.set(r.card_no, normaliseCard(r));
  }
  return out;
}

/** The checks a record passes before it is stored (the ones that need no chain). */
function classify(
  deps: HwDeps,
  t: TerminalRow,
  records: Rec[],
  cards: Map<string, CardRow>,
  params: Map<string, CardParams>,
) {
  const keys = new Map<string, Buffer>();
  const good: { r: Rec; card: CardRow }[] = [];
  const bad: Reject[] = [];
  for (const r of records) {
    const card = cards.get(r.card_no);
    if (r.terminal_no !== t.terminal_no)
      bad.push({ r, code: 'TERMINAL_MISMATCH', detail: `record of terminal ${r.terminal_no}` });
    else if (!card) bad.push({ r, code: 'CARD_UNKNOWN', detail: 'no such card' });
    else {
      let key = keys.get(card.id);
      if (!key) keys.set(card.id, (key = cardKey(deps.masterKey, card.card_no, card.key_version)));
      const cap = params.get(card.id)!;
      const { tac, ...fields } = r;
      if (!sameMac(tac, offlineTac(key, fields)))
        bad.push({ r, code: 'TAC_INVALID', detail: 'the card TAC does not verify' });
      else if (r.balance_after_fen !== r.balance_before_fen - r.amount_fen)
        bad.push({ r, code: 'BALANCE_ARITHMETIC', detail: 'balance_after ≠ balance_before − amount' });
      else if (r.amount_fen > cap.offline_single_max_fen)
        bad.push({
          r,
          code: 'OFFLINE_CAP_EXCEEDED',
          detail: `single offline payment above ${cap.offline_single_max_fen}`,
        });
      else good.push({ r, card });
    }
  }
  return { good, bad };
}

async function paramsByCard(sql: Sql, cards: Iterable<CardRow>) {
  const byKey = new Map<string, CardParams>();
  const out = new Map<string, CardParams>();
  for (const c of cards) {
    const k = `${c.media_type}|${c.kyc_level}|${c.issuer}`;
    let p = byKey.get(k);
    if (!p) byKey.set(k, (p = await paramsFor(sql, c)));
    out.set(c.id, p);
  }
  return out;
}

async function insertExceptions(
  sql: Sql,
  rows: {
    id: string;
    terminal_id: string | null;
    card_no: string | null;
    record_id: string | null;
    offline_counter: number | null;
    terminal_seq: number | null;
    amount_fen: number;
    code: string;
    detail: string;
    raw: string | null;
  }[],
  now: Date,
) {
  if (!rows.length) return;
  const ignore = sql.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await sql.exec(
      `${ignore} INTO hw_exceptions (id, terminal_id, card_no, record_id, offline_counter, terminal_seq, amount_fen, code, detail, raw, status, created_at, updated_at)
       VALUES ${chunk.map(() => "(?,?,?,?,?,?,?,?,?,?,'open',?,?)").join(',')}`,
      chunk.flatMap((e) => [
        e.id,
        e.terminal_id,
        e.card_no,
        e.record_id,
        e.offline_counter,
        e.terminal_seq,
        e.amount_fen,
        e.code,
        e.detail.slice(0, 255),
        e.raw,
        now,
        now,
      ]),
    );
  }
}

/** Stores the upload: the batch row, the refused records (for review) and the good ones, once. */
async function store(
  sql: Sql,
  t: TerminalRow,
  batchId: string,
  body: { batch_no: number; upload_no: number },
  good: { r: Rec; card: CardRow }[],
  bad: Reject[],
  now: Date,
) {
  const ignore = sql.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  let inserted = 0;
  for (let i = 0; i < good.length; i += 500) {
    const chunk = good.slice(i, i + 500);
    const res = await sql.exec(
      `${ignore} INTO hw_offline_records (id, card_id, offline_counter, online_counter, terminal_id, terminal_seq, merchant_id, amount_fen,
         balance_before_fen, balance_after_fen, occurred_at, tac, status, batch_id, created_at)
       VALUES ${chunk.map(() => "(?,?,?,?,?,?,?,?,?,?,?,?,'received',?,?)").join(',')}`,
      chunk.flatMap(({ r, card }) => [
        newId('hwr'),
        card.id,
        r.offline_counter,
        r.online_counter,
        t.id,
        r.terminal_seq,
        t.merchant_id,
        r.amount_fen,
        r.balance_before_fen,
        r.balance_after_fen,
        new Date(r.occurred_at),
        r.tac,
        batchId,
        now,
      ]),
    );
    inserted += res.affectedRows;
  }
  await insertExceptions(
    sql,
    bad.map(({ r, code, detail }) => ({
      id: exceptionId('reject', t.id, r.terminal_seq, r.card_no, r.offline_counter, r.tac, code),
      terminal_id: t.id,
      card_no: r.card_no ?? null,
      record_id: null,
      offline_counter: r.offline_counter ?? null,
      terminal_seq: r.terminal_seq ?? null,
      amount_fen: num(r.amount_fen),
      code,
      detail,
      raw: JSON.stringify(r).slice(0, 4000),
    })),
    now,
  );
  return inserted;
}

/** The ignored records: plain resends, or a different record under a taken key (a conflict). */
async function conflicts(sql: Sql, t: TerminalRow, batchId: string, good: { r: Rec; card: CardRow }[]) {
  if (!good.length) return [] as Reject[];
  const stored = new Map<
    string,
    { batch_id: string; tac: string; terminal_id: string; terminal_seq: number }
  >();
  const ids = [...new Set(good.map((g) => g.card.id))];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const counters = [
      ...new Set(good.filter((g) => chunk.includes(g.card.id)).map((g) => g.r.offline_counter)),
    ];
    const rows = await sql.query<{
      card_id: string;
      offline_counter: unknown;
      batch_id: string;
      tac: string;
      terminal_id: string;
      terminal_seq: unknown;
    }>(
      `SELECT card_id, offline_counter, batch_id, tac, terminal_id, terminal_seq FROM hw_offline_records
        WHERE card_id IN (${chunk.map(() => '?').join(',')}) AND offline_counter IN (${counters.map(() => '?').join(',')})`,
      [...chunk, ...counters],
    );
    for (const r of rows)
      stored.set(`${r.card_id}|${num(r.offline_counter)}`, { ...r, terminal_seq: num(r.terminal_seq) });
  }
  const out: Reject[] = [];
  for (const { r, card } of good) {
    const s = stored.get(`${card.id}|${r.offline_counter}`);
    if (!s)
      out.push({ r, code: 'TERMINAL_SEQ_CONFLICT', detail: 'another record holds this terminal sequence' });
    else if (s.tac !== r.tac || s.terminal_id !== t.id || s.terminal_seq !== r.terminal_seq)
      out.push({ r, code: 'COUNTER_CONFLICT', detail: 'another record holds this card counter' });
  }
  void batchId;
  return out;
}

export async function ingestBatch(
  deps: HwDeps,
  t: TerminalRow,
  body: { batch_no: number; upload_no: number; records: Rec[] },
): Promise<IngestResult> {
  const now = deps.clock.now();
  const batchId = newId('hwob');
  const cards = await cardsByNo(
    deps.db,
    body.records.map((r) => r.card_no),
  );
  const params = await paramsByCard(deps.db, cards.values());
  const { good, bad } = classify(deps, t, body.records, cards, params);
  const { inserted, conflicted } = await deps.db.tx(async (sql) => {
    const n = await store(sql, t, batchId, body, good, bad, now);
    const c = n < good.length ? await conflicts(sql, t, batchId, good) : [];
    await store(sql, t, batchId, body, [], c, now);
    await sql.exec(
      'INSERT INTO hw_offline_batches (id, terminal_id, batch_no, upload_no, records, accepted, duplicates, rejected, received_at) VALUES (?,?,?,?,?,?,?,?,?)',
      [
        batchId,
        t.id,
        body.batch_no,
        body.upload_no,
        body.records.length,
        n,
        good.length - n - c.length,
        bad.length + c.length,
        now,
      ],
    );
    return { inserted: n, conflicted: c };
  });
  await checkSequence(deps, t, now);
  const replay = await replayCards(deps, [...new Set(good.map((g) => g.card.id))]);
  const rejected = [...bad, ...conflicted].map(({ r, code }) => ({
    terminal_seq: num(r.terminal_seq),
    card_no: String(r.card_no ?? ''),
    code,
  }));
  return {
    batch_id: batchId,
    records: body.records.length,
    accepted: inserted,
    duplicates: good.length - inserted - conflicted.length,
    rejected,
    ...replay,
  };
}

/** Moves the terminal's contiguous sequence mark; opens an alert for a gap, resolves filled ones. */
export async function checkSequence(deps: HwDeps, t: TerminalRow, now: Date) {
  await deps.db.tx(async (sql) => {
    const cur = await sql.query<{ seq_contiguous: unknown }>(
      `SELECT seq_contiguous FROM hw_terminals WHERE id = ?${sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
      [t.id],
    );
    let mark = num(cur[0]?.seq_contiguous);
    const seen = await sql.query<{ s: unknown }>(
      `SELECT terminal_seq AS s FROM hw_offline_records WHERE terminal_id = ? AND terminal_seq > ?
       UNION SELECT terminal_seq AS s FROM hw_exceptions WHERE terminal_id = ? AND terminal_seq > ? ORDER BY s`,
      [t.id, mark, t.id, mark],
    );
    const seqs = seen.map((s) => num(s.s));
    let i = 0;
    while (i < seqs.length && seqs[i] <= mark + 1) mark = Math.max(mark, seqs[i++]);
    await sql.exec('UPDATE hw_terminals SET seq_contiguous = ? WHERE id = ?', [mark, t.id]);
    await sql.exec(
      "UPDATE hw_alerts SET status = 'resolved', resolved_at = ? WHERE terminal_id = ? AND kind = 'sequence_gap' AND status = 'open' AND to_seq <= ?",
      [now, t.id, mark],
    );
    if (i >= seqs.length) return;
    const open = await sql.query(
      "SELECT id FROM hw_alerts WHERE terminal_id = ? AND kind = 'sequence_gap' AND status = 'open' AND from_seq = ?",
      [t.id, mark + 1],
    );
    if (open.length) {
      await sql.exec('UPDATE hw_alerts SET to_seq = ? WHERE id = ?', [
        seqs[i] - 1,
        (open[0] as { id: string }).id,
      ]);
      return;
    }
    await sql.exec(
      "INSERT INTO hw_alerts (id, terminal_id, kind, from_seq, to_seq, status, created_at) VALUES (?,?,?,?,?,'open',?)",
      [newId('hwa'), t.id, 'sequence_gap', mark + 1, seqs[i] - 1, now],
    );
    deps.logger.warn('terminal sequence gap', {
      terminal_no: t.terminal_no,
      from: mark + 1,
      to: seqs[i] - 1,
    });
  });
}

type RecRow = {
  id: string;
  card_id: string;
  offline_counter: number;
  online_counter: number;
  terminal_id: string;
  terminal_seq: number;
  merchant_id: string;
  amount_fen: number;
  balance_before_fen: number;
  balance_after_fen: number;
};

export async function replayCards(deps: HwDeps, cardIds: string[]) {
  const total = { applied: 0, exceptions: 0, waiting: 0 };
  const sorted = [...cardIds].sort();
  for (let i = 0; i < sorted.length; i += REPLAY_CHUNK) {
    const r = await deps.db.tx((sql) => replayChunk(deps, sql, sorted.slice(i, i + REPLAY_CHUNK)));
    total.applied += r.applied;
    total.exceptions += r.exceptions;
    total.waiting += r.waiting;
  }
  return total;
}

type ChainState = {
  counter: number;
  balance: number;
  online: number;
  confirmed: number;
  changed: boolean;
  blacklist: boolean;
};

async function loadChunk(sql: Sql, ids: string[]) {
  const q = ids.map(() => '?').join(',');
  const lock = sql.dialect === 'mysql' ? ' FOR UPDATE' : '';
  const cards = (
    await sql.query<CardRow>(`SELECT * FROM hw_cards WHERE id IN (${q}) ORDER BY id${lock}`, ids)
  ).map(normaliseCard);
  const recs = await sql.query<RecRow>(
    `SELECT id, card_id, offline_counter, online_counter, terminal_id, terminal_seq, merchant_id, amount_fen, balance_before_fen, balance_after_fen
       FROM hw_offline_records WHERE card_id IN (${q}) AND status = 'received' ORDER BY card_id, offline_counter`,
    ids,
  );
  const links = await sql.query<{ card_id: string; online_counter: unknown; balance_after_fen: unknown }>(
    `SELECT card_id, online_counter, balance_after_fen FROM hw_card_txns WHERE card_id IN (${q})`,
    ids,
  );
  const balances = await sql.query<{ account: string; s: unknown }>(
    `SELECT account, SUM(amount_fen) AS s FROM ledger_entries WHERE account IN (${q}) GROUP BY account`,
    ids.map((id) => accounts.hwCard(id)),
  );
  const used = await sql.query<{ card_id: string; online_counter: unknown; n: unknown; s: unknown }>(
    `SELECT card_id, online_counter, COUNT(*) AS n, SUM(amount_fen) AS s FROM hw_offline_records
      WHERE card_id IN (${q}) AND status IN ('applied','exception') GROUP BY card_id, online_counter`,
    ids,
  );
  return { cards, recs, links, balances, used };
}

const asNumbers = (r: RecRow): RecRow => ({
  ...r,
  offline_counter: num(r.offline_counter),
  online_counter: num(r.online_counter),
  amount_fen: num(r.amount_fen),
  balance_before_fen: num(r.balance_before_fen),
  balance_after_fen: num(r.balance_after_fen),
});

/** The chain moves on by the chip's word (booked or not), and the record counts against the caps. */
function advance(s: ChainState, r: RecRow, card: CardRow, caps: Map<string, { n: number; s: number }>) {
  s.counter = r.offline_counter;
  s.balance = r.balance_after_fen;
  s.online = Math.max(s.online, r.online_counter);
  s.changed = true;
  const k = `${card.id}|${r.online_counter}`;
  const c = caps.get(k) ?? { n: 0, s: 0 };
  caps.set(k, { n: c.n + 1, s: c.s + r.amount_fen });
}

async function replayChunk(deps: HwDeps, sql: Sql, ids: string[]) {
  const now = deps.clock.now();
  const { cards, recs, links, balances, used } = await loadChunk(sql, ids);
  const params = await paramsByCard(sql, cards);
  const link = new Map(links.map((l) => [`${l.card_id}|${num(l.online_counter)}`, num(l.balance_after_fen)]));
  const bal = new Map(balances.map((b) => [b.account, num(b.s)]));
  const caps = new Map(
    used.map((u) => [`${u.card_id}|${num(u.online_counter)}`, { n: num(u.n), s: num(u.s) }]),
  );
  const byCard = new Map<string, RecRow[]>();
  for (const r of recs) byCard.set(r.card_id, [...(byCard.get(r.card_id) ?? []), r]);
  const applied: RecRow[] = [];
  const failed: { r: RecRow; code: string; detail: string; card: CardRow }[] = [];
  const states = new Map<string, ChainState>();
  let waiting = 0;
  for (const card of cards) {
    const s: ChainState = {
      counter: card.chain_counter,
      balance: card.chain_balance_fen,
      online: card.chain_online_counter,
      confirmed: bal.get(accounts.hwCard(card.id)) ?? 0,
      changed: false,
      blacklist: false,
    };
    states.set(card.id, s);
    for (const r0 of byCard.get(card.id) ?? []) {
      const r = asNumbers(r0);
      if (r.offline_counter > s.counter + 1) {
        waiting++; // an earlier counter has not arrived
        continue;
      }
      if (r.offline_counter <= s.counter) {
        failed.push({
          r,
          code: 'COUNTER_BACKWARDS',
          detail: `offline counter ${r.offline_counter} after ${s.counter}`,
          card,
        });
        continue;
      }
      const expected = r.online_counter === s.online ? s.balance : link.get(`${card.id}|${r.online_counter}`);
      if (expected === undefined && r.online_counter > s.online && card.order_lock) {
        waiting++; // a load whose answer is still being resolved moved the chip
        break;
      }
      const verdict = judge(card, params.get(card.id)!, s, r, expected, caps);
      advance(s, r, card, caps);
      if (verdict) {
        failed.push({ r, ...verdict, card });
        if (verdict.code === 'BELOW_FLOOR' || verdict.code === 'CARD_CLOSED') s.blacklist = true;
      } else {
        s.confirmed -= r.amount_fen;
        applied.push(r);
      }
    }
  }
  await flush(sql, cards, states, applied, failed, now);
  return { applied: applied.length, exceptions: failed.length, waiting };
}

/** Why a record in its turn cannot be booked (undefined: it can). */
function judge(
  card: CardRow,
  p: CardParams,
  s: ChainState,
  r: RecRow,
  expected: number | undefined,
  caps: Map<string, { n: number; s: number }>,
) {
  const used = caps.get(`${card.id}|${r.online_counter}`) ?? { n: 0, s: 0 };
  if (r.online_counter < s.online)
    return { code: 'COUNTER_BACKWARDS', detail: `online counter ${r.online_counter} after ${s.online}` };
  if (expected === undefined)
    return { code: 'ONLINE_LINK_UNKNOWN', detail: `no known load at online counter ${r.online_counter}` };
  if (r.balance_before_fen !== expected)
    return {
      code: 'BALANCE_CHAIN_BROKEN',
      detail: `balance_before ${r.balance_before_fen} ≠ expected ${expected}`,
    };
  if (used.n + 1 > p.offline_count_max || used.s + r.amount_fen > p.offline_cum_max_fen)
    return {
      code: 'OFFLINE_CAP_EXCEEDED',
      detail: `offline caps (${p.offline_count_max} payments / ${p.offline_cum_max_fen} fen) exceeded`,
    };
  const short = s.confirmed - r.amount_fen < p.floor_fen;
  if (
    !BOOKS_OPEN.includes(card.status as CardStatus) ||
    (short && CLOSED.includes(card.status as CardStatus))
  )
    return {
      code: 'CARD_CLOSED',
      detail: `card is ${card.status}: its balance (${s.confirmed}) was already paid out`,
    };
  if (short)
    return { code: 'BELOW_FLOOR', detail: `confirmed balance ${s.confirmed} cannot cover ${r.amount_fen}` };
  return undefined;
}

async function flush(
  sql: Sql,
  cards: CardRow[],
  states: Map<string, ChainState>,
  applied: RecRow[],
  failed: { r: RecRow; code: string; detail: string; card: CardRow }[],
  now: Date,
) {
  for (let i = 0; i < applied.length; i += 500) {
    const chunk = applied.slice(i, i + 500);
    await sql.exec(
      `UPDATE hw_offline_records SET status = 'applied', applied_at = ? WHERE id IN (${chunk.map(() => '?').join(',')}) AND status = 'received'`,
      [now, ...chunk.map((r) => r.id)],
    );
    const postings: Posting[] = chunk.map((r) => ({
      kind: 'card_offline_spend',
      ref_id: r.id,
      transfers: [
        {
          source: accounts.hwCard(r.card_id),
          destination: accounts.merchantPayable(r.merchant_id),
          amount_fen: r.amount_fen,
        },
      ],
    }));
    await postMany(sql, postings, now);
  }
  if (failed.length) {
    await sql.exec(
      `UPDATE hw_offline_records SET status = 'exception' WHERE id IN (${failed.map(() => '?').join(',')})`,
      failed.map((f) => f.r.id),
    );
    await insertExceptions(
      sql,
      failed.map((f) => ({
        id: exceptionId('replay', f.r.id),
        terminal_id: f.r.terminal_id,
        card_no: f.card.card_no,
        record_id: f.r.id,
        offline_counter: f.r.offline_counter,
        terminal_seq: f.r.terminal_seq,
        amount_fen: f.r.amount_fen,
        code: f.code,
        detail: f.detail,
        raw: null,
      })),
      now,
    );
  }
  const changed = cards.filter((c) => states.get(c.id)!.changed);
  for (const c of changed) {
    const s = states.get(c.id)!;
    await sql.exec(
      'UPDATE hw_cards SET chain_counter = ?, chain_balance_fen = ?, chain_online_counter = ?, blacklisted = ?, updated_at = ? WHERE id = ?',
      [s.counter, s.balance, s.online, s.blacklist || !!c.blacklisted, now, c.id],
    );
  }
  const newlyBlack = changed.filter((c) => states.get(c.id)!.blacklist && !c.blacklisted);
  await pushEntries(
    sql,
    BLACKLIST,
    newlyBlack.map((c) => ({ card_no: c.card_no, op: 'add' as const, reason: 'below_floor' })),
    now,
  );
}
