import { isDuplicateKeyError, type Sql } from '../../db/sql';
import { accounts, balanceOf, post } from '../ledger';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { cardByNo } from './cards';
import { num, type HwDeps } from './deps';
import type { TerminalRow } from './terminals';
import { formatYuan } from '../../shared/money';

// Meal subsidies: restricted e-CNY funded by the organisation, one grant per active badge per month
// (maker-checker: one funder drafts the run, another approves it, which posts it), spendable only at
// the organisation's canteen merchants and inside the run's meal windows (Beijing time). Canteen POS
// and vending machines take the subsidy online (badge or the soft wallet's QR); at the end of the run
// the unspent part goes back to the fund (return_rule 'return') or stays (carry').

export type MealWindow = { start: string; end: string };
export const DEFAULT_WINDOWS: MealWindow[] = [
  { start: '06:30', end: '09:00' },
  { start: '11:00', end: '13:30' },
  { start: '17:00', end: '19:00' },
];

type RunRow = {
  id: string;
  org_id: string;
  month: string;
  amount_per_staff_fen: number;
  windows: string;
  return_rule: 'return' | 'carry';
  status: 'draft' | 'posted' | 'closed';
  total_fen: number;
  returned_fen: number;
  created_by: string;
  approved_by: string | null;
  created_at: Date | string;
};

function runDto(r: RunRow) {
  return {
    id: r.id,
    org_id: r.org_id,
    month: r.month,
    amount_per_staff_fen: num(r.amount_per_staff_fen),
    windows: JSON.parse(r.windows) as MealWindow[],
    return_rule: r.return_rule,
    status: r.status,
    total_fen: num(r.total_fen),
    returned_fen: num(r.returned_fen),
    created_by: r.created_by,
    approved_by: r.approved_by,
    created_at: toRfc3339(r.created_at)!,
  };
}

async function runById(sql: Sql, id: string) {
  const r = (await sql.query<RunRow>('SELECT * FROM park_subsidy_runs WHERE id = ?', [id]))[0];
  if (!r) throw notFound('补贴批次');
  return r;
}

export async function createRun(
  deps: HwDeps,
  actor: Actor,
  b: {
    org_id: string;
    month: string;
    amount_per_staff_fen: number;
    windows?: MealWindow[];
    return_rule: 'return' | 'carry';
  },
) {
  const id = newId('psr');
  const now = deps.clock.now();
  try {
    await deps.db.tx(async (sql) => {
      await sql.exec(
        `INSERT INTO park_subsidy_runs (id, org_id, month, amount_per_staff_fen, windows, return_rule, status, total_fen, returned_fen, created_by, created_at, updated_at)
         VALUES (?,?,?,?,?,?,'draft',0,0,?,?,?)`,
        [
          id,
          b.org_id,
          b.month,
          b.amount_per_staff_fen,
          JSON.stringify(b.windows ?? DEFAULT_WINDOWS),
          b.return_rule,
          actor.id,
          now,
          now,
        ],
      );
      await recordAudit(
        sql,
        { actor, action: 'park_subsidy.create', entity_type: 'park_subsidy_run', entity_id: id, changes: b },
        now,
      );
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('SUBSIDY_RUN_EXISTS', '该单位本月补贴批次已存在');
    throw err;
  }
  return runDto(await runById(deps.db, id));
}

/** The checker approves: one grant per active badge, posted from the fund, in one transaction. */
export async function approveRun(deps: HwDeps, actor: Actor, runId: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const run = await runById(sql, runId);
    if (run.created_by === actor.id) throw refused('SAME_PERSON', '补贴批次须由另一人复核');
    const moved = await sql.exec(
      "UPDATE park_subsidy_runs SET status = 'posted', approved_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
      [actor.id, now, runId],
    );
    if (moved.affectedRows !== 1) throw refused('SUBSIDY_RUN_NOT_DRAFT', '该补贴批次已复核');
    const staff = await sql.query<{ id: string; card_id: string }>(
      "SELECT s.id, s.card_id FROM park_staff s JOIN hw_cards c ON c.id = s.card_id WHERE s.org_id = ? AND s.status = 'active' AND c.status = 'bound' ORDER BY s.id",
      [run.org_id],
    );
    const amount = num(run.amount_per_staff_fen);
    const total = amount * staff.length;
    if ((await balanceOf(sql, accounts.parkFund(run.org_id))) < total)
      throw refused('PARK_FUND_INSUFFICIENT', `补贴资金不足：本批次需 ${formatYuan(total)}`);
    for (const s of staff) {
      const gid = newId('psg');
      await sql.exec(
        'INSERT INTO park_subsidy_grants (id, run_id, staff_id, card_id, amount_fen, spent_fen, returned_fen, created_at) VALUES (?,?,?,?,?,0,0,?)',
        [gid, runId, s.id, s.card_id, amount, now],
      );
      await post(
        sql,
        {
          kind: 'subsidy_grant',
          ref_id: gid,
          transfers: [
            {
              source: accounts.parkFund(run.org_id),
              destination: accounts.hwSubsidy(s.card_id),
              amount_fen: amount,
            },
          ],
        },
        now,
      );
    }
    await sql.exec('UPDATE park_subsidy_runs SET total_fen = ? WHERE id = ?', [total, runId]);
    await recordAudit(
      sql,
      {
        actor,
        action: 'park_subsidy.approve',
        entity_type: 'park_subsidy_run',
        entity_id: runId,
        changes: { total_fen: total },
      },
      now,
    );
  });
  return runDto(await runById(deps.db, runId));
}

