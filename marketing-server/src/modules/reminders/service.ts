import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { notFound, refused } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import { findCampaign, type CampaignRow } from '../campaigns';
import type { SmsClient } from '../identity';

/** How long before the start the SMS leaves: time to open the app, not so early it is forgotten. */
export const REMIND_BEFORE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 3;
/** A row left in `sending` this long (the process died mid-send) is tried again. */
const STUCK_SENDING_MS = 2 * 60_000;

export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

/** Who may move a reminder where (one function, move(), applies it). */
const TRANSITIONS: Record<ReminderStatus, readonly ReminderStatus[]> = {
  pending: ['sending', 'cancelled'],
  sending: ['sent', 'pending', 'failed'],
  sent: [],
  failed: [],
  cancelled: ['pending'],
};

type ReminderRow = {
  id: string;
  campaign_id: string;
  user_id: string;
  status: ReminderStatus;
  remind_at: Date | string;
  attempts: number | string;
  sent_at: Date | string | null;
};

export type ReminderDeps = { db: Db; clock: Clock; logger: Logger; sms: SmsClient };

const dto = (r: ReminderRow | null) =>
  r && r.status !== 'cancelled'
    ? { status: r.status, remind_at: toRfc3339(r.remind_at)!, sent_at: toRfc3339(r.sent_at) }
    : null;

async function findReminder(sql: Sql, campaignId: string, userId: string) {
  const rows = await sql.query<ReminderRow>(
    'SELECT * FROM campaign_reminders WHERE campaign_id = ? AND user_id = ?',
    [campaignId, userId],
  );
  return rows[0] ?? null;
}

/** Moves a reminder from one status to another if nobody moved it first; false when someone did. */
async function move(
  sql: Sql,
  r: Pick<ReminderRow, 'id' | 'status'>,
  to: ReminderStatus,
  now: Date,
  extra: { set: string; params: unknown[] } = { set: '', params: [] },
) {
  if (!TRANSITIONS[r.status].includes(to)) throw new Error(`reminder ${r.status} → ${to} is not allowed`);
  const res = await sql.exec(
    `UPDATE campaign_reminders SET status = ?, updated_at = ?${extra.set} WHERE id = ? AND status = ?`,
    [to, now, ...extra.params, r.id, r.status],
  );
  return res.affectedRows === 1;
}

async function phoneOf(db: Db, userId: string): Promise<string | null> {
  const rows = await db.query<{ phone: string | null }>('SELECT phone FROM users WHERE id = ?', [userId]);
  return rows[0]?.phone ?? null;
}

function remindable(c: CampaignRow | null, now: Date): CampaignRow {
  if (!c || !['approved', 'running'].includes(c.status)) throw notFound('活动');
  if (c.claim_start_at.getTime() <= now.getTime())
    throw refused('CAMPAIGN_ALREADY_STARTED', '活动已开抢，无需提醒，现在就可以去领取');
  return c;
}

/** Asks for the SMS before the start (again after cancelling: the same row goes back to pending). */
async function setReminder(deps: ReminderDeps, userId: string, campaignId: string) {
  const { db, clock } = deps;
  const now = clock.now();
  const c = remindable(await findCampaign(db, campaignId), now);
  if (!(await phoneOf(db, userId))) throw refused('PHONE_REQUIRED', '请先绑定手机号，开抢前我们会短信提醒您');
  const remindAt = new Date(Math.max(now.getTime(), c.claim_start_at.getTime() - REMIND_BEFORE_MS));
  const prior = await findReminder(db, campaignId, userId);
  if (prior?.status === 'cancelled') {
    await move(db, prior, 'pending', now, { set: ', remind_at = ?, attempts = 0', params: [remindAt] });
  } else if (!prior) {
    try {
      await db.exec(
        `INSERT INTO campaign_reminders (id, campaign_id, user_id, status, remind_at, attempts, created_at, updated_at)
         VALUES (?,?,?,?,?,0,?,?)`,
        [newId('rmd'), campaignId, userId, 'pending', remindAt, now, now],
      );
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // a double tap: the other request made it
    }
  }
  return { reminder: dto(await findReminder(db, campaignId, userId)) };
}

async function cancelReminder({ db, clock }: ReminderDeps, userId: string, campaignId: string) {
  const r = await findReminder(db, campaignId, userId);
  if (r?.status === 'pending') await move(db, r, 'cancelled', clock.now());
  return { reminder: dto(await findReminder(db, campaignId, userId)) };
}

/** Sends one due reminder: claimed by its status first, so two processes never send it both. */
async function sendOne(deps: ReminderDeps, r: ReminderRow, now: Date) {
  const { db, sms, logger } = deps;
  const counted = { set: ', attempts = attempts + 1', params: [] };
  if (!(await move(db, r, 'sending', now, counted))) return 'taken';
  const sending = { id: r.id, status: 'sending' as const };
  const c = await findCampaign(db, r.campaign_id);
  const phone = await phoneOf(db, r.user_id);
  // A campaign withdrawn or ended before it opened has nothing to remind of.
  if (!c || !['approved', 'running'].includes(c.status) || !phone) {
    await move(db, sending, 'failed', now);
    return 'failed';
  }
  try {
    await sms.send(phone, 'CAMPAIGN_OPENING', { name: c.name, time: toRfc3339(c.claim_start_at)! });
    await move(db, sending, 'sent', now, { set: ', sent_at = ?', params: [now] });
    return 'sent';
  } catch (err) {
    const last = Number(r.attempts) + 1 >= MAX_ATTEMPTS;
    await move(db, sending, last ? 'failed' : 'pending', now);
    logger.warn('campaign reminder not sent', { reminder_id: r.id, attempt: Number(r.attempts) + 1, err });
    return last ? 'failed' : 'retry';
  }
}

/** The sweep: every due reminder, and any left half-sent by a process that died. */
async function sendDue(deps: ReminderDeps, limit = 200) {
  const now = deps.clock.now();
  // sending → pending (allowed by TRANSITIONS) for every row a dead process left mid-send; a crash
  // after the gateway took the SMS may send it twice, which for a reminder is the lesser harm.
  await deps.db.exec(
    "UPDATE campaign_reminders SET status = 'pending', updated_at = ? WHERE status = 'sending' AND updated_at < ?",
    [now, new Date(now.getTime() - STUCK_SENDING_MS)],
  );
  const due = await deps.db.query<ReminderRow>(
    "SELECT * FROM campaign_reminders WHERE status = 'pending' AND remind_at <= ? ORDER BY remind_at LIMIT ?",
    [now, limit],
  );
  const counts = { sent: 0, failed: 0, retry: 0, taken: 0 };
  for (const r of due) counts[await sendOne(deps, r, now)]++;
  return counts;
}

export function createReminderService(deps: ReminderDeps) {
  return {
    get: async (userId: string, campaignId: string) => ({
      reminder: dto(await findReminder(deps.db, campaignId, userId)),
    }),
    set: (userId: string, campaignId: string) => setReminder(deps, userId, campaignId),
    cancel: (userId: string, campaignId: string) => cancelReminder(deps, userId, campaignId),
    sendDue: (limit?: number) => sendDue(deps, limit),
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
