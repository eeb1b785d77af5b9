import { accessor, type Facts } from './facts';
import { OPERATORS } from './operators';
import type {
  Comparison,
  Condition,
  EvaluateOptions,
  Evaluation,
  Output,
  Rule,
  RuleSet,
  RuleTrace,
  TraceEntry,
} from './types';
import { DEFAULT_DECISION_ORDER, validateRuleSet } from './validate';
import type { Issue } from './types';

type Predicate = (facts: Facts, now: number) => boolean;
type TracedPredicate = (facts: Facts, now: number, trace: TraceEntry[]) => boolean;

export class RuleSetInvalidError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`invalid rule set: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

const isComparison = (c: Condition): c is Comparison => 'fact' in c;

/** A comparison as a closure; expected values are prepared once here, never per evaluation. */
function compileComparison(c: Comparison): { plain: Predicate; traced: (path: string) => TracedPredicate } {
  const op = OPERATORS[c.op];
  const read = accessor(c.fact);
  let plain: Predicate;
  let expectedOf: (facts: Facts, now: number) => unknown;
  if (c.fact_ref !== undefined) {
    const readRef = accessor(c.fact_ref);
    plain = (f, now) => {
      const actual = read(f, now);
      const other = readRef(f, now);
      return actual !== undefined && other !== undefined && op.test(actual, op.prepare(other), now);
    };
    expectedOf = readRef;
  } else {
    const prepared = op.prepare(c.value);
    plain = (f, now) => {
      const actual = read(f, now);
      return actual !== undefined && op.test(actual, prepared, now);
    };
    expectedOf = () => c.value;
  }
  const traced =
    (path: string): TracedPredicate =>
    (f, now, trace) => {
      const result = plain(f, now);
      trace.push({
        path,
        fact: c.fact,
        op: c.op,
        actual: read(f, now),
        expected: expectedOf(f, now),
        result,
      });
      return result;
    };
  return { plain, traced };
}

function compileCondition(c: Condition, path: string): { plain: Predicate; traced: TracedPredicate } {
  if (isComparison(c)) {
    const { plain, traced } = compileComparison(c);
    return { plain, traced: traced(path) };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, `${path}/not`);
    return { plain: (f, n) => !inner.plain(f, n), traced: (f, n, t) => !inner.traced(f, n, t) };
  }
  const kind = 'all' in c ? 'all' : 'any';
  const parts = (kind === 'all' ? (c as { all: Condition[] }).all : (c as { any: Condition[] }).any).map(
    (x, i) => compileCondition(x, `${path}/${kind}/${i}`),
  );
  const plains = parts.map((p) => p.plain);
  const traceds = parts.map((p) => p.traced);
  const n = plains.length;
  if (kind === 'all') {
    return {
      plain: (f, now) => {
        for (let i = 0; i < n; i++) if (!plains[i](f, now)) return false;
        return true;
      },
      traced: (f, now, t) => {
        for (let i = 0; i < n; i++) if (!traceds[i](f, now, t)) return false;
        return true;
      },
    };
  }
  return {
    plain: (f, now) => {
      for (let i = 0; i < n; i++) if (plains[i](f, now)) return true;
      return false;
    },
    traced: (f, now, t) => {
      for (let i = 0; i < n; i++) if (traceds[i](f, now, t)) return true;
      return false;
    },
  };
}

type CompiledRule = { rule: Rule; plain: Predicate; traced: TracedPredicate };

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
 * Compiles a validated rule set to closures (no eval, no `new Function`): rules sorted by priority
 * (highest first, then as written), each condition a predicate, and a hit policy that picks the
 * decision: `first` the first matching rule, `all` every match (decision of the first), `worst` the
 * most severe decision among the matches by `decision_order`.
 */
export function compileRuleSet(input: unknown): CompiledRuleSet {
  const checked = validateRuleSet(input);
  if (!checked.ok) throw new RuleSetInvalidError(checked.issues);
  const ruleSet = checked.ruleSet;
  const rules: CompiledRule[] = ruleSet.rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.index - b.index)
    .map(({ rule, index }) => ({ rule, ...compileCondition(rule.when, `/rules/${index}/when`) }));
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

  function evaluatePlain(facts: Facts, now: number): Evaluation {
    if (policy === 'first') {
      for (const r of rules) if (r.plain(facts, now)) return decide([{ id: r.rule.id, out: r.rule.then }]);
      return decide([]);
    }
    const matches: { id: string; out: Output }[] = [];
    for (const r of rules) if (r.plain(facts, now)) matches.push({ id: r.rule.id, out: r.rule.then });
    return decide(matches);
  }

  function evaluateTraced(facts: Facts, now: number): Evaluation {
    const trace: RuleTrace[] = [];
    const matches: { id: string; out: Output }[] = [];
    for (const r of rules) {
      const conditions: TraceEntry[] = [];
      const matched = r.traced(facts, now, conditions);
      trace.push({ rule_id: r.rule.id, matched, conditions });
      if (matched) {
        matches.push({ id: r.rule.id, out: r.rule.then });
        if (policy === 'first') break;
      }
    }
    return { ...decide(matches), trace };
  }

  return {
    ruleSet,
    evaluate(facts, opts = {}) {
      const now = (opts.now ?? new Date()).getTime();
      return opts.explain ? evaluateTraced(facts, now) : evaluatePlain(facts, now);
    },
  };
}
