import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { DomainError, notFound, refused } from '../../shared/domain-error';
import { toRfc3339, type Clock } from '../../shared/time';
import { findCampaign, type CampaignRow } from '../campaigns';
import type { SmsClient, WechatClient } from '../identity';

/** How long before the start the SMS leaves: time to open the app, not so early it is forgotten. */
export const REMIND_BEFORE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 3;
/** A row left in `sending` this long (the process died mid-send) is tried again. */
const STUCK_SENDING_MS = 2 * 60_000;

export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
/** sms: a text to the bound phone. wechat: a subscribe message in WeChat (weapp), which the citizen
 *  allowed in wx.requestSubscribeMessage; if WeChat says they did not (43101), the SMS goes instead. */
export type ReminderChannel = 'sms' | 'wechat';

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
  channel: ReminderChannel;
  sent_channel: ReminderChannel | null;
};

export type ReminderDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  sms: SmsClient;
  wechat: WechatClient;
  /** The subscribe-message template the mini-program asks the citizen to allow. */
  wechatTemplateId: string;
};

const dto = (r: ReminderRow | null) =>
  r && r.status !== 'cancelled'
    ? {
        status: r.status,
        channel: r.channel,
        remind_at: toRfc3339(r.remind_at)!,
        sent_at: toRfc3339(r.sent_at),
        sent_channel: r.sent_channel,
      }
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

async function contactOf(db: Db, userId: string) {
  const rows = await db.query<{ phone: string | null; openid: string | null }>(
    'SELECT phone, openid FROM users WHERE id = ?',
    [userId],
  );
  return { phone: rows[0]?.phone ?? null, openid: rows[0]?.openid ?? null };
}

/** WeChat's `time` keyword: Beijing time as 2026年12月03日 10:00. */
function wechatTime(d: Date) {
  const b = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${b.slice(0, 4)}年${b.slice(5, 7)}月${b.slice(8, 10)}日 ${b.slice(11, 16)}`;
}

/** WeChat's `thing` keyword holds at most 20 characters. */
const wechatThing = (s: string) => ([...s].length <= 20 ? s : [...s].slice(0, 19).join('') + '…');

function remindable(c: CampaignRow | null, now: Date): CampaignRow {
  if (!c || !['approved', 'running'].includes(c.status)) throw notFound('活动');
  if (c.claim_start_at.getTime() <= now.getTime())
    throw refused('CAMPAIGN_ALREADY_STARTED', '活动已开抢，无需提醒，现在就可以去领取');
  return c;
}

async function refuseUnreachable(db: Db, userId: string, channel: ReminderChannel) {
  const { phone, openid } = await contactOf(db, userId);
  if (channel === 'sms' && !phone) throw refused('PHONE_REQUIRED', '请先绑定手机号，开抢前我们会短信提醒您');
  if (channel === 'wechat' && !openid)
    throw refused('WECHAT_NOT_BOUND', '请先使用微信登录，开抢前我们会通过微信通知您');
}

/**
 * Asks for the reminder before the start, by the channel given (again after cancelling: the same row
 * goes back to pending; a pending one switches channel, e.g. once the citizen allowed WeChat's).
 */
async function setReminder(deps: ReminderDeps, userId: string, campaignId: string, channel: ReminderChannel) {
  const { db, clock } = deps;
  const now = clock.now();
  const c = remindable(await findCampaign(db, campaignId), now);
  await refuseUnreachable(db, userId, channel);
  const remindAt = new Date(Math.max(now.getTime(), c.claim_start_at.getTime() - REMIND_BEFORE_MS));
  const prior = await findReminder(db, campaignId, userId);
  if (prior?.status === 'cancelled') {
    const set = { set: ', remind_at = ?, attempts = 0, channel = ?', params: [remindAt, channel] };
    await move(db, prior, 'pending', now, set);
  } else if (prior?.status === 'pending' && prior.channel !== channel) {
    await db.exec(
      "UPDATE campaign_reminders SET channel = ?, updated_at = ? WHERE id = ? AND status = 'pending'",
      [channel, now, prior.id],
    );
  } else if (!prior) {
    try {
      await db.exec(
        `INSERT INTO campaign_reminders (id, campaign_id, user_id, status, channel, remind_at, attempts, created_at, updated_at)
         VALUES (?,?,?,?,?,?,0,?,?)`,
        [newId('rmd'), campaignId, userId, 'pending', channel, remindAt, now, now],
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

/**
 * Delivers a reminder by its channel: WeChat when asked for and allowed, else the SMS. A WeChat refusal
 * (the citizen did not allow the message, or used it up) is final there, so the SMS goes at once.
 * Returns the channel it went by, or null when the citizen can be reached by neither.
 */
async function deliver(deps: ReminderDeps, r: ReminderRow, c: CampaignRow): Promise<ReminderChannel | null> {
  const { phone, openid } = await contactOf(deps.db, r.user_id);
  if (r.channel === 'wechat' && openid) {
    try {
      await deps.wechat.sendSubscribeMessage({
        openid,
        templateId: deps.wechatTemplateId,
        page: `packages/campaign/detail/index?id=${encodeURIComponent(c.id)}`,
        data: {
          thing1: wechatThing(c.name),
          time2: wechatTime(c.claim_start_at),
          thing3: '活动即将开抢，点击前往领取',
        },
      });
      return 'wechat';
    } catch (err) {
      if (!(err instanceof DomainError && err.code === 'WECHAT_NOT_SUBSCRIBED')) throw err;
    }
  }
  if (!phone) return null;
  await deps.sms.send(phone, 'CAMPAIGN_OPENING', { name: c.name, time: toRfc3339(c.claim_start_at)! });
  return 'sms';
}

/** Sends one due reminder: claimed by its status first, so two processes never send it both. */
async function sendOne(deps: ReminderDeps, r: ReminderRow, now: Date) {
  const { db, logger } = deps;
  const counted = { set: ', attempts = attempts + 1', params: [] };
  if (!(await move(db, r, 'sending', now, counted))) return 'taken';
  const sending = { id: r.id, status: 'sending' as const };
  const c = await findCampaign(db, r.campaign_id);
  // A campaign withdrawn or ended before it opened has nothing to remind of.
  if (!c || !['approved', 'running'].includes(c.status)) {
    await move(db, sending, 'failed', now);
    return 'failed';
  }
  try {
    const channel = await deliver(deps, r, c);
    if (!channel) {
      await move(db, sending, 'failed', now);
      return 'failed';
    }
    await move(db, sending, 'sent', now, { set: ', sent_at = ?, sent_channel = ?', params: [now, channel] });
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
    set: (userId: string, campaignId: string, channel: ReminderChannel = 'sms') =>
      setReminder(deps, userId, campaignId, channel),
    cancel: (userId: string, campaignId: string) => cancelReminder(deps, userId, campaignId),
    /** Which subscribe-message template the mini-program asks the citizen to allow. */
    wechatTemplateId: deps.wechatTemplateId,
    sendDue: (limit?: number) => sendDue(deps, limit),
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
