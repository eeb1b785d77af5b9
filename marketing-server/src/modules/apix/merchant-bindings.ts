import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { proposeChange, type ChangeRow } from '../../security/change-requests';
import { notFound, refused } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import type { Actor } from '../audit';
import { lockApp } from './apps';
import { appendAction } from './chain';

// Which merchants a partner app may act for (payment, prepaid, statements), and the app's own
// out_trade_no namespace. A binding is a maker-checker change (kind `apix.merchant`): a registrar
// proposes it for the merchant who signed the partner agreement, an approver applies it. Without an
// active binding the payment and prepaid operations refuse the merchant (APIX_MERCHANT_NOT_BOUND);
// an app's queries only ever find rows it created, so it never sees another app's orders.

export type BindingRow = {
  app_id: string;
  merchant_id: string;
  status: 'active' | 'revoked';
  change_id: string;
  created_at: Date | string;
  updated_at: Date | string;
};

export const bindingDto = (b: BindingRow) => ({
  app_id: b.app_id,
  merchant_id: b.merchant_id,
  status: b.status,
  change_id: b.change_id,
  created_at: toRfc3339(b.created_at)!,
  updated_at: toRfc3339(b.updated_at)!,
});

export type BindingProposal = { merchant_id: string; action: 'bind' | 'unbind'; reason: string };

/** The registrar's half: checks the merchant exists (bind) or is bound (unbind), then proposes. */
export async function proposeBinding(sql: Sql, actor: Actor, appId: string, p: BindingProposal, now: Date) {
  const app = await lockApp(sql, appId);
  const m = (
    await sql.query<{ name: string }>('SELECT name FROM merchants WHERE id = ?', [p.merchant_id])
  )[0];
  if (!m) throw notFound('商户');
  const bound = await isBound(sql, appId, p.merchant_id);
  if (p.action === 'bind' && bound) throw refused('APIX_MERCHANT_ALREADY_BOUND', '该商户已授权给此应用');
  if (p.action === 'unbind' && !bound) throw refused('APIX_MERCHANT_NOT_BOUND', '该商户未授权给此应用');
  const label = p.action === 'bind' ? '授权商户' : '解除商户授权';
  return proposeChange(
    sql,
    {
      kind: 'apix.merchant',
      target_id: appId,
      payload: { ...p },
      summary: `${label}：${app.org_name} / ${app.name} → ${m.name}`,
      actor,
    },
    now,
  );
}

/** The approver's half, in the approval's transaction: the binding row and the app's chained action. */
export async function applyBinding(sql: Sql, row: ChangeRow, actor: Actor, now: Date) {
  const appId = row.target_id!;
  const p = JSON.parse(row.payload) as BindingProposal;
  await lockApp(sql, appId);
  const status = p.action === 'bind' ? 'active' : 'revoked';
  const res = await sql.exec(
    'UPDATE apix_merchant_bindings SET status = ?, change_id = ?, updated_at = ? WHERE app_id = ? AND merchant_id = ?',
    [status, row.id, now, appId, p.merchant_id],
  );
  if (res.affectedRows === 0)
    await sql.exec(
      'INSERT INTO apix_merchant_bindings (app_id, merchant_id, status, change_id, created_at, updated_at) VALUES (?,?,?,?,?,?)',
      [appId, p.merchant_id, status, row.id, now, now],
    );
  await appendAction(
    sql,
    {
      app_id: appId,
      action: `merchant.${p.action}`,
      actor_id: actor.id,
      payload: { merchant_id: p.merchant_id, change_id: row.id },
    },
    now,
  );
  return { merchant_id: p.merchant_id, status };
}

export async function isBound(sql: Sql, appId: string, merchantId: string) {
  const rows = await sql.query<{ status: string }>(
    'SELECT status FROM apix_merchant_bindings WHERE app_id = ? AND merchant_id = ?',
    [appId, merchantId],
  );
  return rows[0]?.status === 'active';
}

/** Refuses a merchant the app is not (or no longer) bound to; nothing of the operation runs. */
export async function assertBound(db: Db, appId: string, merchantId: string) {
  if (!(await isBound(db, appId, merchantId)))
    throw refused('APIX_MERCHANT_NOT_BOUND', `应用未获商户 ${merchantId} 授权，不能代其操作`);
}

export async function listBindings(db: Db, appId: string) {
  const rows = await db.query<BindingRow>(
    'SELECT * FROM apix_merchant_bindings WHERE app_id = ? ORDER BY created_at, merchant_id',
    [appId],
  );
  return { items: rows.map(bindingDto) };
}

/**
 * Takes `outTradeNo` in the app's namespace for `merchantId` (unique per app, whatever the
 * merchant): the same number for the same merchant again is a retry; for another merchant it is
 * refused. Insert first, so two concurrent first uses cannot both win.
 */
export async function claimTradeNo(
  db: Db,
  clock: Clock,
  appId: string,
  outTradeNo: string,
  merchantId: string,
) {
  try {
    await db.exec(
      'INSERT INTO apix_trade_nos (app_id, out_trade_no, merchant_id, created_at) VALUES (?,?,?,?)',
      [appId, outTradeNo, merchantId, clock.now()],
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    if ((await tradeNoMerchant(db, appId, outTradeNo)) !== merchantId)
      throw refused('OUT_TRADE_NO_REUSED', '商户订单号已用于该应用的另一笔订单（另一商户）');
  }
}

/** The merchant an app's out_trade_no was taken for, or null (never taken: not the app's). */
export async function tradeNoMerchant(db: Db, appId: string, outTradeNo: string) {
  const rows = await db.query<{ merchant_id: string }>(
    'SELECT merchant_id FROM apix_trade_nos WHERE app_id = ? AND out_trade_no = ?',
    [appId, outTradeNo],
  );
  return rows[0]?.merchant_id ?? null;
}

/** Every merchant the app ever created an order for (its statements cover those). */
export async function tradedMerchants(db: Db, appId: string) {
  const rows = await db.query<{ merchant_id: string }>(
    'SELECT DISTINCT merchant_id FROM apix_trade_nos WHERE app_id = ? ORDER BY merchant_id',
    [appId],
  );
  return rows.map((r) => r.merchant_id);
}
