import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { RulesService } from './service';
import type { RuleSetAction } from './state-machine';

// The rule set itself is checked by the rules-engine validator (precise paths, fact types), so the
// HTTP schema only requires an object of bounded size.
const definition = z.record(z.string(), z.unknown());
const campaignParams = z.strictObject({ id: z.string().min(1).max(40) });
const versionParams = z.strictObject({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().positive(),
});

const ACTIONS: { action: RuleSetAction; roles: ('campaign_manager' | 'approver')[]; summary: string }[] = [
  {
    action: 'submit',
    roles: ['campaign_manager'],
    summary: 'Submit an eligibility rule set version for approval',
  },
  {
    action: 'approve',
    roles: ['approver'],
    summary: 'Approve: the version becomes active (checker ≠ maker)',
  },
  { action: 'reject', roles: ['approver'], summary: 'Reject a submitted version' },
  { action: 'rollback', roles: ['approver'], summary: 'Make an earlier (superseded) version active again' },
];

export function registerRuleRoutes(kit: RouteKit, rules: RulesService) {
  kit.route({
    method: 'post',
    path: '/admin/rule-sets/validate',
    summary: 'Validate an eligibility rule set (issues with paths)',
    tags: ['rules'],
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'risk_analyst'] },
    body: z.strictObject({ definition }),
    handler: async ({ body }) => ({ status: 200, body: rules.validateDefinition(body.definition) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/campaigns/:id/rule-sets',
    summary: 'Eligibility rule set versions of a campaign',
    tags: ['rules'],
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'auditor', 'risk_analyst'] },
    params: campaignParams,
    handler: async ({ params }) => ({ status: 200, body: await rules.list(params.id) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/campaigns/:id/rule-sets',
    summary: 'Create a draft eligibility rule set version',
    tags: ['rules'],
    auth: { kind: 'admin', roles: ['campaign_manager'] },
    params: campaignParams,
    body: z.strictObject({ definition }),
    handler: async ({ params, body, principal, requestId }) => ({
      status: 201,
      body: await rules.createDraft(actorOf(principal), params.id, body.definition, requestId),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/campaigns/:id/rule-sets/:version/simulate',
    summary: 'Simulate a version against the last N claims',
    tags: ['rules'],
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'risk_analyst'] },
    params: versionParams,
    body: z.strictObject({ last_n: z.number().int().min(1).max(10_000).default(1000) }),
    handler: async ({ params, body }) => ({
      status: 200,
      body: await rules.simulateVersion(params.id, params.version, body.last_n),
    }),
  });
  for (const a of ACTIONS) {
    kit.route({
      method: 'post',
      path: `/admin/campaigns/:id/rule-sets/:version/${a.action}`,
      summary: a.summary,
      tags: ['rules'],
      auth: { kind: 'admin', roles: a.roles },
      params: versionParams,
      body: z.strictObject({ comment: z.string().trim().max(500).optional() }),
      handler: async ({ params, body, principal, requestId }) => ({
        status: 200,
        body: await rules.transition(actorOf(principal), params.id, params.version, a.action, {
          comment: body.comment,
          requestId,
        }),
      }),
    });
  }
}
