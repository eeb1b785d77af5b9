import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId).

export const getMeCampaignsIdReminder = z
  .object({
    reminder: z
      .object({
        status: z.enum(['pending', 'sending', 'sent', 'failed']),
        /** How the citizen asked to be told: sms, or wechat (a subscribe message on weapp). */
        channel: z.enum(['sms', 'wechat']),
        remind_at: z.string(),
        sent_at: z.string().nullable(),
        /** How it went: wechat, or sms when WeChat refused (the citizen did not allow it). */
        sent_channel: z.enum(['sms', 'wechat']).nullable(),
      })
      .nullable(),
    /** The subscribe-message template the mini-program asks to allow (wx.requestSubscribeMessage). */
    wechat_template_id: z.string(),
  })
  .meta({ id: 'CampaignReminder' });
export const putMeCampaignsIdReminder = getMeCampaignsIdReminder;
export const deleteMeCampaignsIdReminder = getMeCampaignsIdReminder;
