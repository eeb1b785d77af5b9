import type { Sql } from '../../db/sql';
import { accounts, balanceOf } from '../ledger';
import { notFound, refused } from '../../shared/domain-error';
import { maskWalletId } from '../../masking/mask';
import { recordAudit, type Actor } from '../audit';
import { cardById, cardByNo, issueCard, moveCard, moveCardOrThrow } from './cards';
import type { CardRow, HwDeps } from './deps';
import { grantDoors, revokeDoors } from './doors';
import { BLACKLIST, pushEntries } from './lists';
import { insertCardOrder, type CardOrderRow } from './loads';

// Loss and cancellation. A loss report blacklists the card at once (pushed to every terminal) and, for
// a badge, removes it from the door whitelist in the same transaction. A temporary report reverts by
// itself after N hours; a formal one starts the quiet period (offline spends made before the report
// still arrive and are booked against the confirmed balance). Only when the quiet period is over is
// the confirmed balance — never the chip's last-read figure — refunded to the soft wallet (cancel) or
// moved onto the replacement card (replace). A card present at the counter is unloaded (圈提) and then
// cancelled; what its unuploaded offline spends still hold is refunded after the quiet period too.

const SYSTEM: Actor = { type: 'system', id: 'hard-wallet' };

async function stop(sql: Sql, card: CardRow, reason: string, now: Date) {
  if (!card.blacklisted) {
    await sql.exec('UPDATE hw_cards SET blacklisted = ? WHERE id = ?', [true, card.id]);
    await pushEntries(sql, BLACKLIST, [{ card_no: card.card_no, op: 'add', reason }], now);
  }
  await revokeDoors(sql, card, reason, now);
}

export async function reportLoss(
  deps: HwDeps,
  actor: Actor,
  cardId: string,
  kind: 'temp' | 'formal',
  holderUserId?: string,
) {
  const now = deps.clock.now();
  const card = await deps.db.tx(async (sql) => {
    const c = await cardById(sql, cardId, true);
    if (holderUserId !== undefined && c.holder_user_id !== holderUserId) throw notFound('卡片');
    if (kind === 'temp') await moveCardOrThrow(sql, c, 'report_loss_temp', now, { loss_at: now });
    else
      await moveCardOrThrow(sql, c, 'report_loss_formal', now, {
        loss_at: c.loss_at ?? now,
        quiet_until: new Date(now.getTime() + deps.quietPeriodHours * 3600_000),
        after_quiet: 'refund',
      });
    await stop(sql, c, kind === 'temp' ? 'loss_temp' : 'loss_formal', now);
    await recordAudit(
      sql,
      { actor, action: `hw_card.loss_${kind}`, entity_type: 'hw_card', entity_id: c.id, changes: {} },
      now,
    );
    return c;
  });
  // The back end's own block (best effort: our blacklist is what terminals act on).
  await deps.client
    .setStatus(card.card_no, 'blocked')
    .catch((err) => deps.logger.warn('back end block failed', { err }));
  return cardById(deps.db, cardId);
}

/** The holder found the card (or N hours passed): back to bound, off the blacklist, doors back. */
export async function revertLoss(deps: HwDeps, actor: Actor, cardId: string) {
  const now = deps.clock.now();
  const card = await deps.db.tx(async (sql) => {
    const c = await cardById(sql, cardId, true);
    await moveCardOrThrow(sql, c, 'revert_loss', now, { loss_at: null, blacklisted: false });
    await pushEntries(sql, BLACKLIST, [{ card_no: c.card_no, op: 'remove', reason: 'loss_reverted' }], now);
    await grantDoors(sql, c, 'loss_reverted', now);
    await recordAudit(
      sql,
      { actor, action: 'hw_card.loss_revert', entity_type: 'hw_card', entity_id: c.id, changes: {} },
      now,
    );
    return c;
  });
  await deps.client
    .setStatus(card.card_no, 'active')
    .catch((err) => deps.logger.warn('back end unblock failed', { err }));
  return cardById(deps.db, cardId);
}

