import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../../test/harness';

const iso = (d: Date) => d.toISOString();

describe.each(MODES)('开抢提醒: campaign reminders by SMS (%s)', (mode) => {
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
  const reminder = (token: string, method: 'GET' | 'PUT' | 'DELETE', id = campaignId) =>
    env.api(method, `/api/v1/me/campaigns/${id}/reminder`, { token });
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
    expect((await reminder(u.token, 'DELETE')).body).toEqual({ reminder: null });
    expect((await reminder(u.token, 'GET')).body).toEqual({ reminder: null });
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
