import { randomBytes } from 'node:crypto';
import { sameMac, terminalKey, terminalSignature } from '../../connectors/hard-wallet/crypto';
import { isDuplicateKeyError } from '../../db/sql';
import { notFound, refused, unauthenticated } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { num, type HwDeps } from './deps';
import { BLACKLIST, deltaSince, whitelistOf } from './lists';

// Terminal management (TMS): registration under a merchant/store (the terminal key is diversified
// from the issuer master key and shown once), sign-on (a fresh session key and the next batch
// number), heartbeats carrying the versions the terminal runs — which acknowledge the deltas it was
// pushed — and its count of records not yet uploaded, an offline alarm after N silent intervals, and
// a staged program roll-out.

export type TerminalKind = 'pos' | 'canteen_pos' | 'vending' | 'door';
export type TerminalRow = {
  id: string;
  terminal_no: string;
  kind: TerminalKind;
  merchant_id: string;
  store_name: string;
  org_id: string | null;
  status: 'registered' | 'online' | 'offline' | 'disabled';
  session_key: string | null;
  batch_no: number;
  program_version: string | null;
  target_program_version: string | null;
  param_version: number;
  blacklist_version: number;
  whitelist_version: number;
  unuploaded_count: number;
  seq_contiguous: number;
  last_heartbeat_at: Date | string | null;
  last_signed_on_at: Date | string | null;
  created_at: Date | string;
};

const REPLAY_WINDOW_S = 300;

export async function terminalByNo(deps: HwDeps, no: string): Promise<TerminalRow | null> {
  return (
    (await deps.db.query<TerminalRow>('SELECT * FROM hw_terminals WHERE terminal_no = ?', [no]))[0] ?? null
  );
}

export async function terminalDto(deps: HwDeps, t: TerminalRow) {
  const alerts = await deps.db.query<{ kind: string; n: unknown }>(
    "SELECT kind, COUNT(*) AS n FROM hw_alerts WHERE terminal_id = ? AND status = 'open' GROUP BY kind",
    [t.id],
  );
  return {
    id: t.id,
    terminal_no: t.terminal_no,
    kind: t.kind,
    merchant_id: t.merchant_id,
    store_name: t.store_name,
    org_id: t.org_id,
    status: t.status,
    batch_no: num(t.batch_no),
    program_version: t.program_version,
    target_program_version: t.target_program_version,
    param_version: num(t.param_version),
    blacklist_version: num(t.blacklist_version),
    whitelist_version: num(t.whitelist_version),
    unuploaded_count: num(t.unuploaded_count),
    seq_contiguous: num(t.seq_contiguous),
    open_alerts: Object.fromEntries(alerts.map((a) => [a.kind, num(a.n)])),
    last_heartbeat_at: toRfc3339(t.last_heartbeat_at),
    last_signed_on_at: toRfc3339(t.last_signed_on_at),
  };
}

