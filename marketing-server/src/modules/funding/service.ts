import type { Db, Sql } from '../../db/sql';
import { refused, notFound, forbidden } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { accounts, balanceOf, balancesByPrefix, post } from '../ledger';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { DEPOSIT_TRANSITIONS, type DepositAction, type DepositStatus } from './deposit-states';
import { createStatementMatcher, type StatementSource } from './statement-matching';
import { insertPayments, type PaymentRow, type PaymentService } from '../bank-orders';

export type FundingDeps = {
  db: Db;
  clock: Clock;
  /** The bank's statement, where a deposit's credit confirms it (absent: only a second person does). */
  statement?: StatementSource;
  /** The one bank-order lifecycle: a merchant funder's deposit from its own wallet is one of its orders. */
  payments?: PaymentService;
};

/** An admin bound to a funder (admin_users.funder_id) acts for that funder only; null or absent: any. */
export type FundingActor = Actor & { funder_id?: string | null; merchant_id?: string | null };

type FunderRow = {
  id: string;
  name: string;
  kind: string;
  merchant_id: string | null;
  created_at: Date | string;
};

/** Who confirms or rejects a deposit by its bank order's final state (not a person). */
const BANK_ORDER_ACTOR: Actor = { type: 'system', id: 'bank-order' };