/** 补卡: a new card for the same holder and wallet; the balance follows after the quiet period. */
export async function replaceCard(
  deps: HwDeps,
  actor: Actor,
  cardId: string,
  newCardNo: string,
  locationId: string,
) {
  const now = deps.clock.now();
  const old = await cardById(deps.db, cardId);
  if (old.status !== 'loss_formal') throw refused('CARD_STATE_INVALID', '只有正式挂失的卡可以补卡');
  const fresh = await cardByNo(deps.db, newCardNo);
  if (!fresh) throw notFound('新卡');
  await deps.db.tx(async (sql) => {
    await issueCard(
      deps,
      actor,
      {
        card_no: newCardNo,
        holder_kind: old.holder_kind ?? 'real_name',
        holder_user_id: old.holder_user_id ?? undefined,
        holder_name: old.holder_name ?? undefined,
        kyc_level: old.kyc_level,
        soft_wallet_id: old.soft_wallet_id ?? undefined,
        location_id: locationId,
      },
      sql,
    );
    await moveCardOrThrow(sql, old, 'replace', now, { replaced_by: fresh.id, after_quiet: 'transfer' });
    await sql.exec('UPDATE park_staff SET card_id = ? WHERE card_id = ?', [fresh.id, old.id]);
    await grantDoors(sql, fresh, 'replacement', now);
    await recordAudit(
      sql,
      {
        actor,
        action: 'hw_card.replace',
        entity_type: 'hw_card',
        entity_id: old.id,
        changes: { replaced_by: fresh.id },
      },
      now,
    );
  });
  return { old: await cardById(deps.db, old.id), replacement: await cardById(deps.db, fresh.id) };
}

/** Cancel with the card present: unload what the chip holds, then cancel (the rest after the quiet period). */
export async function cancelPresent(deps: HwDeps, actor: Actor, cardId: string, intent = 'cancel') {
  const now = deps.clock.now();
  const card = await cardById(deps.db, cardId);
  if (card.status === 'loss_formal') {
    // A lost card is cancelled by the quiet-period job, from its confirmed balance.
    return { card, order_id: null };
  }
  const chip = await deps.client.readCard(card.card_no);
  const onChip = chip?.balance_fen ?? 0;
  if (onChip === 0) {
    await deps.db.tx((sql) => finishCancel(deps, sql, card, now));
    return { card: await cardById(deps.db, cardId), order_id: null };
  }
  const id = await deps.db.tx(async (sql) => {
    const c = await cardById(sql, cardId, true);
    if (c.status !== 'bound') throw refused('CARD_STATE_INVALID', '该卡当前状态不能圈提注销');
    return insertCardOrder(
      deps,
      sql,
      actor,
      { card: c, direction: 'unload', amount_fen: onChip, user_id: c.holder_user_id, intent },
      now,
    );
  });
  await deps.orders.attempt(id);
  return { card: await cardById(deps.db, cardId), order_id: id };
}

async function finishCancel(deps: HwDeps, sql: Sql, card: CardRow, now: Date) {
  await moveCardOrThrow(sql, card, 'cancel', now, {
    quiet_until: new Date(now.getTime() + deps.quietPeriodHours * 3600_000),
    after_quiet: 'refund',
  });
  await stop(sql, card, 'cancelled', now);
}

/** After a card order settled (run in its transaction): the next step of a cancel or a lost card. */
export async function afterCardOrder(deps: HwDeps, sql: Sql, o: CardOrderRow, ok: boolean, now: Date) {
  if (!ok) {
    if (o.intent === 'close_lost') await holdClose(sql, o, now);
    return;
  }
  if (o.intent === 'cancel' || o.intent === 'offboard') {
    const card = await cardById(sql, o.card_id);
    if (card.status === 'bound') await finishCancel(deps, sql, card, now);
  }
  if (o.intent === 'close_lost') {
    const subject = o.direction === 'transfer' ? o.from_card_id! : o.card_id;
    await sql.exec('UPDATE hw_cards SET after_quiet = NULL WHERE id = ?', [subject]);
    const card = await cardById(sql, subject);
    if (card.status === 'loss_formal') await moveCard(sql, card, 'cancel', now);
  }
}

/** What a held close goes back to when a person retries it, and what a final refusal holds. */
const HELD: Record<string, 'refund' | 'transfer'> = { refund_held: 'refund', xfer_held: 'transfer' };
const HOLD = { refund: 'refund_held', transfer: 'xfer_held' } as const;

/**
 * A refund or transfer of a closing card the bank refused finally (or that was cancelled): the money
 * is back on the card's confirmed balance (the refusal posting), and the card is held, so the sweep
 * does not send the same order again and again; the card says so (next_action) until a person retries.
 */
async function holdClose(sql: Sql, o: CardOrderRow, now: Date) {
  const subject = o.direction === 'transfer' ? o.from_card_id! : o.card_id;
  const step = o.direction === 'transfer' ? 'transfer' : 'refund';
  await sql.exec('UPDATE hw_cards SET after_quiet = ?, updated_at = ? WHERE id = ? AND after_quiet = ?', [
    HOLD[step],
    now,
    subject,
    step,
  ]);
}

