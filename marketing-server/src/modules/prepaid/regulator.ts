import type { Db } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { moveContract, RELEASABLE } from './contract-states';
import { findContract, type PrepaidDeps } from './deps';
import { merchantRule } from './merchants';
import { freezeContract, refundFrozenOne, sendRefund, syncEscrowFreeze } from './refunds';

// The regulator's view (监管端): per merchant the prepaid balance, escrow coverage against the sector
// ratio, release speed, complaints, closure notices and alerts; freezes, unfreezes and closures under
// maker-checker (one regulator proposes, another approves); the escrow's hash chain verified on demand.

const DAY = 86_400_000;
const n = (v: unknown) => Number(v ?? 0);

type Figures = {
  merchant_id: string;
  name: string;
  status: string;
  rule_id: string;
  escrow_tier: 'scale' | 'group' | 'brand';
  revenue_last_year_fen: number;
  closure_notice_at: unknown;
};

async function figuresOf(db: Db, m: Figures, now: Date) {
  const [sums] = await db.query<Record<string, unknown>>(
    `SELECT COUNT(*) AS contracts,
            SUM(CASE WHEN status IN ('active','partially_released','frozen','locking') THEN 1 ELSE 0 END) AS live,
            SUM(CASE WHEN status = 'frozen' THEN 1 ELSE 0 END) AS frozen,
            SUM(CASE WHEN status IN ('lock_failed','refund_failed') THEN 1 ELSE 0 END) AS exceptions,
            SUM(CASE WHEN status <> 'awaiting_payment' AND status <> 'cancelled' THEN paid_fen ELSE 0 END) AS paid,
            SUM(released_fen) AS released, SUM(refunded_fen) AS refunded,
            SUM(CASE WHEN created_at >= ? AND status <> 'awaiting_payment' AND status <> 'cancelled' THEN 1 ELSE 0 END) AS sold_7d,
            SUM(CASE WHEN created_at >= ? AND created_at < ? AND status <> 'awaiting_payment' AND status <> 'cancelled' THEN 1 ELSE 0 END) AS sold_prior_28d
       FROM prepaid_contracts WHERE merchant_id = ?`,
    [
      new Date(now.getTime() - 7 * DAY),
      new Date(now.getTime() - 35 * DAY),
      new Date(now.getTime() - 7 * DAY),
      m.merchant_id,
    ],
  );
  const [pend] = await db.query<{ s: unknown }>(
    "SELECT SUM(w.amount_fen) AS s FROM prepaid_writeoffs w JOIN prepaid_contracts c ON c.id = w.contract_id WHERE c.merchant_id = ? AND w.status IN ('pending_confirm','confirmed')",
    [m.merchant_id],
  );
  const [rel] = await db.query<{ s: unknown; k: unknown }>(
    "SELECT SUM(i.amount_fen) AS s, COUNT(*) AS k FROM prepaid_instructions i WHERE i.merchant_id = ? AND i.type = 'release' AND i.status = 'succeeded' AND i.completed_at >= ?",
    [m.merchant_id, new Date(now.getTime() - 30 * DAY)],
  );
  const [last] = await db.query<{ t: unknown }>(
    'SELECT MAX(w.created_at) AS t FROM prepaid_writeoffs w JOIN prepaid_contracts c ON c.id = w.contract_id WHERE c.merchant_id = ?',
    [m.merchant_id],
  );
  const [complaints] = await db.query<{ k: unknown }>(
    'SELECT COUNT(*) AS k FROM prepaid_complaints WHERE merchant_id = ?',
    [m.merchant_id],
  );
  return {
    sums,
    pending_fen: n(pend?.s),
    released_30d_fen: n(rel?.s),
    releases_30d: n(rel?.k),
    last_write_off_at: last?.t ?? null,
    complaints: n(complaints?.k),
  };
}

