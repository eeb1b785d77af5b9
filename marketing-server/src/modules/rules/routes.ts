import { z } from 'zod';
import * as R from './responses';
import { operatorsFor, type FactSchema } from 'rules-engine';
import { ELIGIBILITY_FACTS, RISK_FACTS } from './facts';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { RuleKind, RulesService } from './service';
import type { Role } from '../../http/auth';
import type { RuleSetAction } from './state-machine';

// The rule set itself is checked by the rules-engine validator (precise paths, fact types), so the
// HTTP schema only requires an object of bounded size.
const definition = z.record(z.string(), z.unknown());
const campaignParams = z.strictObject({ id: z.string().min(1).max(40) });
const versionParams = z.strictObject({
  id: z.string().min(1).max(40),
  version: z.coerce.number().int().positive(),
});

const ACTIONS: { action: RuleSetAction; roles: Role[]; summary: string }[] = [
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
  {
    action: 'shadow',
    roles: ['campaign_manager', 'risk_analyst'],
    summary: 'Run a draft beside the live version, recording only',
  },
];

const KINDS: { kind: RuleKind; path: string; label: string; makers: Role[] }[] = [
  { kind: 'eligibility', path: 'rule-sets', label: 'eligibility rule set', makers: ['campaign_manager'] },
  { kind: 'risk', path: 'risk-policies', label: 'risk policy', makers: ['campaign_manager', 'risk_analyst'] },
];

export function registerRuleRoutes(kit: RouteKit, rules: RulesService) {
  kit.route({
    method: 'post',
    path: '/admin/rule-sets/validate',
    summary: 'Validate an eligibility rule set or risk policy (issues with paths)',
    tags: ['rules'],
    responses: { 200: R.postAdminRuleSetsValidate },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'risk_analyst'] },
    body: z.strictObject({ definition, kind: z.enum(['eligibility', 'risk']).default('eligibility') }),
    handler: async ({ body }) => ({
      status: 200,
      body: rules.validateDefinition(body.definition, body.kind),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/rule-facts',
    summary:
      'The facts each kind of rule set may use, their types and the operators that fit each (for editors)',
    tags: ['rules'],
    responses: { 200: R.getAdminRuleFacts },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'risk_analyst', 'auditor'] },
    handler: async () => ({
      status: 200,
      body: {
        eligibility: describeFacts(ELIGIBILITY_FACTS),
        risk: describeFacts(RISK_FACTS),
        decisions: { eligibility: ['allow', 'reject'], risk: ['pass', 'review', 'reject'] },
      },
    }),
  });
  for (const k of KINDS) registerVersionRoutes(kit, rules, k);
}

function describeFacts(schema: FactSchema) {
  return Object.entries(schema).map(([fact, type]) => ({ fact, type, operators: operatorsFor(type) }));
}

/** The same life cycle for both kinds: drafts, simulation, maker-checker, rollback, shadow. */
function registerVersionRoutes(kit: RouteKit, rules: RulesService, k: (typeof KINDS)[number]) {
  const base = `/admin/campaigns/:id/${k.path}`;
  kit.route({
    method: 'get',
    path: base,
    summary: `Versions of a campaign's ${k.label}`,
    tags: ['rules'],
    responses: { 200: R.getBase },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'auditor', 'risk_analyst'] },
    params: campaignParams,
    handler: async ({ params }) => ({ status: 200, body: await rules.list(params.id, k.kind) }),
  });
  kit.route({
    method: 'post',
    path: base,
    summary: `Create a draft ${k.label} version`,
    tags: ['rules'],
    responses: { 201: R.postBase },
    auth: { kind: 'admin', roles: k.makers },
    params: campaignParams,
    body: z.strictObject({ definition }),
    handler: async ({ params, body, principal, requestId }) => ({
      status: 201,
      body: await rules.createDraft(actorOf(principal), params.id, body.definition, requestId, k.kind),
    }),
  });
  kit.route({
    method: 'post',
    path: `${base}/:version/simulate`,
    summary: `Simulate a ${k.label} version against the last N claims`,
    tags: ['rules'],
    responses: { 200: R.postBaseByVersionSimulate },
    auth: { kind: 'admin', roles: ['campaign_manager', 'approver', 'risk_analyst'] },
    params: versionParams,
    body: z.strictObject({ last_n: z.number().int().min(1).max(10_000).default(1000) }),
    handler: async ({ params, body }) => ({
      status: 200,
      body: await rules.simulateVersion(params.id, params.version, body.last_n, k.kind),
    }),
  });
  for (const a of ACTIONS) {
    if (a.action === 'shadow' && k.kind !== 'risk') continue;
    kit.route({
      method: 'post',
      path: `${base}/:version/${a.action}`,
      summary: `${a.summary} (${k.label})`,
      tags: ['rules'],
      responses: { 200: R.postBaseByVersionAAction },
      auth: { kind: 'admin', roles: a.action === 'submit' || a.action === 'shadow' ? k.makers : a.roles },
      params: versionParams,
      body: z.strictObject({ comment: z.string().trim().max(500).optional() }),
      handler: async ({ params, body, principal, requestId }) => ({
        status: 200,
        body: await rules.transition(
          actorOf(principal),
          params.id,
          params.version,
          a.action,
          { comment: body.comment, requestId },
          k.kind,
        ),
      }),
    });
  }
}
