import type { Db, Sql } from '../../db/sql';
import { refused, notFound, forbidden } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, balanceOf, balancesByPrefix, post } from '../ledger';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { DEPOSIT_TRANSITIONS, type DepositAction, type DepositStatus } from './deposit-states';
import { createStatementMatcher, type StatementSource } from './statement-matching';

export type FundingDeps = {
  db: Db;
  clock: Clock;
  /** The bank's statement, where a deposit's credit confirms it (absent: only a second person does). */
  statement?: StatementSource;
};

/** An admin bound to a funder (admin_users.funder_id) acts for that funder only; null or absent: any. */
export type FundingActor = Actor & { funder_id?: string | null };

type FunderRow = { id: string; name: string; kind: string; created_at: Date | string };

type DepositRow = {
  id: string;
  funder_id: string;
  amount_fen: number | string;
  reference: string;
  status: DepositStatus;
  created_by: string;
  created_at: Date | string;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_comment: string | null;
};

function depositDto(d: DepositRow) {
  const decidedAt = d.decided_at ? toRfc3339(d.decided_at) : null;
  const confirmed = d.status === 'confirmed';
  const rejected = d.status === 'rejected';
  return {
    id: d.id,
    funder_id: d.funder_id,
    amount_fen: Number(d.amount_fen),
    reference: d.reference,
    status: d.status,
    recorded_by: d.created_by,
    created_at: toRfc3339(d.created_at),
    confirmed_by: confirmed ? d.decided_by : null,
    confirmed_at: confirmed ? decidedAt : null,
    rejected_by: rejected ? d.decided_by : null,
    rejected_at: rejected ? decidedAt : null,
    decision_comment: d.decision_comment,
  };
}

function assertActsFor(actor: FundingActor, funderId: string) {
  if (actor.funder_id && actor.funder_id !== funderId) {
    throw forbidden('该账号只能操作其所属出资方的入金');
  }
}

function alreadyDecided(status: DepositStatus, action: DepositAction) {
  const was = status === 'confirmed' ? '已确认入账' : '已驳回';
  return refused(
    'DEPOSIT_ALREADY_DECIDED',
    `这笔入金${was}，不能再${action === 'confirm' ? '确认' : '驳回'}`,
    {
      status,
    },
  );
}

export function createFundingService(deps: FundingDeps) {
  const { db, clock } = deps;
  const { matchStatementCredits } = createStatementMatcher({
    db,
    clock,
    source: deps.statement,
    decide: decideDeposit.bind(null, deps),
  });
  return {
    createFunder: createFunder.bind(null, deps),
    getFunder: getFunder.bind(null, deps),
    listFunders: listFunders.bind(null, deps),
    recordDeposit: recordDeposit.bind(null, deps),
    decideDeposit: decideDeposit.bind(null, deps),
    matchStatementCredits,
    listDeposits: listDeposits.bind(null, deps),
    createMerchant: createMerchant.bind(null, deps),
    listMerchants: listMerchants.bind(null, deps),
  };
}

async function createFunder(
  deps: FundingDeps,
  actor: Actor,
  input: { name: string; kind: string },
  requestId?: string,
) {
  const { clock, db } = deps;
  const now = clock.now();
  const id = newId('fnd');
  await db.tx(async (sql) => {
    await sql.exec('INSERT INTO funders (id, name, kind, created_at, updated_at) VALUES (?,?,?,?,?)', [
      id,
      input.name,
      input.kind,
      now,
      now,
    ]);
    await recordAudit(
      sql,
      {
        actor,
        action: 'funder.create',
        entity_type: 'funder',
        entity_id: id,
        changes: input,
        request_id: requestId,
      },
      now,
    );
  });
  return getFunder(deps, id);
}

async function getFunder(deps: FundingDeps, id: string) {
  const { db } = deps;
  const f = (await db.query<FunderRow>('SELECT * FROM funders WHERE id = ?', [id]))[0];
  if (!f) throw notFound('出资方');
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    balance_fen: await balanceOf(db, accounts.funder(f.id)),
    created_at: toRfc3339(f.created_at),
  };
}

async function listFunders(deps: FundingDeps) {
  const { db } = deps;
  const rows = await db.query<FunderRow>('SELECT * FROM funders ORDER BY id');
  const balances = await balancesByPrefix(db, 'funder:');
  return {
    items: rows.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      balance_fen: balances.get(accounts.funder(f.id)) ?? 0,
      created_at: toRfc3339(f.created_at),
    })),
  };
}

/**
 * Records money a funder says it transferred in, once per Idempotency-Key. The deposit is pending:
 * nothing is posted until a second person confirms it against the bank statement (decideDeposit).
 */
