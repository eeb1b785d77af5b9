import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isDuplicateKeyError, rowsPlaceholder, type Db, type Sql } from '../../db/sql';
import { notFound, refused, unauthenticated } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { verifySignedRequest } from '../../security/signed-request';
import { toRfc3339, type Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import type { FareVersions } from './fare-versions';
import { lockRiders, pairLockedRiders, pairRiders, UNPAIRED_AFTER_MS } from './journeys';
import type { FareTable } from './fares';
import type { Riders } from './riders';

// The gates' side: a gate (or a tram's on-board validator) is registered at a station with a
// secret; it signs every call (the partners' HMAC scheme). It syncs the issuer keys and the
// blacklist by version, verifies codes offline, and uploads its taps in batches — online right
// away, or from its local queue after an outage: late, twice, out of order. A batch is answered
// once (stored by batch id) and a tap is stored once (by gate + tap id, and by code serial +
// direction: a copy of a code shown at another gate is a replay and is dropped).

export const tapSchema = z.strictObject({
  tap_id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  kind: z.enum(['entry', 'exit', 'onboard']),
  media: z.enum(['ride_code', 'tvm_ticket']),
  rider_token: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  code_serial: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  tapped_at: z.string().datetime({ offset: true }),
  offline: z.boolean(),
});
export const batchSchema = z.strictObject({
  batch_id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  taps: z.array(tapSchema).min(1).max(2000),
});
export const syncSchema = z.strictObject({ blacklist_version: z.number().int().min(0) });

/** A gate clock this far ahead of ours is wrong: the tap is refused (the gate logs it). */
const TAPPED_AHEAD_MAX_MS = 5 * 60_000;

type GateRow = {
  id: string;
  station_id: string;
  kind: 'entry' | 'exit' | 'onboard';
  secret: string;
  keys_synced_at: Date | string | null;
  blacklist_version: number | string;
  last_sync_at: Date | string | null;
  last_upload_at: Date | string | null;
  created_at: Date | string;
};

export const gateDto = (g: GateRow, latest: number) => ({
  id: g.id,
  station_id: g.station_id,
  kind: g.kind,
  blacklist_version: Number(g.blacklist_version),
  blacklist_behind: Math.max(0, latest - Number(g.blacklist_version)),
  last_sync_at: toRfc3339(g.last_sync_at),
  last_upload_at: toRfc3339(g.last_upload_at),
  created_at: toRfc3339(g.created_at)!,
});

export type GateDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  fares: FareVersions;
  riders: Riders;
  orders: PaymentService;
};

export function createGates(deps: GateDeps) {
  const gateCache = new Map<string, { row: GateRow; at: number }>();
  // Gates call many times a minute: their row (the secret) is cached for a minute.
  async function gateOrThrow(id: string): Promise<GateRow> {
    const hit = gateCache.get(id);
    if (hit && Date.now() - hit.at < 60_000) return hit.row;
    const g = (await deps.db.query<GateRow>('SELECT * FROM transit_gates WHERE id = ?', [id]))[0];
    if (!g) throw unauthenticated('未登记的闸机');
    gateCache.set(id, { row: g, at: Date.now() });
    return g;
  }
  const c: GateCtx = { ...deps, gateOrThrow };
  return {
    register: (input: { station_id: string; kind: GateRow['kind'] }) => register(c, input),
    sync: (gateId: string, get: (h: string) => string, raw: string, body: z.infer<typeof syncSchema>) =>
      sync(c, gateId, get, raw, body),
    upload: (gateId: string, get: (h: string) => string, raw: string, body: z.infer<typeof batchSchema>) =>
      upload(c, gateId, get, raw, body),
    pairAndCharge: (tokens: string[], unpairedAfterMs?: number) => pairAndCharge(c, tokens, unpairedAfterMs),
    sweepUnpaired: (limit?: number) => sweepUnpaired(c, limit),
    list: () => list(c.db),
    latestBlacklistVersion: () => latestBlacklistVersion(c.db),
  };
}

type GateCtx = GateDeps & { gateOrThrow: (id: string) => Promise<GateRow> };

type BatchAnswer = {
  batch_id: string;
  received: number;
  accepted: number;
  duplicates: number;
  journeys: number;
};

function authenticate({ clock }: GateCtx, g: GateRow, get: (h: string) => string, raw: string) {
  const check = verifySignedRequest(g.secret, get, raw, clock.now());
  if (!check.ok) throw unauthenticated(`闸机签名无效：${check.reason}`);
}

