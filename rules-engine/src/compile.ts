import { generateMatcher } from './codegen';
import type { Facts } from './facts';
import type { EvaluateOptions, Evaluation, Output, RuleSet } from './types';
import { DEFAULT_DECISION_ORDER, validateRuleSet } from './validate';
import type { Issue } from './types';

export class RuleSetInvalidError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`invalid rule set: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

function result(
  decidedBy: Output,
  ruleId: string | null,
  outputs: { id: string; out: Output }[],
): Evaluation {
  const tags = new Set<string>();
  let score = 0;
  const reasons: string[] = [];
  const messages: string[] = [];
  for (const { out } of outputs) {
    if (out.reason) reasons.push(out.reason);
    if (out.message) messages.push(out.message);
    score += out.score ?? 0;
    for (const t of out.tags ?? []) tags.add(t);
  }
  if (!outputs.length) {
    if (decidedBy.reason) reasons.push(decidedBy.reason);
    if (decidedBy.message) messages.push(decidedBy.message);
    score += decidedBy.score ?? 0;
    for (const t of decidedBy.tags ?? []) tags.add(t);
  }
  return {
    decision: decidedBy.decision,
    rule_id: ruleId,
    matched: outputs.map((o) => o.id),
    reasons,
    messages,
    score,
    tags: [...tags],
  };
}

export type CompiledRuleSet = {
  readonly ruleSet: RuleSet;
  evaluate(facts: Facts, opts?: EvaluateOptions): Evaluation;
};

/**
 * Compiles a validated rule set: the conditions to generated JavaScript for plain evaluation (values
 * as data, never as code — see codegen.ts) and to closures for explain mode; rules sorted by priority
 * (highest first, then as written), each condition a predicate, and a hit policy that picks the
 * decision: `first` the first matching rule, `all` every match (decision of the first), `worst` the
 * most severe decision among the matches by `decision_order`.
 */
export function compileRuleSet(input: unknown): CompiledRuleSet {
  const checked = validateRuleSet(input);
  if (!checked.ok) throw new RuleSetInvalidError(checked.issues);
  const ruleSet = checked.ruleSet;
  const sorted = ruleSet.rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.index - b.index);
  const rules = sorted.map(({ rule }) => rule);
  // The hot path runs generated JavaScript (codegen.ts); explain mode keeps the closures, which
  // record every comparison as they go.
  const matcher = generateMatcher(
    sorted.map(({ rule }) => rule.when),
    { ids: sorted.map(({ rule }) => rule.id), paths: sorted.map(({ index }) => `/rules/${index}/when`) },
    ruleSet.conditions,
  );
  const order = ruleSet.decision_order ?? DEFAULT_DECISION_ORDER;
  const severity = new Map(order.map((d, i) => [d, i]));
  const policy = ruleSet.hit_policy;

  function decide(matches: { id: string; out: Output }[]): Evaluation {
    if (!matches.length) return result(ruleSet.default, null, []);
    if (policy === 'worst') {
      let worst = matches[0];
      for (const m of matches)
        if ((severity.get(m.out.decision) ?? 0) > (severity.get(worst.out.decision) ?? 0)) worst = m;
      return result(worst.out, worst.id, matches);
    }
    return result(matches[0].out, matches[0].id, matches);
  }

  // Under `first` a result depends only on which rule decided: built once, copied per evaluation.
  const fresh = (t: Evaluation) => (): Evaluation => ({
    decision: t.decision,
    rule_id: t.rule_id,
    matched: t.matched.slice(),
    reasons: t.reasons.slice(),
    messages: t.messages.slice(),
    score: t.score,
    tags: t.tags.slice(),
  });
  const firstResults = rules.map((r) => fresh(decide([{ id: r.id, out: r.then }])));
  const defaultResult = fresh(decide([]));

  function evaluatePlain(facts: Facts, now: number): Evaluation {
    if (policy === 'first') {
      const i = matcher.first(facts, now);
      return i < 0 ? defaultResult() : firstResults[i]();
    }
    return decide(matcher.all(facts, now).map((i) => ({ id: rules[i].id, out: rules[i].then })));
  }

  function evaluateTraced(facts: Facts, now: number): Evaluation {
    const { matched, trace } = matcher.traced(facts, now, policy === 'first');
    const r =
      policy === 'first'
        ? matched.length
          ? firstResults[matched[0]]()
          : defaultResult()
        : decide(matched.map((i) => ({ id: rules[i].id, out: rules[i].then })));
    r.trace = trace;
    return r;
  }

  return {
    ruleSet,
    evaluate(facts, opts = {}) {
      const now = (opts.now ?? new Date()).getTime();
      return opts.explain ? evaluateTraced(facts, now) : evaluatePlain(facts, now);
    },
  };
}
