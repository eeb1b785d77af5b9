import type { Db } from '../../db/sql';
import { notFound } from '../../http/errors';
import type { IdempotencyTicket } from '../../http/route';
import { accounts } from '../../ledger/accounts';
import { balanceOf, balancesByPrefix, post } from '../../ledger/ledger';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit/service';

export type FundingDeps = { db: Db; clock: Clock };

type FunderRow = { id: string; name: string; kind: string; created_at: Date | string };

export function createFundingService(deps: FundingDeps) {
  const { db, clock } = deps;

  async function createFunder(actor: Actor, input: { name: string; kind: string }, requestId?: string) {
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
    return getFunder(id);
  }

  async function getFunder(id: string) {
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

  async function listFunders() {
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

  /** Records money a funder transferred in (world → funder) once per Idempotency-Key. */
  async function recordDeposit(
    actor: Actor,
    funderId: string,
    input: { amount_fen: number; reference: string },
    ticket: IdempotencyTicket,
  ) {
    const now = clock.now();
    return db.tx(async (sql) => {
      const exists = await sql.query('SELECT id FROM funders WHERE id = ?', [funderId]);
      if (!exists.length) throw notFound('出资方');
      const id = newId('dep');
      await sql.exec(
        'INSERT INTO deposits (id, funder_id, amount_fen, reference, created_by, created_at) VALUES (?,?,?,?,?,?)',
        [id, funderId, input.amount_fen, input.reference, actor.id, now],
      );
      await post(
        sql,
        {
          kind: 'deposit',
          ref_id: id,
          transfers: [
            { source: accounts.world, destination: accounts.funder(funderId), amount_fen: input.amount_fen },
          ],
        },
        now,
      );
      await recordAudit(
        sql,
        {
          actor,
          action: 'funder.deposit',
          entity_type: 'funder',
          entity_id: funderId,
          changes: { deposit_id: id, ...input },
        },
        now,
      );
      const body = {
        id,
        funder_id: funderId,
        amount_fen: input.amount_fen,
        reference: input.reference,
        created_at: toRfc3339(now),
      };
      await ticket.record(sql, 201, body, now);
      return body;
    });
  }

  async function listDeposits(funderId: string) {
    const rows = await db.query<{
      id: string;
      amount_fen: number;
      reference: string;
      created_by: string;
      created_at: Date | string;
    }>('SELECT * FROM deposits WHERE funder_id = ? ORDER BY id DESC LIMIT 200', [funderId]);
    return {
      items: rows.map((d) => ({
        id: d.id,
        funder_id: funderId,
        amount_fen: Number(d.amount_fen),
        reference: d.reference,
        created_by: d.created_by,
        created_at: toRfc3339(d.created_at),
      })),
    };
  }

  async function createMerchant(actor: Actor, input: { name: string; category: string }, requestId?: string) {
    const now = clock.now();
    const id = newId('mch');
    await db.tx(async (sql) => {
      await sql.exec(
        'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
        [id, input.name, input.category, now, now],
      );
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

  async function listMerchants() {
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

  return { createFunder, getFunder, listFunders, recordDeposit, listDeposits, createMerchant, listMerchants };
}

export type FundingService = ReturnType<typeof createFundingService>;
