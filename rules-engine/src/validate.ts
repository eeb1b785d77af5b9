import { OPERATORS } from './operators';
import type { Condition, FactSchema, FactType, Issue, Output, RuleSet } from './types';

const FACT_TYPES: FactType[] = ['string', 'number', 'boolean', 'date', 'string[]', 'number[]'];
const FACT_PATH = /^\$?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const DEFAULT_DECISION_ORDER = ['pass', 'review', 'reject'];
const MAX_DEPTH = 12;
const MAX_RULES = 1000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(o: Record<string, unknown>, allowed: string[], path: string, issues: Issue[]) {
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) issues.push({ path: `${path}/${k}`, message: `unknown field "${k}"` });
}

/** The type of a fact: declared in the schema, or undefined when the rule set declares none. */
function factType(
  schema: FactSchema | undefined,
  fact: string,
  path: string,
  issues: Issue[],
): FactType | undefined | null {
  if (fact === '$now') return 'date';
  if (!schema) return undefined;
  const t = schema[fact];
  if (!t) {
    issues.push({ path, message: `unknown fact "${fact}" (not declared in facts)` });
    return null;
  }
  return t;
}

const OFFSET_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];

function validateOffset(c: Record<string, unknown>, path: string, t: FactType | undefined, issues: Issue[]) {
  if (c.offset === undefined) return;
  if (typeof c.offset !== 'number' || !Number.isFinite(c.offset))
    issues.push({ path: `${path}/offset`, message: 'offset must be a number' });
  else if (c.fact_ref === undefined)
    issues.push({ path: `${path}/offset`, message: 'offset needs fact_ref (the other fact plus offset)' });
  else if (!OFFSET_OPS.includes(c.op as string))
    issues.push({ path: `${path}/offset`, message: `offset does not apply to "${c.op}"` });
  else if (t !== undefined && t !== 'number')
    issues.push({ path: `${path}/offset`, message: 'offset applies to number facts only' });
}

function validateComparison(
  c: Record<string, unknown>,
  path: string,
  schema: FactSchema | undefined,
  issues: Issue[],
) {
  unknownKeys(c, ['fact', 'op', 'value', 'fact_ref', 'offset'], path, issues);
  if (typeof c.fact !== 'string' || !FACT_PATH.test(c.fact)) {
    issues.push({ path: `${path}/fact`, message: 'fact must be a dotted path like "user.wallet_level"' });
    return;
  }
  const op = OPERATORS[c.op as string];
  if (!op) {
    issues.push({ path: `${path}/op`, message: `unknown operator ${JSON.stringify(c.op)}` });
    return;
  }
  const t = factType(schema, c.fact, `${path}/fact`, issues);
  if (t === null) return;
  if (t !== undefined && !op.accepts(t)) {
    issues.push({
      path: `${path}/op`,
      message: `operator "${c.op}" does not apply to ${t} fact "${c.fact}"`,
    });
    return;
  }
  if (c.fact_ref !== undefined) {
    if ('value' in c)
      issues.push({ path: `${path}/value`, message: 'give either value or fact_ref, not both' });
    if (!op.factRef)
      issues.push({ path: `${path}/fact_ref`, message: `operator "${c.op}" cannot compare two facts` });
    if (typeof c.fact_ref !== 'string' || !FACT_PATH.test(c.fact_ref)) {
      issues.push({ path: `${path}/fact_ref`, message: 'fact_ref must be a dotted path' });
      return;
    }
    const rt = factType(schema, c.fact_ref, `${path}/fact_ref`, issues);
    if (t && rt && t !== rt)
      issues.push({ path: `${path}/fact_ref`, message: `cannot compare ${t} with ${rt}` });
    validateOffset(c, path, t, issues);
    return;
  }
  validateOffset(c, path, t, issues);
  if (!('value' in c)) {
    issues.push({ path: `${path}/value`, message: 'value is required' });
    return;
  }
  const problem = op.checkValue(c.value, t);
  if (problem) issues.push({ path: `${path}/value`, message: problem });
}

