import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

const iso = (d: Date) => d.toISOString();

describe.each(MODES)('开抢提醒: campaign reminders by SMS and WeChat subscribe message (%s)', (mode) => {
  let env: TestEnv;
  let campaignId: string;
  let startsAt: Date;
  beforeAll(async () => {
    env = await startEnv(mode);
    startsAt = new Date(env.clock.now().getTime() + 3600_000);
    ({ id: campaignId } = await runningCampaign(
      env,
      {
        name: '周末满减券',
        kind: 'red_packet',
        budget_fen: 200_000,
        red_packet: { mode: 'random', count: 1000 },
        claim_start_at: iso(startsAt),
        claim_end_at: iso(new Date(startsAt.getTime() + 3600_000)),
      },
      { start: false },
    ));
  });
  afterAll(async () => env?.close());

  const citizen = async (phone: string | null) => {
    const [u] = await env.citizens(1);
    await env.platform.db.exec('UPDATE users SET phone = ? WHERE id = ?', [phone, u.id]);
    return u;
  };
  const reminder = (token: string, method: 'GET' | 'PUT' | 'DELETE', id = campaignId, body?: unknown) =>
    env.api(method, `/api/v1/me/campaigns/${id}/reminder`, { token, body });
  const wechat = (path: string, body?: unknown) =>
    fetch(`${env.platform.urls.wechat}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<Record<string, unknown>>);
  /** What the citizen's tap on 允许 in wx.requestSubscribeMessage does at WeChat: one message granted. */
  const allow = (userId: string) =>
    wechat('/__mock/subscribe', { openid: `o${userId}`, template_id: 'tmpl-dev-campaign-opening' });
  const delivered = async (userId: string) =>
    (await wechat(`/__mock/subscribe-messages?openid=o${userId}`)).messages as {
      template_id: string;
      page: string;
      data: Record<string, { value: string }>;
    }[];
  const sms = async (phone: string) =>
    (
      (await (await fetch(`${env.platform.urls.sms}/__mock/messages?phone=${phone}`)).json()) as {
        messages: { template: string; params: Record<string, string> }[];
      }
    ).messages.filter((m) => m.template === 'CAMPAIGN_OPENING');
  const smsFaults = (f: Record<string, unknown>) =>
    fetch(`${env.platform.urls.sms}/__mock/faults`, { method: 'POST', body: JSON.stringify(f) });

  it('sets a reminder once however often it is asked, and sends one SMS 5 minutes before the start', async () => {
    const u = await citizen('13800000101');
    const a = await reminder(u.token, 'PUT');
    const b = await reminder(u.token, 'PUT');
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    expect(a.body.reminder).toMatchObject({ status: 'pending', sent_at: null });
    const remindAt = new Date(a.body.reminder.remind_at).getTime();
    expect(Math.abs(remindAt - (startsAt.getTime() - 5 * 60_000))).toBeLessThan(1000);
    // Not yet due: nothing leaves.
    await env.platform.services.reminders.sendDue();
    expect(await sms('13800000101')).toEqual([]);
    env.clock.advance(56 * 60_000);
    // Two processes' sweeps at once: the row is claimed by its status, so one SMS.
    await Promise.all([env.platform.services.reminders.sendDue(), env.platform.services.reminders.sendDue()]);
    await env.platform.services.reminders.sendDue();
    const sent = await sms('13800000101');
    expect(sent).toHaveLength(1);
    expect(sent[0].params.name).toBe('周末满减券');
    expect((await reminder(u.token, 'GET')).body.reminder.status).toBe('sent');
    // A sent reminder cannot be cancelled into never having been sent.
    expect((await reminder(u.token, 'DELETE')).body.reminder.status).toBe('sent');
  });

  it('cancels a pending reminder; setting it again brings it back', async () => {
    const u = await citizen('13800000102');
    await reminder(u.token, 'PUT');
    const none = { reminder: null, wechat_template_id: 'tmpl-dev-campaign-opening' };
    expect((await reminder(u.token, 'DELETE')).body).toEqual(none);
    expect((await reminder(u.token, 'GET')).body).toEqual(none);
    expect((await reminder(u.token, 'PUT')).body.reminder.status).toBe('pending');
  });

  it('retries an SMS the gateway failed, then gives up after 3 tries', async () => {
    const u = await citizen('13800000103');
    await reminder(u.token, 'PUT'); // due at once: the start is under 5 minutes away
    await smsFaults({ error_rate: 1 });
    try {
      for (let i = 0; i < 2; i++) await env.platform.services.reminders.sendDue();
      expect((await reminder(u.token, 'GET')).body.reminder.status).toBe('pending');
      await env.platform.services.reminders.sendDue();
      expect((await reminder(u.token, 'GET')).body.reminder.status).toBe('failed');
    } finally {
      await smsFaults({});
    }
    await env.platform.services.reminders.sendDue();
    expect(await sms('13800000103')).toEqual([]);
  });

  it('sends the WeChat subscribe message the citizen allowed, once, with a fresh token when WeChat dropped it', async () => {
    const u = await citizen('13800000105');
    const tmpl = (await reminder(u.token, 'GET')).body.wechat_template_id;
    expect(tmpl).toBe('tmpl-dev-campaign-opening');
    await allow(u.id);
    const set = await reminder(u.token, 'PUT', campaignId, { channel: 'wechat' });
    expect(set.status).toBe(200);
    expect(set.body.reminder).toMatchObject({ status: 'pending', channel: 'wechat', sent_channel: null });
    await Promise.all([env.platform.services.reminders.sendDue(), env.platform.services.reminders.sendDue()]);
    const got = await delivered(u.id);
    expect(got).toHaveLength(1);
    expect(got[0].template_id).toBe(tmpl);
    expect(got[0].page).toBe(`packages/campaign/detail/index?id=${campaignId}`);
    expect(got[0].data.thing1.value).toBe('周末满减券');
    expect(got[0].data.time2.value).toMatch(/^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$/);
    expect((await reminder(u.token, 'GET')).body.reminder).toMatchObject({
      status: 'sent',
      sent_channel: 'wechat',
    });
    expect(await sms('13800000105')).toEqual([]);
    // WeChat invalidates the platform's access token: the next send fetches a new one and still goes.
    const v = await citizen('13800000106');
    await allow(v.id);
    await reminder(v.token, 'PUT', campaignId, { channel: 'wechat' });
    await wechat('/__mock/expire-tokens', {});
    await env.platform.services.reminders.sendDue();
    expect(await delivered(v.id)).toHaveLength(1);
    expect((await reminder(v.token, 'GET')).body.reminder.sent_channel).toBe('wechat');
  });

  it('falls back to the SMS when WeChat says the citizen did not allow the message; fails without a phone', async () => {
    const u = await citizen('13800000107');
    await reminder(u.token, 'PUT', campaignId, { channel: 'wechat' }); // 拒绝 in the dialog: no grant
    const noPhone = await citizen(null);
    expect((await reminder(noPhone.token, 'PUT', campaignId, { channel: 'wechat' })).status).toBe(200);
    await env.platform.services.reminders.sendDue();
    expect(await delivered(u.id)).toEqual([]);
    expect(await sms('13800000107')).toHaveLength(1);
    expect((await reminder(u.token, 'GET')).body.reminder).toMatchObject({
      status: 'sent',
      channel: 'wechat',
      sent_channel: 'sms',
    });
    expect((await reminder(noPhone.token, 'GET')).body.reminder).toMatchObject({
      status: 'failed',
      sent_channel: null,
    });
  });

  it('switches a pending reminder to WeChat once allowed; refuses WeChat without an openid and bad channels', async () => {
    const u = await citizen('13800000108');
    // No sweep runs between the two requests (sendDue is called by hand here), so it is still pending.
    await reminder(u.token, 'PUT');
    const switched = await reminder(u.token, 'PUT', campaignId, { channel: 'wechat' });
    expect(switched.body.reminder.channel).toBe('wechat');
    const rows = await env.platform.db.query<{ n: unknown }>(
      'SELECT COUNT(*) AS n FROM campaign_reminders WHERE user_id = ?',
      [u.id],
    );
    expect(Number(rows[0].n)).toBe(1);
    const h5Only = await citizen('13800000109');
    await env.platform.db.exec('UPDATE users SET openid = NULL WHERE id = ?', [h5Only.id]);
    const r = await reminder(h5Only.token, 'PUT', campaignId, { channel: 'wechat' });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'WECHAT_NOT_BOUND', request_id: expect.any(String) });
    const bad = await reminder(h5Only.token, 'PUT', campaignId, { channel: 'pigeon' });
    expect(bad.status).toBe(400);
    const extra = await reminder(h5Only.token, 'PUT', campaignId, { channel: 'sms', at: 'now' });
    expect(extra.status).toBe(400);
    const none = await env.platform.db.query<{ n: unknown }>(
      'SELECT COUNT(*) AS n FROM campaign_reminders WHERE user_id = ?',
      [h5Only.id],
    );
    expect(Number(none[0].n)).toBe(0);
  });

  it('refuses without a phone, for a campaign that opened, and one that does not exist', async () => {
    const noPhone = await citizen(null);
    const r = await reminder(noPhone.token, 'PUT');
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'PHONE_REQUIRED', request_id: expect.any(String) });
    const u = await citizen('13800000104');
    env.clock.advance(10 * 60_000); // past the start
    const late = await reminder(u.token, 'PUT');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CAMPAIGN_ALREADY_STARTED');
    expect((await reminder(u.token, 'PUT', 'cmp_nope')).status).toBe(404);
    const anon = await env.api('PUT', `/api/v1/me/campaigns/${campaignId}/reminder`, {});
    expect(anon.status).toBe(401);
    const rows = await env.platform.db.query<{ n: unknown }>(
      'SELECT COUNT(*) AS n FROM campaign_reminders WHERE user_id IN (?, ?)',
      [noPhone.id, u.id],
    );
    expect(Number(rows[0].n)).toBe(0);
  });
});
