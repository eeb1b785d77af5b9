// The door of the reminders module (开抢提醒): a citizen asks to be told when a campaign opens, by SMS
// or (in the mini-program) by a WeChat subscribe message.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
import type { ModuleDescriptor } from '../../platform/module';
import { createSmsClient, createWechatClient } from '../identity';
import { registerReminderRoutes } from './routes';
import { createReminderService, type ReminderService } from './service';
export { REMIND_BEFORE_MS, type ReminderService } from './service';

declare module '../../platform/module' {
  interface PlatformServices {
    reminders: ReminderService;
  }
}

export const remindersModule: ModuleDescriptor = {
  name: 'reminders',
  services: {
    provides: ['reminders'],
    create: ({ db, clock, logger, sims, config }) => ({
      reminders: createReminderService({
        db,
        clock,
        logger,
        sms: createSmsClient(sims.urls.sms),
        wechat: createWechatClient(sims.urls.wechat, config.wechat.appId, config.wechat.appSecret),
        wechatTemplateId: config.wechat.reminderTemplateId,
      }),
    }),
  },
  // 027: one row per citizen and campaign, with its status and when it leaves; 028: by which channel.
  migrations: ['027-campaign-reminders', '028-reminder-channel'],
  routes: (kit, { services }) => registerReminderRoutes(kit, services.reminders),
  jobs: [
    {
      name: 'campaign reminders',
      start: ({ services, logger }) => {
        const timer = setInterval(() => {
          services.reminders.sendDue().catch((err) => logger.error('campaign reminders failed', { err }));
        }, 15_000);
        return () => clearInterval(timer);
      },
    },
  ],
};