async function recordDeposit(
  deps: FundingDeps,
  actor: FundingActor,
  funderId: string,
  input: { amount_fen: number; reference: string },
  ticket: IdempotencyTicket,
  requestId?: string,
) {
  const { clock, db } = deps;
  assertActsFor(actor, funderId);
  const now = clock.now();
  return db.tx(async (sql) => {
    const exists = await sql.query('SELECT id FROM funders WHERE id = ?', [funderId]);
    if (!exists.length) throw notFound('出资方');
    const row: DepositRow = {
      id: newId('dep'),
      funder_id: funderId,
      amount_fen: input.amount_fen,
      reference: input.reference,
      status: 'pending',
      created_by: actor.id,
      created_at: now,
      decided_by: null,
      decided_at: null,
      decision_comment: null,
    };
    await sql.exec(
      'INSERT INTO deposits (id, funder_id, amount_fen, reference, status, created_by, created_at) VALUES (?,?,?,?,?,?,?)',
      [row.id, funderId, input.amount_fen, input.reference, row.status, actor.id, now],
    );
    await recordAudit(
      sql,
      {
        actor,
        action: 'funder.deposit',
        entity_type: 'funder',
        entity_id: funderId,
        changes: { deposit_id: row.id, ...input, status: row.status },
        request_id: requestId,
      },
      now,
    );
    const body = depositDto(row);
    await ticket.record(sql, body, now);
    return body;
  });
}

/**
 * The one way a deposit changes status (DEPOSIT_TRANSITIONS). Confirming writes the posting
 * world → funder in the same transaction as the status; the conditional UPDATE lets only one of
 * several racing deciders through, and the others get the decision that won. Repeating a decision
 * returns the deposit unchanged.
 */
async function decideDeposit(
  deps: FundingDeps,
  actor: FundingActor,
  funderId: string,
  depositId: string,
  action: DepositAction,
  meta: { comment?: string; requestId?: string } = {},
) {
  const { clock, db } = deps;
  assertActsFor(actor, funderId);
  const { from, to } = DEPOSIT_TRANSITIONS[action];
  const now = clock.now();
  return db.tx(async (sql) => {
    const d = await findDeposit(deps, sql, funderId, depositId, false);
    if (!d) throw notFound('入金记录');
    if (actor.id === d.created_by) {
      throw refused('SAME_PERSON', '登记与确认不能是同一人：登记这笔入金的人不能确认或驳回它');
    }
    if (d.status === to) return depositDto(d);
    if (d.status !== from) throw alreadyDecided(d.status, action);
    const comment = meta.comment ?? null;
    const moved = await sql.exec(
      'UPDATE deposits SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ? AND status = ?',
      [to, actor.id, now, comment, d.id, from],
    );
    if (moved.affectedRows !== 1) {
      // Another decision committed after our read; a locking read sees it (not our snapshot).
      const current = (await findDeposit(deps, sql, funderId, depositId, true))!;
      if (current.status === to) return depositDto(current);
      throw alreadyDecided(current.status, action);
    }
    if (action === 'confirm') {
      await post(
        sql,
        {
          kind: 'deposit',
          ref_id: d.id,
          transfers: [
            {
              source: accounts.world,
              destination: accounts.funder(funderId),
              amount_fen: Number(d.amount_fen),
            },
          ],
        },
        now,
      );
    }
    await recordAudit(
      sql,
      {
        actor,
        action: `funder.deposit.${action}`,
        entity_type: 'funder',
        entity_id: funderId,
        changes: { deposit_id: d.id, amount_fen: Number(d.amount_fen), status: { from, to } },
        comment,
        request_id: meta.requestId,
      },
      now,
    );
    return depositDto({
      ...d,
      status: to,
      decided_by: actor.id,
      decided_at: now,
      decision_comment: comment,
    });
  });
}

async function findDeposit(deps: FundingDeps, sql: Sql, funderId: string, depositId: string, lock: boolean) {
  const rows = await sql.query<DepositRow>(
    `SELECT * FROM deposits WHERE id = ? AND funder_id = ?${lock && sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
    [depositId, funderId],
  );
  return rows[0];
}

async function listDeposits(deps: FundingDeps, actor: FundingActor, funderId: string) {
  const { db } = deps;
  assertActsFor(actor, funderId);
  // A funder that does not exist has no deposits to list: 404 like the funder itself, not an empty page.
  const funder = await db.query('SELECT id FROM funders WHERE id = ?', [funderId]);
  if (!funder.length) throw notFound('出资方');
  const rows = await db.query<DepositRow>(
    'SELECT * FROM deposits WHERE funder_id = ? ORDER BY id DESC LIMIT 200',
    [funderId],
  );
  return { items: rows.map(depositDto) };
}

async function createMerchant(
  deps: FundingDeps,
  actor: Actor,
  input: { name: string; category: string },
  requestId?: string,
) {
  const { clock, db } = deps;
  const now = clock.now();
  const id = newId('mch');
  await db.tx(async (sql) => {
    await sql.exec('INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)', [
      id,
      input.name,
      input.category,
      now,
      now,
    ]);
    await recordAudit(
      sql,
      {
        actor,
        action: 'merchant.create',
        entity_type: 'merchant',
        entity_id: id,
        changes: input,
        request_id: requestId,
      },
      now,
    );
  });
  return { id, ...input, payable_fen: 0, created_at: toRfc3339(now) };
}

async function listMerchants(deps: FundingDeps) {
  const { db } = deps;
  const rows = await db.query<{ id: string; name: string; category: string; created_at: Date | string }>(
    'SELECT * FROM merchants ORDER BY id',
  );
  const payables = await balancesByPrefix(db, 'merchant_payable:');
  return {
    items: rows.map((m) => ({
      id: m.id,
      name: m.name,
      category: m.category,
      payable_fen: payables.get(accounts.merchantPayable(m.id)) ?? 0,
      created_at: toRfc3339(m.created_at),
    })),
  };
}

export type FundingService = ReturnType<typeof createFundingService>;