async function register({ db, clock, fares }: GateCtx, input: { station_id: string; kind: GateRow['kind'] }) {
  const t = await fares.current();
  const area = t.station_area[input.station_id];
  if (!area) throw notFound('车站');
  const onboard = t.network.lines.some((l) => l.kind === 'tram' && l.stations.includes(input.station_id));
  if ((input.kind === 'onboard') !== onboard)
    throw refused(
      'GATE_KIND_MISMATCH',
      onboard ? '有轨电车站只能登记车载验票机' : '地铁站只能登记进站或出站闸机',
    );
  const id = newId('tgt');
  const secret = randomBytes(24).toString('hex');
  await db.exec(
    'INSERT INTO transit_gates (id, station_id, kind, secret, blacklist_version, created_at) VALUES (?,?,?,?,0,?)',
    [id, input.station_id, input.kind, secret, clock.now()],
  );
  return { id, station_id: input.station_id, kind: input.kind, secret };
}

async function latestBlacklistVersion(db: Db) {
  return Number(
    (await db.query<{ v: unknown }>('SELECT MAX(version) AS v FROM transit_blacklist_changes'))[0]?.v ?? 0,
  );
}

/** Keys and the blacklist changes after the gate's version (the gate applies them in order). */
async function sync(
  c: GateCtx,
  gateId: string,
  get: (h: string) => string,
  raw: string,
  body: z.infer<typeof syncSchema>,
) {
  const { db, clock, fares, riders } = c;
  const g = await c.gateOrThrow(gateId);
  authenticate(c, g, get, raw);
  await riders.issuerKey();
  const keys = await riders.publicKeys();
  const changes = await db.query<{ version: unknown; rider_token: string; action: 'add' | 'remove' }>(
    'SELECT version, rider_token, action FROM transit_blacklist_changes WHERE version > ? ORDER BY version LIMIT 5000',
    [body.blacklist_version],
  );
  const version = changes.length
    ? Number(changes[changes.length - 1].version)
    : Math.max(body.blacklist_version, 0);
  const now = clock.now();
  await db.exec(
    'UPDATE transit_gates SET keys_synced_at = ?, blacklist_version = ?, last_sync_at = ? WHERE id = ?',
    [now, version, now, g.id],
  );
  const t = await fares.current();
  return {
    server_time: toRfc3339(now)!,
    station_id: g.station_id,
    fare_version: t.version,
    keys: keys.map((k) => ({ kid: k.kid, public_pem: k.public_pem })),
    blacklist: {
      version,
      complete: changes.length < 5000,
      changes: changes.map((ch) => ({
        version: Number(ch.version),
        rider_token: ch.rider_token,
        action: ch.action,
      })),
    },
  };
}

/** One batch of taps: stored once, paired and priced; a resent batch gets its first answer. */
async function upload(
  c: GateCtx,
  gateId: string,
  get: (h: string) => string,
  raw: string,
  body: z.infer<typeof batchSchema>,
) {
  const g = await c.gateOrThrow(gateId);
  authenticate(c, g, get, raw);
  const prior = await storedAnswer(c.db, g.id, body.batch_id);
  if (prior) return { ...prior, duplicate_batch: true };
  const now = c.clock.now();
  refuseWrongTaps(g, body.taps, now);
  const table = await c.fares.current();
  let done: Awaited<ReturnType<typeof ingestBatch>>;
  try {
    done = await c.db.tx((sql) => ingestBatch(sql, table, g, body, now));
  } catch (err) {
    // Two uploads of one batch at once: the loser's insert of the batch row collides (its taps
    // roll back with it); it answers what the winner stored.
    if (!isDuplicateKeyError(err)) throw err;
    const raced = await storedAnswer(c.db, g.id, body.batch_id);
    if (!raced) throw err;
    return { ...raced, duplicate_batch: true };
  }
  if (done.chargeIds.length) await c.orders.submit(done.chargeIds);
  return { ...done.answer, duplicate_batch: false };
}

/**
 * One transaction per batch, a handful of round trips whatever its size: the batch's riders are
 * locked first (token order), its taps stored (a tap already stored, by gate + tap id or by code
 * serial + direction, is skipped), the riders' taps paired and priced in memory with their
 * charges opened, and the batch row with its answer written. A failure rolls it all back: the
 * gate keeps the batch queued and sends it again.
 */