/** One merchant's supervision figures and alerts. */
async function merchantView(d: PrepaidDeps, m: Figures) {
  const now = d.clock.now();
  const { rule } = await merchantRule(d.db, m.merchant_id);
  const f = await figuresOf(d.db, m, now);
  const paid = n(f.sums.paid);
  const retained = paid - n(f.sums.released) - n(f.sums.refunded);
  // What the merchant still owes its consumers: the retained money less what it has already delivered.
  const liability = Math.max(0, retained - f.pending_fen);
  const coverage = liability === 0 ? 100 : Math.floor((retained * 10_000) / liability) / 100;
  const required = rule.escrow_ratio_pct[m.escrow_tier];
  const cap = Math.floor((m.revenue_last_year_fen * rule.merchant_cap_pct_of_revenue) / 100);
  const alerts: { code: string; message: string }[] = [];
  const weekly = n(f.sums.sold_prior_28d) / 4;
  if (n(f.sums.sold_7d) >= 5 && n(f.sums.sold_7d) > 3 * Math.max(1, weekly))
    alerts.push({ code: 'SALES_SURGE', message: `近 7 日售卡 ${n(f.sums.sold_7d)} 份，超过此前周均的 3 倍` });
  if (retained > cap) alerts.push({ code: 'BALANCE_OVER_CAP', message: '预收资金余额超过上年营业收入上限' });
  const lastAt = f.last_write_off_at ? new Date(f.last_write_off_at as string) : null;
  if (n(f.sums.live) > 0 && (!lastAt || now.getTime() - lastAt.getTime() > 14 * DAY))
    alerts.push({ code: 'NO_WRITE_OFFS', message: '有在履约合约，但 14 天内没有任何核销' });
  if (m.closure_notice_at) alerts.push({ code: 'CLOSURE_NOTICE', message: '商户已发布停业/闭店公告' });
  if (f.complaints >= 3) alerts.push({ code: 'COMPLAINTS', message: `累计投诉 ${f.complaints} 件` });
  if (n(f.sums.exceptions) > 0)
    alerts.push({ code: 'ESCROW_EXCEPTION', message: `${n(f.sums.exceptions)} 份合约资金异常待处理` });
  if (coverage < required)
    alerts.push({ code: 'COVERAGE_LOW', message: `存管覆盖率 ${coverage}% 低于 ${required}%` });
  return {
    merchant_id: m.merchant_id,
    name: m.name,
    status: m.status,
    rule_id: m.rule_id,
    contracts: n(f.sums.contracts),
    live_contracts: n(f.sums.live),
    frozen_contracts: n(f.sums.frozen),
    paid_fen: paid,
    released_fen: n(f.sums.released),
    refunded_fen: n(f.sums.refunded),
    retained_fen: retained,
    liability_fen: liability,
    coverage_pct: coverage,
    required_escrow_pct: required,
    revenue_cap_fen: cap,
    released_30d_fen: f.released_30d_fen,
    releases_30d: f.releases_30d,
    complaints: f.complaints,
    last_write_off_at: toRfc3339(f.last_write_off_at as Date | null),
    closure_notice_at: toRfc3339(m.closure_notice_at as Date | null),
    alerts,
  };
}

export async function overview(d: PrepaidDeps) {
  const ms = await d.db.query<Figures>(
    "SELECT p.merchant_id, m.name, p.status, p.rule_id, p.escrow_tier, p.revenue_last_year_fen, p.closure_notice_at FROM prepaid_merchants p JOIN merchants m ON m.id = p.merchant_id WHERE p.status IN ('approved','closed') ORDER BY p.merchant_id",
  );
  const items: Awaited<ReturnType<typeof merchantView>>[] = [];
  for (const m of ms)
    items.push(await merchantView(d, { ...m, revenue_last_year_fen: n(m.revenue_last_year_fen) }));
  const total = (k: 'paid_fen' | 'retained_fen' | 'released_fen' | 'refunded_fen') =>
    items.reduce((s, i) => s + i[k], 0);
  return {
    merchants: items,
    totals: {
      paid_fen: total('paid_fen'),
      retained_fen: total('retained_fen'),
      released_fen: total('released_fen'),
      refunded_fen: total('refunded_fen'),
      alerts: items.reduce((s, i) => s + i.alerts.length, 0),
    },
  };
}

type FreezeRow = {
  id: string;
  merchant_id: string;
  action: 'freeze' | 'unfreeze' | 'close';
  reason: string;
  status: 'proposed' | 'applying' | 'approved' | 'rejected';
  proposed_by: string;
  decided_by: string | null;
  created_at: Date | string;
  decided_at: Date | string | null;
};
const freezeDto = (f: FreezeRow) => ({
  ...f,
  created_at: toRfc3339(f.created_at),
  decided_at: toRfc3339(f.decided_at),
});