export async function registerTerminal(
  deps: HwDeps,
  actor: Actor,
  input: {
    terminal_no: string;
    kind: TerminalKind;
    merchant_id: string;
    store_name: string;
    org_id?: string;
  },
) {
  const m = await deps.db.query('SELECT id FROM merchants WHERE id = ?', [input.merchant_id]);
  if (!m.length) throw notFound('商户');
  const id = newId('hwtm');
  const now = deps.clock.now();
  try {
    await deps.db.tx(async (sql) => {
      await sql.exec(
        `INSERT INTO hw_terminals (id, terminal_no, kind, merchant_id, store_name, org_id, status, batch_no, param_version, blacklist_version,
           whitelist_version, unuploaded_count, seq_contiguous, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,'registered',0,0,0,0,0,0,?,?,?)`,
        [
          id,
          input.terminal_no,
          input.kind,
          input.merchant_id,
          input.store_name,
          input.org_id ?? null,
          actor.id,
          now,
          now,
        ],
      );
      await recordAudit(
        sql,
        { actor, action: 'hw_terminal.register', entity_type: 'hw_terminal', entity_id: id, changes: input },
        now,
      );
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('TERMINAL_EXISTS', '终端号已登记');
    throw err;
  }
  const t = (await terminalByNo(deps, input.terminal_no))!;
  // Shown once, for loading into the device; never stored (it is derived again to check signatures).
  return { ...(await terminalDto(deps, t)), terminal_key: terminalKey(deps.masterKey, input.terminal_no) };
}

/** The merchants a terminal can be registered under (id and name only: no payables). */
export async function merchantOptions(deps: HwDeps) {
  return deps.db.query<{ id: string; name: string }>(
    'SELECT id, name FROM merchants ORDER BY name, id LIMIT 1000',
  );
}

/** Checks a terminal's signed request: its key for sign-on, its session key afterwards. */
export async function authenticateTerminal(
  deps: HwDeps,
  get: (h: string) => string,
  rawBody: string,
  signOn: boolean,
) {
  const no = get('x-terminal-no');
  const ts = get('x-terminal-timestamp');
  const sig = get('x-terminal-signature');
  const t = no ? await terminalByNo(deps, no) : null;
  if (!t || !ts || !sig) throw unauthenticated('终端签名无效');
  const skew = Math.abs(deps.clock.now().getTime() / 1000 - Number(ts));
  if (!Number.isFinite(skew) || skew > REPLAY_WINDOW_S)
    throw refused('TERMINAL_CLOCK_SKEW', '终端时间与平台相差过大，请校时后重试');
  const key = signOn ? terminalKey(deps.masterKey, t.terminal_no) : t.session_key;
  if (!key) throw refused('TERMINAL_NOT_SIGNED_ON', '终端未签到');
  if (!sameMac(sig, terminalSignature(key, ts, rawBody))) throw unauthenticated('终端签名无效');
  if (t.status === 'disabled') throw refused('TERMINAL_DISABLED', '终端已停用');
  return t;
}

type Versions = {
  program_version: string;
  param_version: number;
  blacklist_version: number;
  whitelist_version: number;
};

export async function signOn(deps: HwDeps, t: TerminalRow, v: Versions) {
  const now = deps.clock.now();
  const sessionKey = randomBytes(32).toString('hex');
  await deps.db.exec(
    `UPDATE hw_terminals SET session_key = ?, batch_no = batch_no + 1, status = 'online', program_version = ?, param_version = ?,
       blacklist_version = ?, whitelist_version = ?, last_signed_on_at = ?, last_heartbeat_at = ?, updated_at = ? WHERE id = ?`,
    [
      sessionKey,
      v.program_version,
      v.param_version,
      v.blacklist_version,
      v.whitelist_version,
      now,
      now,
      now,
      t.id,
    ],
  );
  await deps.db.exec(
    "UPDATE hw_alerts SET status = 'resolved', resolved_at = ? WHERE terminal_id = ? AND kind = 'offline' AND status = 'open'",
    [now, t.id],
  );
  const after = (await terminalByNo(deps, t.terminal_no))!;
  return {
    session_key: sessionKey,
    batch_no: num(after.batch_no),
    server_time: now.toISOString(),
    ...(await pushFor(deps, after, v)),
  };
}

/** The deltas a terminal at these versions must apply (null: up to date) and its program target. */
async function pushFor(deps: HwDeps, t: TerminalRow, v: Versions) {
  const whitelist =
    t.kind === 'door' && t.org_id
      ? await deltaSince(deps.db, whitelistOf(t.org_id), v.whitelist_version)
      : null;
  return {
    blacklist: await deltaSince(deps.db, BLACKLIST, v.blacklist_version),
    whitelist,
    target_program_version:
      t.target_program_version && t.target_program_version !== v.program_version
        ? t.target_program_version
        : null,
  };
}

export async function heartbeat(
  deps: HwDeps,
  t: TerminalRow,
  b: Versions & { batch_no: number; unuploaded_count: number },
) {
  const now = deps.clock.now();
  // The versions reported are what the terminal applied: they acknowledge earlier deltas.
  await deps.db.exec(
    `UPDATE hw_terminals SET status = 'online', program_version = ?, param_version = ?, blacklist_version = ?, whitelist_version = ?,
       unuploaded_count = ?, last_heartbeat_at = ?, updated_at = ? WHERE id = ?`,
    [
      b.program_version,
      b.param_version,
      b.blacklist_version,
      b.whitelist_version,
      b.unuploaded_count,
      now,
      now,
      t.id,
    ],
  );
  await deps.db.exec(
    "UPDATE hw_alerts SET status = 'resolved', resolved_at = ? WHERE terminal_id = ? AND kind = 'offline' AND status = 'open'",
    [now, t.id],
  );
  return { server_time: now.toISOString(), ...(await pushFor(deps, t, b)) };
}

/** Terminals silent for N heartbeat intervals go offline with an alert (one open alert each). */
export async function sweepOffline(deps: HwDeps) {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - deps.heartbeatSeconds * deps.offlineAfterBeats * 1000);
  const silent = await deps.db.query<{ id: string; terminal_no: string }>(
    "SELECT id, terminal_no FROM hw_terminals WHERE status = 'online' AND last_heartbeat_at < ?",
    [cutoff],
  );
  for (const t of silent) {
    await deps.db.tx(async (sql) => {
      const moved = await sql.exec(
        "UPDATE hw_terminals SET status = 'offline', updated_at = ? WHERE id = ? AND status = 'online'",
        [now, t.id],
      );
      if (moved.affectedRows !== 1) return;
      await sql.exec(
        "INSERT INTO hw_alerts (id, terminal_id, kind, status, created_at) VALUES (?,?,'offline','open',?)",
        [newId('hwa'), t.id, now],
      );
    });
    deps.logger.warn('terminal offline', { terminal_no: t.terminal_no });
  }
  return silent.length;
}

/** Staged roll-out: the first `percent` of a kind's terminals (by number) get the new program. */
export async function rollout(
  deps: HwDeps,
  actor: Actor,
  b: { kind: TerminalKind; version: string; percent: number },
) {
  const rows = await deps.db.query<{ id: string }>(
    'SELECT id FROM hw_terminals WHERE kind = ? ORDER BY terminal_no',
    [b.kind],
  );
  const take = rows.slice(0, Math.ceil((rows.length * b.percent) / 100));
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    if (take.length)
      await sql.exec(
        `UPDATE hw_terminals SET target_program_version = ?, updated_at = ? WHERE id IN (${take.map(() => '?').join(',')})`,
        [b.version, now, ...take.map((t) => t.id)],
      );
    await recordAudit(
      sql,
      { actor, action: 'hw_terminal.rollout', entity_type: 'hw_terminal', entity_id: b.kind, changes: b },
      now,
    );
  });
  return { targeted: take.length, of: rows.length };
}

export async function listTerminals(deps: HwDeps) {
  const rows = await deps.db.query<TerminalRow>('SELECT * FROM hw_terminals ORDER BY terminal_no LIMIT 500');
  return Promise.all(rows.map((t) => terminalDto(deps, t)));
}

export async function listAlerts(deps: HwDeps, status?: 'open' | 'resolved') {
  const rows = await deps.db.query<Record<string, unknown>>(
    `SELECT a.*, t.terminal_no FROM hw_alerts a JOIN hw_terminals t ON t.id = a.terminal_id ${status ? 'WHERE a.status = ?' : ''} ORDER BY a.created_at DESC LIMIT 200`,
    status ? [status] : [],
  );
  return rows.map((a) => ({
    id: String(a.id),
    terminal_no: String(a.terminal_no),
    kind: String(a.kind),
    from_seq: a.from_seq === null ? null : num(a.from_seq),
    to_seq: a.to_seq === null ? null : num(a.to_seq),
    status: String(a.status),
    created_at: toRfc3339(a.created_at as Date)!,
    resolved_at: toRfc3339(a.resolved_at as Date | null),
  }));
}
