import { z } from 'zod';
import * as R from './responses';
import { citizenId, type RouteKit } from '../../http/router-kit';
import type { ReminderService } from './service';

const citizen = { kind: 'citizen' } as const;
const params = z.strictObject({ id: z.string().min(1).max(40) });
// No body (older clients) is an SMS reminder; the mini-program sends wechat once the citizen allowed it.
const setBody = z.strictObject({ channel: z.enum(['sms', 'wechat']).default('sms') });

export function registerReminderRoutes(kit: RouteKit, reminders: ReminderService) {
  kit.route({
    method: 'get',
    path: '/me/campaigns/:id/reminder',
    summary: 'My 开抢提醒 for a campaign: whether it is set, when it leaves and whether it was sent',
    tags: ['reminders'],
    responses: { 200: R.getMeCampaignsIdReminder },
    auth: citizen,
    params,
    handler: async ({ principal, params: p }) => ({
      status: 200,
      body: {
        ...(await reminders.get(citizenId(principal), p.id)),
        wechat_template_id: reminders.wechatTemplateId,
      },
    }),
  });
  kit.route({
    method: 'put',
    path: '/me/campaigns/:id/reminder',
    summary:
      'Remind me 5 minutes before the campaign opens, by SMS or a WeChat subscribe message (idempotent: setting it twice is one reminder; setting it again by another channel switches a pending one)',
    tags: ['reminders'],
    responses: { 200: R.putMeCampaignsIdReminder },
    auth: citizen,
    params,
    body: setBody,
    handler: async ({ principal, params: p, body }) => ({
      status: 200,
      body: {
        ...(await reminders.set(citizenId(principal), p.id, body.channel)),
        wechat_template_id: reminders.wechatTemplateId,
      },
    }),
  });
  kit.route({
    method: 'delete',
    path: '/me/campaigns/:id/reminder',
    summary: 'Cancel my reminder (one already sent stays sent)',
    tags: ['reminders'],
    responses: { 200: R.deleteMeCampaignsIdReminder },
    auth: citizen,
    params,
    handler: async ({ principal, params: p }) => ({
      status: 200,
      body: {
        ...(await reminders.cancel(citizenId(principal), p.id)),
        wechat_template_id: reminders.wechatTemplateId,
      },
    }),
  });
}
