import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId).

export const getMeCampaignsIdReminder = z
  .object({
    reminder: z
      .object({
        status: z.enum(['pending', 'sending', 'sent', 'failed']),
        remind_at: z.string(),
        sent_at: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'CampaignReminder' });
export const putMeCampaignsIdReminder = getMeCampaignsIdReminder;
export const deleteMeCampaignsIdReminder = getMeCampaignsIdReminder;