export async function listFreezes(d: PrepaidDeps) {
  const rows = await d.db.query<FreezeRow>(
    'SELECT * FROM prepaid_freezes ORDER BY created_at DESC LIMIT 200',
  );
  return { items: rows.map(freezeDto) };
}

/** A regulator proposes to freeze, unfreeze or close (closure: every consumer refunded at once). */
export async function propose(
  d: PrepaidDeps,
  actor: Actor,
  x: { merchant_id: string; action: FreezeRow['action']; reason: string },
) {
  await merchantRule(d.db, x.merchant_id);
  const id = newId('pfz');
  const now = d.clock.now();
  await d.db.tx(async (sql) => {
    await sql.exec(
      "INSERT INTO prepaid_freezes (id, merchant_id, action, reason, status, proposed_by, created_at) VALUES (?,?,?,?,'proposed',?,?)",
      [id, x.merchant_id, x.action, x.reason, actor.id, now],
    );
    await recordAudit(
      sql,
      {
        actor,
        action: `prepaid.${x.action}.propose`,
        entity_type: 'prepaid_merchant',
        entity_id: x.merchant_id,
        changes: x,
        comment: x.reason,
      },
      now,
    );
  });
  return freezeDto((await d.db.query<FreezeRow>('SELECT * FROM prepaid_freezes WHERE id = ?', [id]))[0]);
}

/**
 * Another regulator approves (or rejects) a proposal; approval applies it to every contract it
 * concerns. The proposal is `applying` until every contract is done and only then `approved`: one
 * that a crash (or a failing contract) left `applying` is finished by the sweep (resumeProposals).
 */
export async function decide(d: PrepaidDeps, actor: Actor, id: string, approve: boolean) {
  const now = d.clock.now();
  const f = await findProposal(d.db, id);
  if (!f) throw notFound('监管指令');
  if (f.proposed_by === actor.id) throw refused('SAME_PERSON', '提出人不能审批自己的监管指令');
  const res = await d.db.exec(
    "UPDATE prepaid_freezes SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'proposed'",
    [approve ? 'applying' : 'rejected', actor.id, now, id],
  );
  if (res.affectedRows !== 1) throw refused('PROPOSAL_NOT_PENDING', '该监管指令已处理');
  if (approve) await applyProposal(d, actor, f);
  return freezeDto((await findProposal(d.db, id))!);
}

const findProposal = async (db: Db, id: string) =>
  (await db.query<FreezeRow>('SELECT * FROM prepaid_freezes WHERE id = ?', [id]))[0] ?? null;

/**
 * Applies an approved proposal to each contract it concerns, one transaction each and each step
 * idempotent, so running it again (after a crash) finishes what is left and repeats nothing. A
 * closure refunds each consumer right after their contract is frozen, here and at the escrow.
 */
export async function applyProposal(d: PrepaidDeps, actor: Actor, f: FreezeRow) {
  const now = d.clock.now();
  if (f.action === 'close')
    await d.db.exec(
      "UPDATE prepaid_merchants SET status = 'closed', closure_notice_at = COALESCE(closure_notice_at, ?), updated_at = ? WHERE merchant_id = ?",
      [now, now, f.merchant_id],
    );
  const from =
    f.action === 'unfreeze' ? ['frozen'] : f.action === 'close' ? [...RELEASABLE, 'frozen'] : RELEASABLE;
  const ids = await d.db.query<{ id: string }>(
    `SELECT id FROM prepaid_contracts WHERE merchant_id = ? AND status IN (${from.map(() => '?').join(',')}) ORDER BY id`,
    [f.merchant_id, ...from],
  );
  let failed = 0;
  for (const { id } of ids)
    await applyToContract(d, actor, f, id).catch((err) => {
      failed++;
      d.logger.warn('prepaid: a proposal left a contract for the sweep', {
        proposal: f.id,
        contract: id,
        err,
      });
    });
  if (failed === 0)
    await d.db.exec("UPDATE prepaid_freezes SET status = 'approved' WHERE id = ? AND status = 'applying'", [
      f.id,
    ]);
  return { contracts: ids.length, failed };
}

