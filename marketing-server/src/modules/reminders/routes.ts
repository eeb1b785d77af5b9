import { z } from 'zod';
import * as R from './responses';
import { citizenId, type RouteKit } from '../../http/router-kit';
import type { ReminderService } from './service';

const citizen = { kind: 'citizen' } as const;
const params = z.strictObject({ id: z.string().min(1).max(40) });

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
      body: await reminders.get(citizenId(principal), p.id),
    }),
  });
  kit.route({
    method: 'put',
    path: '/me/campaigns/:id/reminder',
    summary:
      'Remind me by SMS 5 minutes before the campaign opens (idempotent: setting it twice is one reminder)',
    tags: ['reminders'],
    responses: { 200: R.putMeCampaignsIdReminder },
    auth: citizen,
    params,
    handler: async ({ principal, params: p }) => ({
      status: 200,
      body: await reminders.set(citizenId(principal), p.id),
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
      body: await reminders.cancel(citizenId(principal), p.id),
    }),
  });
}