async function ingestBatch(
  sql: Sql,
  table: FareTable,
  g: GateRow,
  body: z.infer<typeof batchSchema>,
  now: Date,
) {
  const locked = await lockRiders(
    sql,
    body.taps.map((t) => t.rider_token),
  );
  const accepted = await insertTaps(sql, g, body, now);
  const priced = await pairLockedRiders(sql, table, locked, now);
  const answer: BatchAnswer = {
    batch_id: body.batch_id,
    received: body.taps.length,
    accepted,
    duplicates: body.taps.length - accepted,
    journeys: priced.journeys,
  };
  // Both go with COMMIT (MySQL): a batch stored by a concurrent upload collides here.
  await sql.defer(
    'INSERT INTO transit_batches (gate_id, batch_id, tap_count, answer_json, received_at) VALUES (?,?,?,?,?)',
    [g.id, body.batch_id, body.taps.length, JSON.stringify(answer), now],
  );
  await sql.defer('UPDATE transit_gates SET last_upload_at = ? WHERE id = ?', [now, g.id]);
  return { answer, chargeIds: priced.chargeIds };
}

function refuseWrongTaps(g: GateRow, taps: z.infer<typeof tapSchema>[], now: Date) {
  for (const t of taps) {
    if (t.kind !== g.kind) throw refused('TAP_KIND_MISMATCH', `闸机 ${g.id} 只能上传 ${g.kind} 记录`);
    if (new Date(t.tapped_at).getTime() - now.getTime() > TAPPED_AHEAD_MAX_MS)
      throw refused('TAPPED_AT_IN_FUTURE', '刷码时间晚于服务器时间超过 5 分钟，请校准闸机时钟', {
        tap_id: t.tap_id,
      });
  }
}

/** The batch's taps, a tap already stored skipped; how many were new. */
async function insertTaps(sql: Sql, g: GateRow, body: z.infer<typeof batchSchema>, now: Date) {
  const ignore = sql.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  let accepted = 0;
  for (let i = 0; i < body.taps.length; i += 500) {
    const part = body.taps.slice(i, i + 500);
    const r = await sql.exec(
      `${ignore} INTO transit_taps (id, gate_id, batch_id, station_id, kind, media, rider_token, code_serial, tapped_at, received_at, offline) VALUES ${rowsPlaceholder(part.length, 11)}`,
      part.flatMap((t) => [
        `${g.id}:${t.tap_id}`,
        g.id,
        body.batch_id,
        g.station_id,
        t.kind,
        t.media,
        t.rider_token,
        t.code_serial,
        new Date(t.tapped_at),
        now,
        t.offline ? 1 : 0,
      ]),
    );
    accepted += r.affectedRows;
  }
  return accepted;
}

async function storedAnswer(db: Db, gateId: string, batchId: string) {
  const r = (
    await db.query<{ answer_json: string }>(
      'SELECT answer_json FROM transit_batches WHERE gate_id = ? AND batch_id = ?',
      [gateId, batchId],
    )
  )[0];
  return r ? (JSON.parse(r.answer_json) as BatchAnswer) : null;
}

/** Pairs and prices in its own transaction (after the taps are safe), then sends the charges. */
async function pairAndCharge(
  { db, clock, fares, orders }: GateCtx,
  tokens: string[],
  unpairedAfterMs = UNPAIRED_AFTER_MS,
) {
  if (!tokens.length) return { journeys: 0, chargeIds: [] as string[], priced_fen: 0 };
  const table = await fares.current();
  const done = await db.tx((sql) => pairRiders(sql, table, tokens, clock.now(), unpairedAfterMs));
  if (done.chargeIds.length) await orders.submit(done.chargeIds);
  return done;
}

/** The sweep: riders with taps still unpaired (a crash between the two transactions, or pairs never coming). */
async function sweepUnpaired(c: GateCtx, limit = 500) {
  const cutoff = new Date(c.clock.now().getTime() - UNPAIRED_AFTER_MS);
  const rows = await c.db.query<{ rider_token: string }>(
    'SELECT DISTINCT rider_token FROM transit_taps WHERE journey_id IS NULL AND tapped_at <= ? LIMIT ?',
    [cutoff, limit],
  );
  return pairAndCharge(
    c,
    rows.map((r) => r.rider_token),
  );
}

async function list(db: Db) {
  const latest = await latestBlacklistVersion(db);
  const rows = await db.query<GateRow>('SELECT * FROM transit_gates ORDER BY station_id, id');
  return { blacklist_version: latest, items: rows.map((g) => gateDto(g, latest)) };
}

export type Gates = ReturnType<typeof createGates>;
