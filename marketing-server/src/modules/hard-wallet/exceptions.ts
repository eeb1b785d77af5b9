import { accounts, balanceOf, post } from '../ledger';
import { notFound, refused } from '../../shared/domain-error';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { num, type HwDeps } from './deps';

// The exception queue of offline ingest: refused records (bad TAC, unknown card, conflicts…) and
// replay failures (broken balance chain, caps, below floor, closed card). Nothing is corrected by
// itself: one person proposes (accept: book the spend to the merchant after all; reject: the
// merchant is not paid from the card), a second person decides — maker-checker on money.

type ExceptionRow = {
  id: string;
  terminal_id: string | null;
  card_no: string | null;
  record_id: string | null;
  offline_counter: number | null;
  terminal_seq: number | null;
  amount_fen: number;
  code: string;
  detail: string;
  status: 'open' | 'proposed' | 'accepted' | 'rejected';
  proposal: 'accept' | 'reject' | null;
  proposed_by: string | null;
  decided_by: string | null;
  created_at: Date | string;
};

const dto = (e: ExceptionRow) => ({
  id: e.id,
  card_no: e.card_no,
  record_id: e.record_id,
  offline_counter: e.offline_counter === null ? null : num(e.offline_counter),
  terminal_seq: e.terminal_seq === null ? null : num(e.terminal_seq),
  amount_fen: num(e.amount_fen),
  code: e.code,
  detail: e.detail,
  status: e.status,
  proposal: e.proposal,
  proposed_by: e.proposed_by,
  decided_by: e.decided_by,
  created_at: toRfc3339(e.created_at)!,
});

export async function listExceptions(deps: HwDeps, status?: string) {
  const rows = await deps.db.query<ExceptionRow>(
    `SELECT * FROM hw_exceptions ${status ? 'WHERE status = ?' : ''} ORDER BY created_at DESC LIMIT 500`,
    status ? [status] : [],
  );
  return rows.map(dto);
}

async function byId(deps: HwDeps, id: string) {
  const e = (await deps.db.query<ExceptionRow>('SELECT * FROM hw_exceptions WHERE id = ?', [id]))[0];
  if (!e) throw notFound('异常记录');
  return e;
}

export async function propose(
  deps: HwDeps,
  actor: Actor,
  id: string,
  proposal: 'accept' | 'reject',
  comment: string,
) {
  const e = await byId(deps, id);
  if (proposal === 'accept' && !e.record_id)
    throw refused('EXCEPTION_NOT_BOOKABLE', '该记录未通过校验（签名、卡号或终端不符），只能驳回');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const moved = await sql.exec(
      "UPDATE hw_exceptions SET status = 'proposed', proposal = ?, proposed_by = ?, updated_at = ? WHERE id = ? AND status = 'open'",
      [proposal, actor.id, now, id],
    );
    if (moved.affectedRows !== 1) throw refused('EXCEPTION_NOT_OPEN', '该异常不是待处理状态');
    await recordAudit(
      sql,
      {
        actor,
        action: 'hw_exception.propose',
        entity_type: 'hw_exception',
        entity_id: id,
        changes: { proposal },
        comment,
      },
      now,
    );
  });
  return dto(await byId(deps, id));
}

/** The second person: applies the proposal (accept books the spend if the card's confirmed balance covers it). */
export async function decide(deps: HwDeps, actor: Actor, id: string, approve: boolean) {
  const e = await byId(deps, id);
  if (e.proposed_by === actor.id) throw refused('SAME_PERSON', '须由另一人复核');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const to = !approve ? 'open' : e.proposal === 'accept' ? 'accepted' : 'rejected';
    const moved = await sql.exec(
      "UPDATE hw_exceptions SET status = ?, decided_by = ?, updated_at = ? WHERE id = ? AND status = 'proposed'",
      [to, approve ? actor.id : null, now, id],
    );
    if (moved.affectedRows !== 1) throw refused('EXCEPTION_NOT_PROPOSED', '该异常没有待复核的处理意见');
    if (approve && e.proposal === 'accept') {
      const r = (
        await sql.query<{ card_id: string; merchant_id: string; amount_fen: unknown }>(
          "SELECT card_id, merchant_id, amount_fen FROM hw_offline_records WHERE id = ? AND status = 'exception'",
          [e.record_id],
        )
      )[0];
      if (!r) throw refused('EXCEPTION_NOT_BOOKABLE', '该记录已处理');
      if ((await balanceOf(sql, accounts.hwCard(r.card_id))) < num(r.amount_fen))
        throw refused('CARD_BALANCE_INSUFFICIENT', '卡片已确认余额不足以入账');
      await sql.exec("UPDATE hw_offline_records SET status = 'applied', applied_at = ? WHERE id = ?", [
        now,
        e.record_id,
      ]);
      await post(
        sql,
        {
          kind: 'card_offline_spend',
          ref_id: e.record_id,
          transfers: [
            {
              source: accounts.hwCard(r.card_id),
              destination: accounts.merchantPayable(r.merchant_id),
              amount_fen: num(r.amount_fen),
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
        action: approve ? 'hw_exception.approve' : 'hw_exception.send_back',
        entity_type: 'hw_exception',
        entity_id: id,
        changes: { to },
      },
      now,
    );
  });
  return dto(await byId(deps, id));
}

export async function listBatches(deps: HwDeps) {
  const rows = await deps.db.query<Record<string, unknown>>(
    'SELECT b.*, t.terminal_no FROM hw_offline_batches b JOIN hw_terminals t ON t.id = b.terminal_id ORDER BY b.received_at DESC LIMIT 200',
  );
  return rows.map((b) => ({
    id: String(b.id),
    terminal_no: String(b.terminal_no),
    batch_no: num(b.batch_no),
    upload_no: num(b.upload_no),
    records: num(b.records),
    accepted: num(b.accepted),
    duplicates: num(b.duplicates),
    rejected: num(b.rejected),
    received_at: toRfc3339(b.received_at as Date)!,
  }));
}
