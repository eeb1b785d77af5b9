import { z } from 'zod';
import type { Db } from '../../db/sql';
import type { RouteKit } from '../../http/router-kit';
import { toRfc3339 } from '../../shared/time';
import { campaignIdParams } from './schemas';

// The maker-checker conversation about one campaign: who submitted, approved, rejected (and why) or
// took it back to draft, by name and in order. The maker of a rejected campaign reads the reason here;
// the audit log keeps the same rows for the auditor.

const DECISION_ACTIONS = ['submit', 'approve', 'reject', 'revise'] as const;

const decisionsResponse = z.object({
  items: z.array(
    z.object({
      action: z.enum(DECISION_ACTIONS),
      comment: z.string().nullable(),
      actor_id: z.string(),
      actor_name: z.string().nullable(),
      at: z.string().nullable(),
    }),
  ),
});

export async function campaignDecisions(db: Db, campaignId: string) {
  const rows = await db.query<{
    action: string;
    comment: string | null;
    actor_id: string;
    display_name: string | null;
    created_at: Date | string;
  }>(
    `SELECT a.action, a.comment, a.actor_id, u.display_name, a.created_at
       FROM audit_logs a LEFT JOIN admin_users u ON u.id = a.actor_id
      WHERE a.entity_type = 'campaign' AND a.entity_id = ?
        AND a.action IN (${DECISION_ACTIONS.map(() => '?').join(',')})
      ORDER BY a.created_at, a.id`,
    [campaignId, ...DECISION_ACTIONS.map((a) => `campaign.${a}`)],
  );
  return {
    items: rows.map((r) => ({
      action: r.action.replace(/^campaign\./, '') as (typeof DECISION_ACTIONS)[number],
      comment: r.comment,
      actor_id: r.actor_id,
      actor_name: r.display_name,
      at: toRfc3339(r.created_at),
    })),
  };
}

export function registerCampaignDecisionRoutes(kit: RouteKit, db: Db) {
  kit.route({
    method: 'get',
    path: '/admin/campaigns/:id/decisions',
    summary: 'Submissions, approvals and rejections of a campaign, with the reasons and who decided',
    tags: ['campaigns'],
    responses: { 200: decisionsResponse },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'funder', 'auditor', 'risk_analyst'] },
    params: campaignIdParams,
    handler: async ({ params }) => ({ status: 200, body: await campaignDecisions(db, params.id) }),
  });
}
