import { z } from 'zod';

// What this module's routes answer, one schema per operation (named by its operationId): checked
// against every reply in tests (http/response-check.ts) and published in the OpenAPI document.

const Issue = z.object({ path: z.string(), message: z.string() });
const TraceEntry = z.object({
  path: z.string(),
  fact: z.string(),
  op: z.string(),
  actual: z.unknown(),
  expected: z.unknown(),
  result: z.boolean(),
});
const RuleTrace = z.object({ rule_id: z.string(), matched: z.boolean(), conditions: z.array(TraceEntry) });
const Evaluation = z.object({
  decision: z.string(),
  rule_id: z.string().nullable(),
  matched: z.array(z.string()),
  reasons: z.array(z.string()),
  messages: z.array(z.string()),
  score: z.number(),
  tags: z.array(z.string()),
  trace: z.array(RuleTrace).optional(),
});
const Simulation = z.object({
  total: z.number().int(),
  changed: z.number(),
  live_decisions: z.record(z.string(), z.number()),
  draft_decisions: z.record(z.string(), z.number()),
  transitions: z.record(z.string(), z.number()),
  changes: z.array(z.object({ id: z.string().optional(), live: Evaluation, draft: Evaluation })),
});

export const postAdminRuleSetsValidate = z.object({ ok: z.boolean(), issues: z.array(Issue) });
export const getAdminRuleFacts = z.object({
  eligibility: z.array(
    z.object({
      fact: z.string(),
      type: z.enum(['string', 'number', 'boolean', 'date', 'string[]', 'number[]']),
      operators: z.array(z.string()),
    }),
  ),
  risk: z.array(
    z.object({
      fact: z.string(),
      type: z.enum(['string', 'number', 'boolean', 'date', 'string[]', 'number[]']),
      operators: z.array(z.string()),
    }),
  ),
  decisions: z.object({ eligibility: z.array(z.string()), risk: z.array(z.string()) }),
});
export const postBase = z.object({
  id: z.string(),
  campaign_id: z.string(),
  kind: z.string(),
  version: z.number().int(),
  status: z.enum(['rejected', 'draft', 'pending_approval', 'active', 'superseded', 'shadow']),
  definition: z.unknown(),
  created_by: z.string(),
  submitted_by: z.string().nullable(),
  approved_by: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string().nullable(),
});
export const getBase = z.object({ items: z.array(postBase) });
export const postBaseByVersionSimulate = Simulation;
export const postBaseByVersionAAction = postBase;
