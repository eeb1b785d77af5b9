import { verifySignedRequest } from '../../security/signed-request';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import { refused } from '../../shared/domain-error';
import { accounts, post } from '../ledger';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { BankOrder } from '../../connectors/bank-wallet/client';
import type { PaymentService } from '../bank-orders';

// Notifications from the bank. Order of checks: signature over the raw bytes and a 5-minute
// timestamp window → nonce never seen (a replayed delivery is refused) → apply the event. Applying is
// idempotent (conditional state transitions), and the event id is remembered afterwards, so the
// bank's deliberate duplicates and its retries change nothing twice, in whatever order they come.

export type BankCallbackDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  secret: string;
  payments: PaymentService;
};

export type BankEvent = {
  event_id: string;
  event_type: string;
  created_at: string;
  resource: Record<string, unknown>;
};

const NONCE_RETENTION_MS = 10 * 60_000;

export function createBankCallbacks(deps: BankCallbackDeps) {
  return { receive: receive.bind(null, deps), purgeNonces: purgeNonces.bind(null, deps) };
}

async function seenEvent(deps: BankCallbackDeps, eventId: string) {
  const { db } = deps;
  return (
    (await db.query('SELECT event_id FROM bank_callback_events WHERE event_id = ?', [eventId])).length > 0
  );
}

async function remember(deps: BankCallbackDeps, e: BankEvent) {
  const { db, clock } = deps;
  const otn = typeof e.resource.out_trade_no === 'string' ? e.resource.out_trade_no : null;
  await db
    .exec(
      'INSERT INTO bank_callback_events (event_id, event_type, out_trade_no, received_at) VALUES (?,?,?,?)',
      [e.event_id, e.event_type, otn, clock.now()],
    )
    .catch((err) => {
      if (!isDuplicateKeyError(err)) throw err;
    });
}

/**
 * Unspent restricted red-packet money taken back by the bank at expiry: it returns to the campaign
 * (or to its funder once the campaign has settled). Only for a red packet the bank paid, and never
 * more in all than the red packet carried: the payment row is locked and what its earlier
 * recoveries took is read from the ledger in the same transaction. The posting and the event id are
 * written together, so a duplicate delivery cannot post it twice.
 */
async function recoverRedPacket(deps: BankCallbackDeps, e: BankEvent) {
  const { clock, db, logger } = deps;
  const otn = String(e.resource.out_trade_no ?? '');
  const amount = Number(e.resource.recovered_fen);
  const p = await deps.payments.find(otn);
  if (!p || p.purpose !== 'payout' || p.kind !== 'red_packet' || p.status !== 'paid') return false;
  if (!Number.isSafeInteger(amount) || amount <= 0) return false;
  const now = clock.now();
  let applied = true;
  await db
    .tx(async (sql) => {
      await sql.exec('UPDATE bank_payments SET updated_at = updated_at WHERE out_trade_no = ?', [otn]);
      const before = await sql.query<{ s: unknown }>(
        "SELECT SUM(amount_fen) AS s FROM ledger_entries WHERE account = ? AND ref_id = ? AND kind IN ('payout_recover','return')",
        [accounts.walletOut, otn],
      );
      const recovered = -Number(before[0]?.s ?? 0);
      if (recovered + amount > p.amount_fen) {
        applied = false;
        logger.warn('red-packet recovery beyond the payout refused', {
          out_trade_no: otn,
          event_id: e.event_id,
          recovered_fen: recovered,
          claimed_fen: amount,
        });
        return;
      }
      await sql.exec(
        'INSERT INTO bank_callback_events (event_id, event_type, out_trade_no, received_at) VALUES (?,?,?,?)',
        [e.event_id, e.event_type, otn, now],
      );
      const c = (
        await sql.query<{ status: string; funder_id: string }>(
          'SELECT status, funder_id FROM campaigns WHERE id = ?',
          [p.campaign_id],
        )
      )[0];
      const destination =
        c?.status === 'settled' ? accounts.funder(c.funder_id) : accounts.campaignBudget(p.campaign_id!);
      await post(
        sql,
        {
          kind: c?.status === 'settled' ? 'return' : 'payout_recover',
          campaign_id: p.campaign_id,
          ref_id: otn,
          transfers: [{ source: accounts.walletOut, destination, amount_fen: amount }],
        },
        now,
      );
    })
    .catch((err) => {
      if (!isDuplicateKeyError(err)) throw err;
    });
  return applied;
}

async function apply(deps: BankCallbackDeps, e: BankEvent): Promise<boolean> {
  const r = e.resource;
  switch (e.event_type) {
    // Every order the platform started is a bank order of the one lifecycle, whatever its API.
    case 'PAYMENT.SUCCESS':
    case 'TRANSFER.SUCCESS':
    case 'TOPUP.SUCCESS':
      return deps.payments.applyCallback(r as Partial<BankOrder>);
    case 'RED_PACKET.RECOVERED':
      return recoverRedPacket(deps, e);
    default:
      return false; // movements the platform did not start (citizens paying merchants, refunds)
  }
}

async function receive(
  deps: BankCallbackDeps,
  get: (h: string) => string,
  rawBody: string,
  event: BankEvent,
) {
  const { clock, logger, db } = deps;
  const now = clock.now();
  const check = verifySignedRequest(deps.secret, get, rawBody, now);
  if (!check.ok) {
    logger.warn('bank callback refused', { reason: check.reason, event_id: event.event_id });
    throw refused('CALLBACK_SIGNATURE_INVALID', `回调签名校验失败：${check.reason}`);
  }
  try {
    await db.exec('INSERT INTO bank_callback_nonces (nonce, seen_at) VALUES (?,?)', [check.nonce, now]);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    logger.warn('bank callback replay refused', { event_id: event.event_id });
    throw refused('CALLBACK_REPLAYED', '回调重放：该 nonce 已使用');
  }
  if (await seenEvent(deps, event.event_id)) return { status: 'duplicate' as const };
  const applied = await apply(deps, event);
  if (event.event_type !== 'RED_PACKET.RECOVERED') await remember(deps, event);
  return { status: applied ? ('applied' as const) : ('ignored' as const) };
}

async function purgeNonces(deps: BankCallbackDeps) {
  const { db, clock } = deps;
  const res = await db.exec('DELETE FROM bank_callback_nonces WHERE seen_at < ?', [
    new Date(clock.now().getTime() - NONCE_RETENTION_MS),
  ]);
  return res.affectedRows;
}

export type BankCallbacks = ReturnType<typeof createBankCallbacks>;
