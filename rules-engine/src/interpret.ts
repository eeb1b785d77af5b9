import type { Facts } from './facts';
import { OPERATORS } from './operators';
import type { Condition, Evaluation, RuleSet } from './types';
import { DEFAULT_DECISION_ORDER } from './validate';

// A direct tree-walking interpreter of the DSL: slow and obvious. It exists so tests can check that
// the compiled closures decide exactly as the plain reading of the rules does.

function read(facts: Facts, path: string, now: number): unknown {
  if (path === '$now') return now;
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Facts)[k] : undefined), facts);
}

function holds(c: Condition, facts: Facts, now: number, named: RuleSet['conditions']): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, facts, now, named));
  if ('any' in c) return c.any.some((x) => holds(x, facts, now, named));
  if ('not' in c) return !holds(c.not, facts, now, named);
  if ('use' in c) return holds(named![c.use], facts, now, named);
  const op = OPERATORS[c.op];
  const actual = read(facts, c.fact, now);
  let expected = c.fact_ref !== undefined ? read(facts, c.fact_ref, now) : c.value;
  if (c.offset !== undefined) expected = typeof expected === 'number' ? expected + c.offset : undefined;
  if (actual === undefined || expected === undefined) return false;
  return op.test(actual, op.prepare(expected), now);
}

export function interpretRuleSet(
  rs: RuleSet,
  facts: Facts,
  now: Date = new Date(),
): Pick<Evaluation, 'decision' | 'rule_id' | 'matched'> {
  const t = now.getTime();
  const ordered = rs.rules
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.priority ?? 0) - (a.r.priority ?? 0) || a.i - b.i);
  const matched = ordered.filter(({ r }) => holds(r.when, facts, t, rs.conditions)).map(({ r }) => r);
  if (!matched.length) return { decision: rs.default.decision, rule_id: null, matched: [] };
  if (rs.hit_policy === 'first')
    return { decision: matched[0].then.decision, rule_id: matched[0].id, matched: [matched[0].id] };
  let decider = matched[0];
  if (rs.hit_policy === 'worst') {
    const order = rs.decision_order ?? DEFAULT_DECISION_ORDER;
    for (const r of matched)
      if (order.indexOf(r.then.decision) > order.indexOf(decider.then.decision)) decider = r;
  }
  return { decision: decider.then.decision, rule_id: decider.id, matched: matched.map((r) => r.id) };
}