async function applyToContract(d: PrepaidDeps, actor: Actor, f: FreezeRow, id: string) {
  const now = d.clock.now();
  const { rule } = await merchantRule(d.db, f.merchant_id);
  const autoRefundAt =
    f.action === 'close' ? now : new Date(now.getTime() + rule.freeze_auto_refund_days * DAY);
  const changed = await d.db.tx(async (sql) => {
    const c = await findContract(sql, id, true);
    if (!c) return false;
    let moved: boolean;
    if (f.action === 'unfreeze') {
      const t = c.released_fen + c.releasing_fen > 0 ? 'unfreeze_used' : 'unfreeze_unused';
      moved = await moveContract(sql, id, t, { auto_refund_at: null, refund_reason: null }, now);
    } else if (f.action === 'close' && c.status === 'frozen') {
      // Frozen before the closure: refunded now, not at the end of the freeze period.
      const res = await sql.exec(
        "UPDATE prepaid_contracts SET auto_refund_at = ?, refund_reason = 'merchant_default' WHERE id = ? AND status = 'frozen' AND auto_refund_at > ?",
        [now, id, now],
      );
      moved = res.affectedRows === 1;
    } else {
      const reason = f.action === 'close' ? 'merchant_default' : 'frozen_timeout';
      moved = await freezeContract(sql, c, { autoRefundAt, reason }, now);
    }
    if (moved)
      await recordAudit(
        sql,
        {
          actor,
          action: `prepaid.contract.${f.action}`,
          entity_type: 'prepaid_contract',
          entity_id: id,
          changes: { proposal: f.id },
        },
        now,
      );
    return moved;
  });
  if (f.action === 'close') await refundClosed(d, id);
  return changed;
}

/** A closed merchant's frozen contract: frozen at the escrow, then refunded all that is left. */
async function refundClosed(d: PrepaidDeps, id: string) {
  const c = await findContract(d.db, id);
  if (!c || c.status !== 'frozen') return;
  if (!c.escrow_frozen && !(await syncEscrowFreeze(d, c))) return; // the sweep retries
  const ins = await refundFrozenOne(d, id, d.clock.now());
  if (ins) await sendRefund(d, ins);
}

/** How long a proposal may be `applying` before the sweep takes it for one that a crash left. */
export const RESUME_AFTER_MS = 60_000;

/**
 * The sweep's part: approved proposals a crash (or a failing contract) left `applying`, finished in
 * the order they were decided; one a later decision for the same merchant overtook is only closed.
 * Then any live contract of a closed merchant (a lock that landed after the closure) is closed too.
 */
export async function resumeProposals(d: PrepaidDeps) {
  const now = d.clock.now();
  const rows = await d.db.query<FreezeRow>(
    "SELECT * FROM prepaid_freezes WHERE status = 'applying' AND decided_at <= ? ORDER BY decided_at, id",
    [new Date(now.getTime() - RESUME_AFTER_MS)],
  );
  const system: Actor = { type: 'system', id: 'prepaid.sweep' };
  for (const f of rows) {
    const [later] = await d.db.query<{ id: string }>(
      "SELECT id FROM prepaid_freezes WHERE merchant_id = ? AND status IN ('applying','approved') AND decided_at > ? LIMIT 1",
      [f.merchant_id, f.decided_at],
    );
    if (later)
      await d.db.exec("UPDATE prepaid_freezes SET status = 'approved' WHERE id = ? AND status = 'applying'", [
        f.id,
      ]);
    else await applyProposal(d, system, f);
  }
  const leftovers = await d.db.query<{ id: string; merchant_id: string }>(
    `SELECT c.id, c.merchant_id FROM prepaid_contracts c JOIN prepaid_merchants m ON m.merchant_id = c.merchant_id
      WHERE m.status = 'closed' AND c.status IN (${RELEASABLE.map(() => '?').join(',')}) ORDER BY c.id LIMIT 200`,
    [...RELEASABLE],
  );
  for (const c of leftovers) {
    const close = { id: 'closed-merchant', merchant_id: c.merchant_id, action: 'close' } as FreezeRow;
    await applyToContract(d, system, close, c.id).catch((err) =>
      d.logger.warn('prepaid: closing a leftover contract failed; retried', { contract: c.id, err }),
    );
  }
  return rows.length + leftovers.length;
}

/** Recomputes the escrow's hash chain here and says where it breaks, if it does. */
export async function verifyChain(d: PrepaidDeps) {
  const r = await d.escrow.verifyLog();
  return {
    ok: r.ok,
    length: r.length,
    broken_at: r.broken_at,
    head: r.head,
    reported_head: r.reported_head,
    checked_at: toRfc3339(d.clock.now()),
  };
}