type DepositRow = {
  id: string;
  funder_id: string;
  amount_fen: number | string;
  reference: string;
  source: 'declared' | 'merchant_wallet';
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
    source: d.source ?? 'declared',
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

/**
 * The funder, read for an actor: an admin bound to a funder sees only that one, a merchant-console
 * user only its own merchant's funder (anything else is 403, the same as a funder-bound admin).
 */
async function funderFor(sql: Sql, actor: FundingActor, funderId: string, lock = false) {
  assertActsFor(actor, funderId);
  const f = (
    await sql.query<FunderRow>(
      `SELECT * FROM funders WHERE id = ?${lock && sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
      [funderId],
    )
  )[0];
  if (actor.merchant_id && f?.merchant_id !== actor.merchant_id) {
    throw forbidden('商户账号只能操作本商户的出资方');
  }
  if (!f) throw notFound('出资方');
  return f;
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
  deps.payments?.register('funding', walletDepositPurpose(deps));
  return {
    fundFromMerchantWallet: fundFromMerchantWallet.bind(null, deps),
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
  input: { name: string; kind: string; merchant_id?: string },
  requestId?: string,
) {
  const { clock, db } = deps;
  const now = clock.now();
  const id = newId('fnd');
  const merchantId = input.merchant_id ?? null;
  if (merchantId && input.kind !== 'merchant') {
    throw refused('FUNDER_NOT_MERCHANT', '只有商户类出资方可以关联商户');
  }
  await db.tx(async (sql) => {
    if (merchantId) {
      const m = await sql.query('SELECT id FROM merchants WHERE id = ?', [merchantId]);
      if (!m.length) throw notFound('商户');
      const taken = await sql.query('SELECT id FROM funders WHERE merchant_id = ?', [merchantId]);
      if (taken.length)
        throw refused('MERCHANT_FUNDER_EXISTS', '该商户已有出资方', { funder_id: taken[0].id });
    }
    await sql.exec(
      'INSERT INTO funders (id, name, kind, merchant_id, created_at, updated_at) VALUES (?,?,?,?,?,?)',
      [id, input.name, input.kind, merchantId, now, now],
    );
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

async function getFunder(deps: FundingDeps, id: string, actor: FundingActor = BANK_ORDER_ACTOR) {
  const { db } = deps;
  const f = await funderFor(db, actor, id);
  return {
    id: f.id,
    name: f.name,
    kind: f.kind,
    merchant_id: f.merchant_id ?? null,
    balance_fen: await balanceOf(db, accounts.funder(f.id)),
    created_at: toRfc3339(f.created_at),
  };
}

async function listFunders(deps: FundingDeps, actor: FundingActor = BANK_ORDER_ACTOR) {
  const { db } = deps;
  // A merchant-console user lists only its own merchant's funder.
  const rows = actor.merchant_id
    ? await db.query<FunderRow>('SELECT * FROM funders WHERE merchant_id = ? ORDER BY id', [
        actor.merchant_id,
      ])
    : await db.query<FunderRow>('SELECT * FROM funders ORDER BY id');
  const balances = await balancesByPrefix(db, 'funder:');
  return {
    items: rows.map((f) => ({
      id: f.id,
      name: f.name,
      kind: f.kind,
      merchant_id: f.merchant_id ?? null,
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
  const now = clock.now();
  return db.tx(async (sql) => {
    await funderFor(sql, actor, funderId);
    const row: DepositRow = {
      id: newId('dep'),
      funder_id: funderId,
      amount_fen: input.amount_fen,
      reference: input.reference,
      source: 'declared',
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
  const now = clock.now();
  return db.tx(async (sql) => {
    await funderFor(sql, actor, funderId);
    const d = await findDeposit(deps, sql, funderId, depositId, false);
    if (!d) throw notFound('入金记录');
    if (d.source === 'merchant_wallet') {
      // Its evidence is the bank order from the merchant's wallet: only that order's final state decides it.
      throw refused('DEPOSIT_BY_BANK_ORDER', '这笔入金由商户钱包转账的银行结果确认，不能人工确认或驳回', {
        out_trade_no: d.reference,
      });
    }
    if (actor.id === d.created_by) {
      throw refused('SAME_PERSON', '登记与确认不能是同一人：登记这笔入金的人不能确认或驳回它');
    }
    return applyDecision(sql, d, action, actor, now, meta);
  });
}

/**
 * A pending deposit moves to confirmed or rejected (DEPOSIT_TRANSITIONS) inside the caller's
 * transaction: a person's decision, the bank statement's, or the final state of the bank order that
 * brought the money from a merchant's wallet. Confirming posts world → funder.
 */
async function applyDecision(
  sql: Sql,
  d: DepositRow,
  action: DepositAction,
  actor: Actor,
  now: Date,
  meta: { comment?: string; requestId?: string },
) {
  const funderId = d.funder_id;
  const depositId = d.id;
  const { from, to } = DEPOSIT_TRANSITIONS[action];
  {
    if (d.status === to) return depositDto(d);
    if (d.status !== from) throw alreadyDecided(d.status, action);
    const comment = meta.comment ?? null;
    const moved = await sql.exec(
      'UPDATE deposits SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ? AND status = ?',
      [to, actor.id, now, comment, d.id, from],
    );
    if (moved.affectedRows !== 1) {
      // Another decision committed after our read; a locking read sees it (not our snapshot).
      const current = (await findDeposit(null, sql, funderId, depositId, true))!;
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
  }
}

async function findDeposit(
  _deps: FundingDeps | null,
  sql: Sql,
  funderId: string,
  depositId: string,
  lock: boolean,
) {
  const rows = await sql.query<DepositRow>(
    `SELECT * FROM deposits WHERE id = ? AND funder_id = ?${lock && sql.dialect === 'mysql' ? ' FOR UPDATE' : ''}`,
    [depositId, funderId],
  );
  return rows[0];
}

async function listDeposits(deps: FundingDeps, actor: FundingActor, funderId: string) {
  const { db } = deps;
  // A funder that does not exist has no deposits to list: 404 like the funder itself, not an empty page.
  await funderFor(db, actor, funderId);
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

/**
 * A merchant funds its own funder from its settlement wallet, once per Idempotency-Key: the deposit
 * (source merchant_wallet, pending) and the bank order moving the amount from the merchant's wallet
 * to the platform's institutional wallet are written in one transaction. The order's final state
 * decides the deposit (walletDepositPurpose): SUCCESS confirms it (world → funder), a refusal rejects
 * it; an unknown outcome stays with the lifecycle, which asks the bank.
 */
async function fundFromMerchantWallet(
  deps: FundingDeps,
  actor: FundingActor,
  funderId: string,
  input: { amount_fen: number },
  ticket: IdempotencyTicket,
  requestId?: string,
) {
  const { clock, db } = deps;
  const payments = deps.payments;
  if (!payments) throw new Error('funding: no bank-order lifecycle to fund from a wallet');
  const now = clock.now();
  const body = await db.tx(async (sql) => {
    const f = await funderFor(sql, actor, funderId, true);
    if (f.kind !== 'merchant' || !f.merchant_id) {
      throw refused('FUNDER_NOT_MERCHANT', '只有关联了商户的出资方可以从商户钱包入金');
    }
    const m = (
      await sql.query<{ wallet_id: string | null }>('SELECT wallet_id FROM merchants WHERE id = ?', [
        f.merchant_id,
      ])
    )[0];
    if (!m?.wallet_id) throw refused('MERCHANT_NO_WALLET', '该商户尚未开立结算钱包，不能从钱包入金');
    const id = newId('dep');
    const row: DepositRow = {
      id,
      funder_id: funderId,
      amount_fen: input.amount_fen,
      // The bank order's out_trade_no is the deposit's reference: the evidence is that order.
      reference: id,
      source: 'merchant_wallet',
      status: 'pending',
      created_by: actor.id,
      created_at: now,
      decided_by: null,
      decided_at: null,
      decision_comment: null,
    };
    await sql.exec(
      'INSERT INTO deposits (id, funder_id, amount_fen, reference, source, status, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)',
      [id, funderId, input.amount_fen, row.reference, row.source, row.status, actor.id, now],
    );
    await queueWalletOrder(sql, id, input.amount_fen, m.wallet_id, payments.payerWalletId, now);
    await recordAudit(
      sql,
      {
        actor,
        action: 'funder.deposit',
        entity_type: 'funder',
        entity_id: funderId,
        changes: { deposit_id: id, amount_fen: input.amount_fen, source: row.source, status: row.status },
        request_id: requestId,
      },
      now,
    );
    const dto = depositDto(row);
    await ticket.record(sql, dto, now);
    return dto;
  });
  await payments.submit([body.id]);
  return body;
}

/** The bank order of a wallet deposit: from the merchant's wallet to the platform's institutional one. */
function queueWalletOrder(
  sql: Sql,
  depositId: string,
  amountFen: number,
  from: string,
  to: string,
  now: Date,
) {
  return insertPayments(
    sql,
    [
      {
        out_trade_no: depositId,
        purpose: 'funding',
        ref_id: depositId,
        generation: 1,
        campaign_id: null,
        user_id: null,
        amount_fen: amountFen,
        channel: 'payment',
        payer_wallet_id: from,
        payee_wallet_id: to,
      },
    ],
    now,
  );
}

/** The bank order of a wallet deposit: its final state decides the deposit, in the same transaction. */
function walletDepositPurpose(deps: FundingDeps) {
  const decide = async (sql: Sql, p: PaymentRow, action: DepositAction, now: Date) => {
    const d = (await sql.query<DepositRow>('SELECT * FROM deposits WHERE id = ?', [p.ref_id]))[0];
    if (!d) throw new Error(`funding: bank order ${p.out_trade_no} has no deposit`);
    const comment =
      action === 'confirm'
        ? `bank order ${p.out_trade_no} ${p.bank_trade_no ?? ''}`.trim()
        : `bank order ${p.out_trade_no} ${p.status}: ${p.last_error ?? ''}`.slice(0, 256);
    await applyDecision(sql, d, action, BANK_ORDER_ACTOR, now, { comment });
  };
  void deps;
  return {
    onDispatch: async () => {},
    onConfirm: (sql: Sql, p: PaymentRow, now: Date) => decide(sql, p, 'confirm', now),
    onRefuse: (sql: Sql, p: PaymentRow, now: Date) => decide(sql, p, 'reject', now),
    onCancel: (sql: Sql, p: PaymentRow, now: Date) => decide(sql, p, 'reject', now),
    /** What the ledger booked for the order: the deposit's posting into the funder's account. */
    bookedFen: async (sql: Sql, p: PaymentRow) => {
      const r = await sql.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE kind = 'deposit' AND ref_id = ? AND amount_fen > 0 AND account LIKE 'funder:%'",
        [p.ref_id],
      );
      return Number(r[0]?.s ?? 0);
    },
  };
}

export type FundingService = ReturnType<typeof createFundingService>;
