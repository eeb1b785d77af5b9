import { createHash } from 'node:crypto';
import { isDuplicateKeyError, type Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { RELEASABLE } from './contract-states';
import { findContract, type ContractRow, type PrepaidDeps } from './deps';
import { addInstruction } from './escrow-orders';
import { merchantRule } from './merchants';
import { membershipDaysUsed, releaseFor } from './refund-math';

// Release per consumption (定向支付). The merchant writes off units of a contract under its own
// sequence number: one write-off per (contract, seq) — the same seq again is that write-off, with
// other units it is refused. Its amount is fixed then, on the contract's one valuation curve
// (refund-math.ts), and never more than was bought. The consumer confirms it (or disputes it); one
// nobody answers confirms itself after the sector's T hours; a confirmation makes exactly one release
// instruction (dedupe key release:<write-off>). A membership accrues daily, confirmed as it accrues.

export type WriteOffRow = {
  id: string;
  contract_id: string;
  seq: number;
  units: number;
  amount_fen: number;
  status: 'pending_confirm' | 'confirmed' | 'released' | 'rejected' | 'release_failed';
  request_hash: string;
  created_by: string;
  confirm_due_at: Date | string;
  confirmed_by: string | null;
  instruction_id: string | null;
  created_at: Date | string;
  decided_at: Date | string | null;
};

const norm = (w: WriteOffRow): WriteOffRow => ({
  ...w,
  seq: Number(w.seq),
  units: Number(w.units),
  amount_fen: Number(w.amount_fen),
});

export const writeOffDto = (w: WriteOffRow) => ({
  id: w.id,
  contract_id: w.contract_id,
  seq: w.seq,
  units: w.units,
  amount_fen: w.amount_fen,
  status: w.status,
  confirmed_by: w.confirmed_by,
  confirm_due_at: toRfc3339(w.confirm_due_at),
  created_at: toRfc3339(w.created_at),
  decided_at: toRfc3339(w.decided_at),
});

async function bySeq(sql: Sql, contractId: string, seq: number) {
  const r = (
    await sql.query<WriteOffRow>('SELECT * FROM prepaid_writeoffs WHERE contract_id = ? AND seq = ?', [
      contractId,
      seq,
    ])
  )[0];
  return r ? norm(r) : null;
}

async function byId(sql: Sql, id: string) {
  const r = (await sql.query<WriteOffRow>('SELECT * FROM prepaid_writeoffs WHERE id = ?', [id]))[0];
  return r ? norm(r) : null;
}

const hashOf = (units: number) => createHash('sha256').update(`units=${units}`).digest('hex');

function sameWriteOff(w: WriteOffRow, units: number) {
  if (w.request_hash !== hashOf(units))
    throw refused('WRITE_OFF_SEQ_REUSED', '该核销序号已用于另一笔核销', { write_off_id: w.id });
  return { created: false, write_off: writeOffDto(w) };
}

function refuseNotReleasable(c: ContractRow) {
  if (c.status === 'frozen') throw refused('CONTRACT_FROZEN', '该合约已被监管冻结，暂停核销与拨付');
  throw refused('CONTRACT_NOT_ACTIVE', '该合约当前不可核销', { status: c.status });
}

/** Inserts a write-off inside `sql` after taking its units from the contract (conditional UPDATE). */
async function insertWriteOff(
  sql: Sql,
  c: ContractRow,
  x: { seq: number; units: number; by: string; status: 'pending_confirm' | 'confirmed'; confirmDueAt: Date },
  now: Date,
) {
  const taken = await sql.exec(
    `UPDATE prepaid_contracts SET used_units = used_units + ?, updated_at = ?
      WHERE id = ? AND used_units = ? AND used_units + ? <= total_units AND status IN (${RELEASABLE.map(() => '?').join(',')})`,
    [x.units, now, c.id, c.used_units, x.units, ...RELEASABLE],
  );
  if (taken.affectedRows !== 1) return null;
  const id = newId('pwo');
  await sql.exec(
    `INSERT INTO prepaid_writeoffs (id, contract_id, seq, units, amount_fen, status, request_hash, created_by, confirm_due_at, confirmed_by, created_at)
     VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    [
      id,
      c.id,
      x.seq,
      x.units,
      releaseFor(c, c.used_units, x.units),
      x.status,
      hashOf(x.units),
      x.by,
      x.confirmDueAt,
      x.status === 'confirmed' ? 'accrual' : null,
      now,
    ],
  );
  return id;
}

/** The merchant writes off `units` (a class, spent stored value in fen, or days) under `seq`. */
export async function writeOff(
  d: PrepaidDeps,
  actor: Actor,
  merchantId: string,
  contractId: string,
  x: { seq: number; units: number },
) {
  const prior = await bySeq(d.db, contractId, x.seq);
  if (prior) return sameWriteOff(prior, x.units);
  const now = d.clock.now();
  try {
    const id = await d.db.tx(async (sql) => {
      const c = await findContract(sql, contractId, true);
      if (!c || c.merchant_id !== merchantId) throw notFound('预付合约');
      if (!RELEASABLE.includes(c.status)) refuseNotReleasable(c);
      if (c.used_units + x.units > c.total_units)
        throw refused('WRITE_OFF_EXCEEDS', `超出已购数量（剩余 ${c.total_units - c.used_units}）`, {
          remaining_units: c.total_units - c.used_units,
        });
      const { rule } = await merchantRule(sql, merchantId);
      const due = new Date(now.getTime() + rule.confirm_hours * 3_600_000);
      const made = await insertWriteOff(
        sql,
        c,
        { ...x, by: actor.id, status: 'pending_confirm', confirmDueAt: due },
        now,
      );
      if (!made) throw refused('WRITE_OFF_CONFLICT', '核销冲突，请重试');
      await recordAudit(
        sql,
        {
          actor,
          action: 'prepaid.writeoff.create',
          entity_type: 'prepaid_contract',
          entity_id: c.id,
          changes: x,
        },
        now,
      );
      return made;
    });
    return { created: true, write_off: writeOffDto((await byId(d.db, id))!) };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return sameWriteOff((await bySeq(d.db, contractId, x.seq))!, x.units); // a parallel request won
  }
}

/** In the caller's transaction: a confirmed write-off's release instruction (exactly one). */
async function release(d: PrepaidDeps, sql: Sql, c: ContractRow, w: WriteOffRow, now: Date) {
  const held = await sql.exec(
    `UPDATE prepaid_contracts SET releasing_fen = releasing_fen + ?, updated_at = ? WHERE id = ? AND status IN (${RELEASABLE.map(() => '?').join(',')})`,
    [w.amount_fen, now, c.id, ...RELEASABLE],
  );
  if (held.affectedRows !== 1) refuseNotReleasable((await findContract(sql, c.id))!);
  if (w.amount_fen === 0) return null; // a unit worth less than a fen: nothing to move
  const id = await addInstruction(
    sql,
    {
      type: 'release',
      contract_id: c.id,
      merchant_id: c.merchant_id,
      user_id: c.user_id,
      wallet_id: c.wallet_id!,
      amount_fen: w.amount_fen,
      dedupe_key: `release:${w.id}`,
      writeoff_id: w.id,
      escrowMerchantId: d.escrowMerchantId,
    },
    now,
  );
  await sql.defer('UPDATE prepaid_writeoffs SET instruction_id = ? WHERE id = ?', [id, w.id]);
  return id;
}

/**
 * The consumer (or the auto-confirm job, or the accrual) confirms a write-off: once. A confirmation
 * of one already confirmed answers it as it stands; a frozen contract refuses (nothing changes).
 */
export async function confirm(
  d: PrepaidDeps,
  by: { userId?: string; auto?: boolean },
  contractId: string,
  writeOffId: string,
) {
  const now = d.clock.now();
  const instruction = await d.db.tx(async (sql) => {
    const c = await findContract(sql, contractId, true);
    const w = await byId(sql, writeOffId);
    if (!c || !w || w.contract_id !== c.id || (by.userId && c.user_id !== by.userId))
      throw notFound('核销记录');
    if (w.status === 'rejected') throw refused('WRITE_OFF_REJECTED', '该核销已被您拒绝');
    const flipped = await sql.exec(
      "UPDATE prepaid_writeoffs SET status = 'confirmed', confirmed_by = ?, decided_at = ? WHERE id = ? AND status = 'pending_confirm'",
      [by.auto ? 'auto' : 'consumer', now, w.id],
    );
    if (flipped.affectedRows !== 1) return null; // already confirmed: exactly one release exists
    const id = await release(d, sql, c, w, now);
    await recordAudit(
      sql,
      {
        actor: by.userId
          ? { type: 'citizen', id: by.userId }
          : { type: 'system', id: 'prepaid.auto-confirm' },
        action: 'prepaid.writeoff.confirm',
        entity_type: 'prepaid_writeoff',
        entity_id: w.id,
        changes: { status: { from: 'pending_confirm', to: 'confirmed' } },
      },
      now,
    );
    return id;
  });
  if (instruction)
    await d.orders.attempt(instruction).catch((err) => d.logger.warn('prepaid release attempt', { err }));
  return writeOffDto((await byId(d.db, writeOffId))!);
}

/** The consumer disputes a write-off: its units go back to the contract and a complaint is filed. */
export async function reject(
  d: PrepaidDeps,
  userId: string,
  contractId: string,
  writeOffId: string,
  reason: string,
) {
  const now = d.clock.now();
  await d.db.tx(async (sql) => {
    const c = await findContract(sql, contractId, true);
    const w = await byId(sql, writeOffId);
    if (!c || !w || w.contract_id !== c.id || c.user_id !== userId) throw notFound('核销记录');
    const flipped = await sql.exec(
      "UPDATE prepaid_writeoffs SET status = 'rejected', decided_at = ? WHERE id = ? AND status = 'pending_confirm'",
      [now, w.id],
    );
    if (flipped.affectedRows !== 1) throw refused('WRITE_OFF_NOT_PENDING', '该核销已确认，不能再拒绝');
    await sql.exec('UPDATE prepaid_contracts SET used_units = used_units - ?, updated_at = ? WHERE id = ?', [
      w.units,
      now,
      c.id,
    ]);
    await sql.exec(
      'INSERT INTO prepaid_complaints (id, contract_id, merchant_id, user_id, reason, created_at) VALUES (?,?,?,?,?,?)',
      [newId('pcp'), c.id, c.merchant_id, userId, reason.slice(0, 255), now],
    );
  });
  return writeOffDto((await byId(d.db, writeOffId))!);
}

export async function listWriteOffs(d: PrepaidDeps, contractId: string) {
  const rows = await d.db.query<WriteOffRow>(
    'SELECT * FROM prepaid_writeoffs WHERE contract_id = ? ORDER BY seq',
    [contractId],
  );
  return rows.map((r) => writeOffDto(norm(r)));
}

/** Write-offs nobody answered within T hours confirm themselves. */
export async function autoConfirmDue(d: PrepaidDeps, limit = 500) {
  const due = await d.db.query<{ id: string; contract_id: string }>(
    "SELECT id, contract_id FROM prepaid_writeoffs WHERE status = 'pending_confirm' AND confirm_due_at <= ? ORDER BY confirm_due_at LIMIT ?",
    [d.clock.now(), limit],
  );
  let n = 0;
  for (const w of due) {
    await confirm(d, { auto: true }, w.contract_id, w.id).then(
      () => n++,
      (err) =>
        d.logger.warn('prepaid auto-confirm skipped', {
          write_off: w.id,
          code: (err as { code?: string }).code,
        }),
    );
  }
  return n;
}

/**
 * Merchants number their write-offs 1…1,000,000 (the route's bound); a membership's daily accrual
 * numbers its own above that, so the two never take each other's (contract, seq).
 */
export const ACCRUAL_SEQ_BASE = 1_000_000;

/** A membership's days accrue: each day used becomes a confirmed write-off (seq = base + day number). */
export async function accrueMembership(d: PrepaidDeps, contractId: string) {
  const now = d.clock.now();
  const made = await d.db.tx(async (sql) => {
    const c = await findContract(sql, contractId, true);
    if (!c || c.kind !== 'membership' || !c.starts_at || !RELEASABLE.includes(c.status)) return null;
    const days = membershipDaysUsed(new Date(c.starts_at), c.total_units, now);
    if (days <= c.used_units) return null;
    const id = await insertWriteOff(
      sql,
      c,
      {
        seq: ACCRUAL_SEQ_BASE + days,
        units: days - c.used_units,
        by: 'accrual',
        status: 'confirmed',
        confirmDueAt: now,
      },
      now,
    );
    return id ? release(d, sql, c, (await byId(sql, id))!, now) : null;
  });
  if (made) await d.orders.attempt(made).catch((err) => d.logger.warn('prepaid accrual attempt', { err }));
  return made;
}

export async function accrueMemberships(d: PrepaidDeps, limit = 500) {
  const due = await d.db.query<{ id: string }>(
    `SELECT id FROM prepaid_contracts WHERE kind = 'membership' AND status IN (${RELEASABLE.map(() => '?').join(',')}) LIMIT ?`,
    [...RELEASABLE, limit],
  );
  for (const c of due)
    await accrueMembership(d, c.id).catch((err) => d.logger.warn('prepaid accrual', { err }));
  return due.length;
}
