import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import {
  buildFareTable,
  fareTableInputSchema,
  type FareInputError,
  type FareRules,
  type FareTable,
} from './fares';
import type { Network } from './network';

// Fare tables are versions (`pjver`): a draft is proposed by one person and approved by another
// (maker-checker: fares are money); approving makes it the active table and retires the previous
// one. A journey stores the version it was priced with, so a new table never reprices a journey.

type VersionRow = {
  version: number | string;
  status: 'draft' | 'active' | 'retired' | 'rejected';
  hash: string;
  table_json: string;
  note: string | null;
  created_by: string;
  created_at: Date | string;
  decided_by: string | null;
  decided_at: Date | string | null;
};

export function versionDto(r: VersionRow) {
  return {
    version: Number(r.version),
    status: r.status,
    hash: r.hash,
    note: r.note,
    created_by: r.created_by,
    created_at: toRfc3339(r.created_at)!,
    decided_by: r.decided_by,
    decided_at: toRfc3339(r.decided_at),
  };
}

export function createFareVersions(deps: FareVersionDeps) {
  const { db } = deps;
  const cache = new Map<number, FareTable>();
  let active: { version: number; checkedAt: number } | null = null;

  async function table(sql: Sql, version: number): Promise<FareTable> {
    const hit = cache.get(version);
    if (hit) return hit;
    const r = await versionRow(sql, version);
    if (!r) throw notFound('票价表版本');
    const input = fareTableInputSchema.parse(JSON.parse(r.table_json));
    const t = buildFareTable(Number(r.version), input.network, input.rules);
    cache.set(version, t);
    return t;
  }

  /** The active table (its number is re-read at most once a second; tables themselves are immutable). */
  async function current(sql: Sql = db): Promise<FareTable> {
    const nowMs = Date.now();
    if (!active || nowMs - active.checkedAt > 1000) {
      const r = (
        await sql.query<{ version: number | string }>(
          "SELECT version FROM transit_fare_versions WHERE status = 'active'",
        )
      )[0];
      if (!r) throw refused('NO_FARE_TABLE', '尚未发布票价表');
      active = { version: Number(r.version), checkedAt: nowMs };
    }
    return table(sql, active.version);
  }

  return {
    table,
    current,
    propose: (actor: Actor, input: ProposedTable) => propose(deps, actor, input),
    /** The checker approves (the table becomes active) or rejects a draft; never the person who proposed it. */
    decide: async (actor: Actor, version: number, approve: boolean, comment: string) => {
      await decideDraft(deps, actor, version, approve, comment);
      active = null;
      return versionDto(await versionRow(deps.db, version));
    },
    list: () => list(deps.db),
    ensureExample: (network: Network, rules: FareRules) => ensureExample(deps, network, rules),
    forget: () => (active = null),
  };
}

type FareVersionDeps = { db: Db; clock: Clock };
type ProposedTable = { network: Network; rules: FareRules; note?: string };

async function versionRow(sql: Sql, version: number) {
  return (await sql.query<VersionRow>('SELECT * FROM transit_fare_versions WHERE version = ?', [version]))[0];
}

async function propose({ db, clock }: FareVersionDeps, actor: Actor, input: ProposedTable) {
  const parsed = fareTableInputSchema.safeParse({ network: input.network, rules: input.rules });
  if (!parsed.success)
    throw refused('FARE_TABLE_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  const t = buildFareTable(0, parsed.data.network, parsed.data.rules);
  const now = clock.now();
  // The next number is read outside the transaction; two proposals at once collide on it and the
  // loser takes the number after.
  for (let tries = 0; ; tries++) {
    const next =
      Number(
        (await db.query<{ v: unknown }>('SELECT MAX(version) AS v FROM transit_fare_versions'))[0]?.v ?? 0,
      ) + 1;
    try {
      await db.tx(async (sql) => {
        await sql.exec(
          "INSERT INTO transit_fare_versions (version, status, hash, table_json, note, created_by, created_at) VALUES (?,'draft',?,?,?,?,?)",
          [next, t.hash, JSON.stringify(parsed.data), input.note ?? null, `${actor.type}:${actor.id}`, now],
        );
        await recordAudit(
          sql,
          {
            actor,
            action: 'transit.fare_version.propose',
            entity_type: 'transit_fare_version',
            entity_id: String(next),
            changes: { hash: t.hash, note: input.note ?? null },
          },
          now,
        );
      });
      return versionDto(await versionRow(db, next));
    } catch (err) {
      if (!isDuplicateKeyError(err) || tries > 3) throw err;
    }
  }
}

async function decideDraft(
  { db, clock }: FareVersionDeps,
  actor: Actor,
  version: number,
  approve: boolean,
  comment: string,
) {
  const now = clock.now();
  await db.tx(async (sql) => {
    const r = await versionRow(sql, version);
    if (!r) throw notFound('票价表版本');
    if (r.status !== 'draft') throw refused('FARE_VERSION_STATE', '只有待审核的票价表可以审核');
    if (r.created_by === `${actor.type}:${actor.id}`)
      throw refused('SAME_PERSON', '提出与批准不能是同一人：提出该票价表的人不能批准或驳回它');
    if (approve)
      await sql.exec("UPDATE transit_fare_versions SET status = 'retired' WHERE status = 'active'");
    await sql.exec(
      'UPDATE transit_fare_versions SET status = ?, decided_by = ?, decided_at = ? WHERE version = ?',
      [approve ? 'active' : 'rejected', `${actor.type}:${actor.id}`, now, version],
    );
    await recordAudit(
      sql,
      {
        actor,
        action: approve ? 'transit.fare_version.approve' : 'transit.fare_version.reject',
        entity_type: 'transit_fare_version',
        entity_id: String(version),
        comment,
      },
      now,
    );
  });
}

async function list(db: Db) {
  const rows = await db.query<VersionRow>('SELECT * FROM transit_fare_versions ORDER BY version DESC');
  return rows.map(versionDto);
}

/** First start: the example table, active (seeded by the system, like parking's example tariffs). */
async function ensureExample({ db, clock }: FareVersionDeps, network: Network, rules: FareRules) {
  const any = await db.query('SELECT version FROM transit_fare_versions');
  if (any.length) return;
  const t = buildFareTable(1, network, rules);
  try {
    await db.exec(
      "INSERT INTO transit_fare_versions (version, status, hash, table_json, note, created_by, created_at, decided_by, decided_at) VALUES (1,'active',?,?,?,'system:seed',?,'system:seed',?)",
      [t.hash, JSON.stringify({ network, rules }), '广州地铁票价规则（示例线网）', clock.now(), clock.now()],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

export type FareVersions = ReturnType<typeof createFareVersions>;

/** A fare function's input error as the refusal the client sees (the codes are literal for the table). */
export function fareRefusal(err: FareInputError) {
  if (err.code === 'UNKNOWN_STATION') return refused('UNKNOWN_STATION', err.message);
  if (err.code === 'NO_SUCH_TRIP') return refused('NO_SUCH_TRIP', err.message);
  if (err.code === 'UNKNOWN_RIDER_CATEGORY') return refused('UNKNOWN_RIDER_CATEGORY', err.message);
  return refused('NO_RECORDS', err.message);
}