type Scope = { schema: FactSchema | undefined; named: Set<string> };

function validateCondition(c: unknown, path: string, scope: Scope, issues: Issue[], depth: number) {
  if (depth > MAX_DEPTH) return issues.push({ path, message: `conditions nested deeper than ${MAX_DEPTH}` });
  if (!isObject(c)) return issues.push({ path, message: 'expected a condition object' });
  const group = (['all', 'any', 'not', 'use'] as const).filter((k) => k in c);
  if (group.length > 1)
    return issues.push({ path, message: 'a condition has exactly one of all, any, not, use or fact' });
  if (group.length === 1) {
    const k = group[0];
    unknownKeys(c, [k], path, issues);
    if (k === 'not') return validateCondition(c.not, `${path}/not`, scope, issues, depth + 1);
    if (k === 'use') {
      if (typeof c.use !== 'string' || !scope.named.has(c.use))
        issues.push({ path: `${path}/use`, message: `unknown named condition ${JSON.stringify(c.use)}` });
      return;
    }
    const items = c[k];
    if (!Array.isArray(items) || items.length === 0)
      return issues.push({ path: `${path}/${k}`, message: 'expected a non-empty array of conditions' });
    items.forEach((x, i) => validateCondition(x, `${path}/${k}/${i}`, scope, issues, depth + 1));
    return;
  }
  if (!('fact' in c))
    return issues.push({ path, message: 'a condition has exactly one of all, any, not, use or fact' });
  validateComparison(c, path, scope.schema, issues);
}

/** The named conditions a condition uses directly or through groups. */
function usesOf(c: unknown, out: string[] = []): string[] {
  if (!isObject(c)) return out;
  if (typeof c.use === 'string') out.push(c.use);
  for (const k of ['all', 'any'] as const) if (Array.isArray(c[k])) for (const x of c[k]) usesOf(x, out);
  if (c.not !== undefined) usesOf(c.not, out);
  return out;
}

/** Named conditions: UPPER_SNAKE names, each valid, none using itself through others. */
function validateNamed(input: Record<string, unknown>, scope: Scope, issues: Issue[]) {
  if (input.conditions === undefined) return;
  if (!isObject(input.conditions))
    return issues.push({ path: '/conditions', message: 'conditions must map names to conditions' });
  const named = input.conditions;
  for (const [name, c] of Object.entries(named)) {
    if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(name))
      issues.push({ path: `/conditions/${name}`, message: 'names are UPPER_SNAKE, up to 64 characters' });
    validateCondition(c, `/conditions/${name}`, scope, issues, 0);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): boolean => {
    if (state.get(name) === 'done' || !(name in named)) return false;
    if (state.get(name) === 'visiting') {
      issues.push({ path: `/conditions/${name}`, message: `uses itself: ${[...trail, name].join(' → ')}` });
      return true;
    }
    state.set(name, 'visiting');
    const cyclic = usesOf(named[name]).some((u) => visit(u, [...trail, name]));
    state.set(name, 'done');
    return cyclic;
  };
  for (const name of Object.keys(named)) visit(name, []);
}

function validateOutput(o: unknown, path: string, issues: Issue[], order: string[] | null) {
  if (!isObject(o)) return issues.push({ path, message: 'expected an output object' });
  unknownKeys(o, ['decision', 'reason', 'message', 'score', 'tags'], path, issues);
  if (typeof o.decision !== 'string' || !o.decision)
    issues.push({ path: `${path}/decision`, message: 'decision is required' });
  else if (order && !order.includes(o.decision))
    issues.push({ path: `${path}/decision`, message: `decision "${o.decision}" is not in decision_order` });
  if (o.reason !== undefined && (typeof o.reason !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(o.reason))) {
    issues.push({ path: `${path}/reason`, message: 'reason must be an UPPER_SNAKE code' });
  }
  if (o.message !== undefined && (typeof o.message !== 'string' || o.message.length > 200))
    issues.push({ path: `${path}/message`, message: 'message must be a string of at most 200 characters' });
  if (o.score !== undefined && (typeof o.score !== 'number' || !Number.isFinite(o.score)))
    issues.push({ path: `${path}/score`, message: 'score must be a number' });
  if (o.tags !== undefined && (!Array.isArray(o.tags) || !o.tags.every((t) => typeof t === 'string')))
    issues.push({ path: `${path}/tags`, message: 'tags must be strings' });
}