/** Starts the close of one card whose quiet period is over (locked by the caller): refund, move or none. */
async function startClose(deps: HwDeps, sql: Sql, card: CardRow, now: Date, toWallet?: string) {
  if (!card.after_quiet || card.order_lock || card.after_quiet in HELD) return null;
  const confirmed = await balanceOf(sql, accounts.hwCard(card.id));
  if (confirmed <= 0) {
    const nothing = { intent: 'close_lost', direction: 'refund', card_id: card.id } as CardOrderRow;
    await afterCardOrder(deps, sql, nothing, true, now);
    return null;
  }
  const transfer = card.after_quiet === 'transfer';
  return insertCardOrder(
    deps,
    sql,
    SYSTEM,
    {
      card: transfer ? await cardById(sql, card.replaced_by!, true) : card,
      direction: transfer ? 'transfer' : 'refund',
      amount_fen: confirmed,
      user_id: card.holder_user_id,
      ...(transfer ? { from_card_id: card.id } : {}),
      ...(toWallet ? { soft_wallet_id: toWallet } : {}),
      intent: 'close_lost',
    },
    now,
  );
}

/** Quiet periods that ended: the confirmed balance is refunded or moved to the replacement, once. */
export async function sweepQuietPeriods(deps: HwDeps) {
  const now = deps.clock.now();
  const due = await deps.db.query<CardRow>(
    "SELECT * FROM hw_cards WHERE after_quiet IN ('refund','transfer') AND quiet_until <= ? AND order_lock IS NULL ORDER BY quiet_until LIMIT 200",
    [now],
  );
  const started: string[] = [];
  for (const c of due) {
    const id = await deps.db
      .tx(async (sql) => startClose(deps, sql, await cardById(sql, c.id, true), now))
      .catch((err) => {
        deps.logger.warn('quiet-period close failed; retried next sweep', { err, card_id: c.id });
        return null;
      });
    if (id) started.push(id);
  }
  for (const id of started) await deps.orders.attempt(id);
  return started.length;
}

/** Another of the holder's soft wallets, confirmed as theirs by the operator's back end. */
async function checkHoldersWallet(deps: HwDeps, card: CardRow, walletId: string) {
  if (!card.holder_user_id) throw refused('WALLET_NOT_HOLDERS', '不记名卡不能改退到其他软钱包');
  const w = await deps.client.softWallet(walletId);
  if (!w || w.owner_user_id !== card.holder_user_id)
    throw refused('WALLET_NOT_HOLDERS', '该软钱包不是持卡人本人的钱包');
}

/**
 * A person retries a held close (the holder's wallet is open again, say): the same step, sent now —
 * a refund optionally to another of the holder's soft wallets (verified as theirs, audited), when
 * the bound one is closed for good.
 */
export async function retryClose(deps: HwDeps, actor: Actor, cardId: string, toWallet?: string) {
  const now = deps.clock.now();
  const before = await cardById(deps.db, cardId);
  const other = toWallet && toWallet !== before.soft_wallet_id ? toWallet : undefined;
  if (other) {
    if (before.after_quiet === 'xfer_held')
      throw refused('CARD_STATE_INVALID', '转入新卡的余额不能改退到软钱包，请重试转入新卡');
    await checkHoldersWallet(deps, before, other);
  }
  const id = await deps.db.tx(async (sql) => {
    const card = await cardById(sql, cardId, true);
    const step = card.after_quiet ? HELD[card.after_quiet] : undefined;
    if (!step) throw refused('CARD_STATE_INVALID', '该卡没有被拒绝、待重试的余额退还或转移');
    if (other && card.holder_user_id !== before.holder_user_id)
      throw refused('CARD_STATE_INVALID', '卡片持卡人刚刚变更');
    await sql.exec('UPDATE hw_cards SET after_quiet = ?, updated_at = ? WHERE id = ?', [step, now, card.id]);
    await recordAudit(
      sql,
      {
        actor,
        action: `hw_card.retry_${step}`,
        entity_type: 'hw_card',
        entity_id: card.id,
        changes: other
          ? {
              to_soft_wallet: maskWalletId(other),
              instead_of: card.soft_wallet_id ? maskWalletId(card.soft_wallet_id) : null,
            }
          : {},
      },
      now,
    );
    return startClose(deps, sql, { ...card, after_quiet: step }, now, other);
  });
  if (id) await deps.orders.attempt(id);
  return cardById(deps.db, cardId);
}

/** Temporary losses older than N hours revert by themselves. */
export async function sweepTempLosses(deps: HwDeps) {
  const cutoff = new Date(deps.clock.now().getTime() - deps.tempLossHours * 3600_000);
  const due = await deps.db.query<{ id: string }>(
    "SELECT id FROM hw_cards WHERE status = 'loss_temp' AND loss_at <= ?",
    [cutoff],
  );
  for (const d of due) await revertLoss(deps, SYSTEM, d.id).catch(() => undefined);
  return due.length;
}