/** Minutes since midnight, Beijing time. */
const cstMinutes = (d: Date) => {
  const t = new Date(d.getTime() + 8 * 3600_000);
  return t.getUTCHours() * 60 + t.getUTCMinutes();
};
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const inWindow = (windows: MealWindow[], at: Date) =>
  windows.some((w) => cstMinutes(at) >= minutes(w.start) && cstMinutes(at) < minutes(w.end));

type GrantRow = {
  id: string;
  run_id: string;
  card_id: string;
  amount_fen: number;
  spent_fen: number;
  returned_fen: number;
  windows: string;
  org_id: string;
};

/** An online subsidy payment at a canteen terminal; a resend (same payment_no) gets the first answer. */
export async function spendSubsidy(
  deps: HwDeps,
  t: TerminalRow,
  b: { card_no: string; amount_fen: number; payment_no: string; occurred_at: string },
) {
  const now = deps.clock.now();
  const at = new Date(b.occurred_at);
  if (Math.abs(now.getTime() - at.getTime()) > 5 * 60_000)
    throw refused('SUBSIDY_STALE', '补贴支付须在线实时进行');
  const prior = await deps.db.query<{ id: string }>(
    'SELECT id FROM park_subsidy_spends WHERE terminal_id = ? AND payment_no = ?',
    [t.id, b.payment_no],
  );
  if (prior.length) return spendDto(deps, prior[0].id);
  const card = await cardByNo(deps.db, b.card_no);
  if (!card || card.status !== 'bound' || card.blacklisted)
    throw refused('CARD_NOT_USABLE', '该卡不可用（已挂失、冻结或注销）');
  const id = newId('pss');
  await deps.db.tx(async (sql) => {
    const grants = await sql.query<GrantRow>(
      `SELECT g.*, r.windows, r.org_id FROM park_subsidy_grants g JOIN park_subsidy_runs r ON r.id = g.run_id
        WHERE g.card_id = ? AND g.amount_fen > g.spent_fen + g.returned_fen ORDER BY g.created_at${sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
      [card.id],
    );
    if (!grants.length) throw refused('SUBSIDY_INSUFFICIENT', '餐补余额不足');
    const canteens = await sql.query('SELECT id FROM park_canteens WHERE org_id = ? AND merchant_id = ?', [
      grants[0].org_id,
      t.merchant_id,
    ]);
    if (!canteens.length) throw refused('SUBSIDY_MERCHANT_NOT_ALLOWED', '餐补仅限本单位食堂使用');
    const usable = grants.filter((g) => inWindow(JSON.parse(g.windows) as MealWindow[], at));
    if (!usable.length) throw refused('SUBSIDY_OUTSIDE_WINDOW', '当前不在用餐时段，餐补不可用');
    const g = usable.find((x) => num(x.amount_fen) - num(x.spent_fen) - num(x.returned_fen) >= b.amount_fen);
    if (!g) throw refused('SUBSIDY_INSUFFICIENT', '餐补余额不足');
    const moved = await sql.exec(
      'UPDATE park_subsidy_grants SET spent_fen = spent_fen + ? WHERE id = ? AND amount_fen >= spent_fen + returned_fen + ?',
      [b.amount_fen, g.id, b.amount_fen],
    );
    if (moved.affectedRows !== 1) throw refused('SUBSIDY_INSUFFICIENT', '餐补余额不足');
    await sql.exec(
      'INSERT INTO park_subsidy_spends (id, payment_no, grant_id, card_id, terminal_id, merchant_id, amount_fen, occurred_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)',
      [id, b.payment_no, g.id, card.id, t.id, t.merchant_id, b.amount_fen, at, now],
    );
    await post(
      sql,
      {
        kind: 'subsidy_spend',
        ref_id: id,
        transfers: [
          {
            source: accounts.hwSubsidy(card.id),
            destination: accounts.merchantPayable(t.merchant_id),
            amount_fen: b.amount_fen,
          },
        ],
      },
      now,
    );
  });
  return spendDto(deps, id);
}

async function spendDto(deps: HwDeps, id: string) {
  const s = (
    await deps.db.query<Record<string, unknown>>('SELECT * FROM park_subsidy_spends WHERE id = ?', [id])
  )[0];
  return {
    id: String(s.id),
    payment_no: String(s.payment_no),
    amount_fen: num(s.amount_fen),
    subsidy_balance_fen: await balanceOf(deps.db, accounts.hwSubsidy(String(s.card_id))),
    occurred_at: toRfc3339(s.occurred_at as Date)!,
  };
}

/** Returns what a badge has left of every grant to the fund (offboarding, a 'return' run closing). */
export async function returnUnspentOfCard(sql: Sql, cardId: string, now: Date, runId?: string) {
  const grants = await sql.query<GrantRow>(
    `SELECT g.*, r.windows, r.org_id FROM park_subsidy_grants g JOIN park_subsidy_runs r ON r.id = g.run_id
      WHERE g.card_id = ?${runId ? ' AND g.run_id = ?' : ''} AND g.amount_fen > g.spent_fen + g.returned_fen`,
    runId ? [cardId, runId] : [cardId],
  );
  let total = 0;
  for (const g of grants) {
    const left = num(g.amount_fen) - num(g.spent_fen) - num(g.returned_fen);
    const moved = await sql.exec(
      'UPDATE park_subsidy_grants SET returned_fen = returned_fen + ? WHERE id = ? AND amount_fen = spent_fen + returned_fen + ?',
      [left, g.id, left],
    );
    if (moved.affectedRows !== 1) continue;
    await post(
      sql,
      {
        kind: 'subsidy_return',
        ref_id: g.id,
        transfers: [
          { source: accounts.hwSubsidy(cardId), destination: accounts.parkFund(g.org_id), amount_fen: left },
        ],
      },
      now,
    );
    await sql.exec('UPDATE park_subsidy_runs SET returned_fen = returned_fen + ? WHERE id = ?', [
      left,
      g.run_id,
    ]);
    total += left;
  }
  return total;
}

/** Closes a run: by its rule the unspent subsidy goes back to the fund, or stays with the staff. */
export async function closeRun(deps: HwDeps, actor: Actor, runId: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const run = await runById(sql, runId);
    const moved = await sql.exec(
      "UPDATE park_subsidy_runs SET status = 'closed', updated_at = ? WHERE id = ? AND status = 'posted'",
      [now, runId],
    );
    if (moved.affectedRows !== 1) throw refused('SUBSIDY_RUN_NOT_POSTED', '只有已发放的批次可以结束');
    if (run.return_rule === 'return') {
      const cards = await sql.query<{ card_id: string }>(
        'SELECT card_id FROM park_subsidy_grants WHERE run_id = ?',
        [runId],
      );
      for (const c of cards) await returnUnspentOfCard(sql, c.card_id, now, runId);
    }
    await recordAudit(
      sql,
      { actor, action: 'park_subsidy.close', entity_type: 'park_subsidy_run', entity_id: runId, changes: {} },
      now,
    );
  });
  return runDto(await runById(deps.db, runId));
}

export async function listRuns(deps: HwDeps, orgId?: string) {
  const rows = await deps.db.query<RunRow>(
    `SELECT * FROM park_subsidy_runs ${orgId ? 'WHERE org_id = ?' : ''} ORDER BY month DESC, created_at DESC LIMIT 200`,
    orgId ? [orgId] : [],
  );
  return rows.map(runDto);
}

/** A staff member's subsidy: balance and bill (grants, spends, returns), for their own cards only. */
export async function subsidyBill(deps: HwDeps, userId: string) {
  const cards = await deps.db.query<{ id: string }>('SELECT id FROM hw_cards WHERE holder_user_id = ?', [
    userId,
  ]);
  const ids = cards.map((c) => c.id);
  if (!ids.length) return { balance_fen: 0, items: [] };
  const q = ids.map(() => '?').join(',');
  const grants = await deps.db.query<Record<string, unknown>>(
    `SELECT g.id, g.amount_fen, g.returned_fen, g.created_at, r.month FROM park_subsidy_grants g JOIN park_subsidy_runs r ON r.id = g.run_id WHERE g.card_id IN (${q})`,
    ids,
  );
  const spends = await deps.db.query<Record<string, unknown>>(
    `SELECT id, amount_fen, occurred_at, merchant_id FROM park_subsidy_spends WHERE card_id IN (${q})`,
    ids,
  );
  let balance = 0;
  for (const id of ids) balance += await balanceOf(deps.db, accounts.hwSubsidy(id));
  const items = [
    ...grants.map((g) => ({
      kind: 'grant' as const,
      id: String(g.id),
      amount_fen: num(g.amount_fen),
      note: `${String(g.month)} 餐补发放`,
      at: toRfc3339(g.created_at as Date)!,
    })),
    ...grants
      .filter((g) => num(g.returned_fen) > 0)
      .map((g) => ({
        kind: 'return' as const,
        id: `${String(g.id)}-r`,
        amount_fen: -num(g.returned_fen),
        note: '未用餐补退回单位',
        at: toRfc3339(g.created_at as Date)!,
      })),
    ...spends.map((s) => ({
      kind: 'spend' as const,
      id: String(s.id),
      amount_fen: -num(s.amount_fen),
      note: '食堂消费',
      at: toRfc3339(s.occurred_at as Date)!,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return { balance_fen: balance, items };
}