/**
 * Checks a rule set against the DSL and, when it declares `facts`, every comparison against the
 * declared fact types. Returns every issue with its JSON-pointer path; nothing is thrown.
 */
export function validateRuleSet(
  input: unknown,
): { ok: true; ruleSet: RuleSet; issues: [] } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!isObject(input)) return { ok: false, issues: [{ path: '', message: 'expected a rule set object' }] };
  unknownKeys(input, ['hit_policy', 'rules', 'default', 'facts', 'decision_order', 'conditions'], '', issues);
  if (!['first', 'all', 'worst'].includes(input.hit_policy as string)) {
    issues.push({ path: '/hit_policy', message: 'hit_policy must be one of first, all, worst' });
  }
  let schema: FactSchema | undefined;
  if (input.facts !== undefined) {
    if (!isObject(input.facts))
      issues.push({ path: '/facts', message: 'facts must map fact paths to types' });
    else {
      schema = {};
      for (const [k, t] of Object.entries(input.facts)) {
        if (!FACT_PATH.test(k)) issues.push({ path: `/facts/${k}`, message: 'fact names are dotted paths' });
        else if (!FACT_TYPES.includes(t as FactType))
          issues.push({ path: `/facts/${k}`, message: `type must be one of ${FACT_TYPES.join(', ')}` });
        else schema[k] = t as FactType;
      }
    }
  }
  let order: string[] | null = null;
  if (input.decision_order !== undefined) {
    const d = input.decision_order;
    if (
      !Array.isArray(d) ||
      d.length === 0 ||
      !d.every((x) => typeof x === 'string') ||
      new Set(d).size !== d.length
    ) {
      issues.push({
        path: '/decision_order',
        message: 'decision_order must be distinct decision names, mildest first',
      });
    } else order = d as string[];
  }
  if (input.hit_policy === 'worst') order ??= DEFAULT_DECISION_ORDER;
  const scope: Scope = {
    schema,
    named: new Set(isObject(input.conditions) ? Object.keys(input.conditions) : []),
  };
  validateNamed(input, scope, issues);
  if (!Array.isArray(input.rules)) issues.push({ path: '/rules', message: 'rules must be an array' });
  else {
    if (input.rules.length > MAX_RULES)
      issues.push({ path: '/rules', message: `at most ${MAX_RULES} rules` });
    const ids = new Set<string>();
    input.rules.forEach((r, i) => {
      const path = `/rules/${i}`;
      if (!isObject(r)) return issues.push({ path, message: 'expected a rule object' });
      unknownKeys(r, ['id', 'priority', 'when', 'then'], path, issues);
      if (typeof r.id !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(r.id))
        issues.push({ path: `${path}/id`, message: 'id must be 1–64 letters, digits, _ . -' });
      else if (ids.has(r.id)) issues.push({ path: `${path}/id`, message: `duplicate rule id "${r.id}"` });
      else ids.add(r.id);
      if (r.priority !== undefined && !Number.isInteger(r.priority))
        issues.push({ path: `${path}/priority`, message: 'priority must be an integer' });
      validateCondition(r.when, `${path}/when`, scope, issues, 0);
      validateOutput(r.then, `${path}/then`, issues, order);
    });
  }
  validateOutput(input.default, '/default', issues, order);
  return issues.length
    ? { ok: false, issues }
    : { ok: true, ruleSet: input as unknown as RuleSet, issues: [] };
}

export type { Condition, Output };
