import type { Db, Sql } from '../../db/sql';
import { maskPhone } from '../../masking/mask';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';

// Merchant onboarding under maker-checker: a registrar files the application (licence fields,
// category, settlement account), another person approves or rejects it, and only an approval makes
// the merchant — in the same transaction as the decision, so an application is decided once and an
// approved one always has its merchant. Changing a merchant's payee later is the settlement module's
// wallet change, itself maker-checker.

export type ApplicationInput = {
  legal_name: string;
  name: string;
  licence_no: string;
  category: string;
  contact_phone: string;
  settlement_account_no: string;
};

type ApplicationRow = ApplicationInput & {
  id: string;
  status: 'submitted' | 'approved' | 'rejected';
  applied_by: string;
  reviewed_by: string | null;
  review_comment: string | null;
  merchant_id: string | null;
  created_at: Date | string;
  decided_at: Date | string | null;
};

type Deps = { db: Db; clock: Clock };

const maskAccount = (no: string) => `${no.slice(0, 4)}****${no.slice(-4)}`;

function applicationDto(a: ApplicationRow) {
  return {
    id: a.id,
    legal_name: a.legal_name,
    name: a.name,
    licence_no: a.licence_no,
    category: a.category,
    contact_phone_masked: maskPhone(a.contact_phone),
    settlement_account_no_masked: maskAccount(a.settlement_account_no),
    status: a.status,
    applied_by: a.applied_by,
    reviewed_by: a.reviewed_by,
    review_comment: a.review_comment,
    merchant_id: a.merchant_id,
    created_at: toRfc3339(a.created_at),
    decided_at: toRfc3339(a.decided_at),
  };
}

const findApplication = async (sql: Sql, id: string) =>
  (await sql.query<ApplicationRow>('SELECT * FROM merchant_applications WHERE id = ?', [id]))[0] ?? null;

/** The registrar files an application; one open or approved application per licence number. */
export async function applyForMerchant(d: Deps, actor: Actor, input: ApplicationInput) {
  const taken = await d.db.query<{ id: string }>(
    "SELECT id FROM merchant_applications WHERE licence_no = ? AND status IN ('submitted','approved')",
    [input.licence_no],
  );
  if (taken.length)
    throw refused('MERCHANT_LICENCE_TAKEN', '该统一社会信用代码已有在审或已入驻的商户', {
      application_id: taken[0].id,
    });
  const now = d.clock.now();
  const id = newId('map');
  await d.db.tx(async (sql) => {
    await sql.exec(
      `INSERT INTO merchant_applications (id, legal_name, name, licence_no, category, contact_phone, settlement_account_no,
         status, applied_by, created_at) VALUES (?,?,?,?,?,?,?,'submitted',?,?)`,
      [
        id,
        input.legal_name,
        input.name,
        input.licence_no,
        input.category,
        input.contact_phone,
        input.settlement_account_no,
        actor.id,
        now,
      ],
    );
    await recordAudit(
      sql,
      { actor, action: 'merchant_application.submit', entity_type: 'merchant_application', entity_id: id },
      now,
    );
  });
  return applicationDto((await findApplication(d.db, id))!);
}

/**
 * The second person's decision. The applicant may not decide their own application (SAME_PERSON);
 * the conditional UPDATE makes the first decision the only one (409 APPLICATION_DECIDED after).
 */
export async function decideApplication(
  d: Deps,
  actor: Actor,
  id: string,
  decision: 'approve' | 'reject',
  comment?: string,
) {
  const a = await findApplication(d.db, id);
  if (!a) throw notFound('商户入驻申请');
  if (a.applied_by === actor.id)
    throw refused('SAME_PERSON', '提交人不能复核自己的入驻申请，请由另一位同事复核');
  if (decision === 'reject' && !comment) throw refused('COMMENT_REQUIRED', '驳回时请填写原因');
  const now = d.clock.now();
  const merchantId = decision === 'approve' ? newId('mch') : null;
  await d.db.tx(async (sql) => {
    const moved = await sql.exec(
      "UPDATE merchant_applications SET status = ?, reviewed_by = ?, review_comment = ?, merchant_id = ?, decided_at = ? WHERE id = ? AND status = 'submitted'",
      [decision === 'approve' ? 'approved' : 'rejected', actor.id, comment ?? null, merchantId, now, id],
    );
    if (moved.affectedRows !== 1) throw refused('APPLICATION_DECIDED', '该申请已复核，不能重复处理');
    // The merchant row is the funding module's table (merchants: id, name, category), written here in
    // the decision's transaction so that no approved application is ever without its merchant.
    if (merchantId)
      await sql.exec(
        'INSERT INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)',
        [merchantId, a.name, a.category, now, now],
      );
    await recordAudit(
      sql,
      {
        actor,
        action: `merchant_application.${decision}`,
        entity_type: 'merchant_application',
        entity_id: id,
        changes: { status: { from: 'submitted', to: decision === 'approve' ? 'approved' : 'rejected' } },
        comment,
      },
      now,
    );
  });
  return applicationDto((await findApplication(d.db, id))!);
}

export async function listApplications(d: Deps, f: { status?: string; limit: number }) {
  const rows = await d.db.query<ApplicationRow>(
    `SELECT * FROM merchant_applications ${f.status ? 'WHERE status = ?' : ''} ORDER BY created_at DESC LIMIT ?`,
    f.status ? [f.status, f.limit] : [f.limit],
  );
  return { items: rows.map(applicationDto) };
}
