// The rule DSL, as JSON. A rule set is data: stored, versioned, approved and diffed like any other.

export type FactType = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'number[]';

/** Declared facts by dotted path (`user.wallet_level`); `$now` is always available (the evaluation time). */
export type FactSchema = Record<string, FactType>;

export type Comparison = {
  fact: string;
  op: string;
  /** The expected value; or compare with another fact via `fact_ref`. */
  value?: unknown;
  fact_ref?: string;
  /** With `fact_ref` on numbers: the other fact plus this (`amount ≤ balance − 1000`: offset −1000). */
  offset?: number;
};

/** A named condition of the rule set (`conditions`), used in place: `{ "use": "ELIGIBLE" }`. */
export type UseCondition = { use: string };

export type Condition =
  { all: Condition[] } | { any: Condition[] } | { not: Condition } | UseCondition | Comparison;

export type Output = {
  decision: string;
  /** Stable machine code, e.g. `REGION_NOT_ALLOWED`. */
  reason?: string;
  /** Human-readable message (citizen-facing text is Simplified Chinese). */
  message?: string;
  score?: number;
  tags?: string[];
};

export type Rule = { id: string; priority?: number; when: Condition; then: Output };

export type HitPolicy = 'first' | 'all' | 'worst';

export type RuleSet = {
  hit_policy: HitPolicy;
  rules: Rule[];
  /** Used when no rule matches. */
  default: Output;
  facts?: FactSchema;
  /** Named conditions shared by several rules (UPPER_SNAKE names), used as `{ "use": NAME }`. */
  conditions?: Record<string, Condition>;
  /** For `worst`: decisions from mildest to most severe (default pass < review < reject). */
  decision_order?: string[];
};

export type Issue = { path: string; message: string };

export type TraceEntry = {
  path: string;
  fact: string;
  op: string;
  actual: unknown;
  expected: unknown;
  result: boolean;
};

export type RuleTrace = { rule_id: string; matched: boolean; conditions: TraceEntry[] };

export type Evaluation = {
  decision: string;
  /** The rule that decided (null when the default applied). */
  rule_id: string | null;
  matched: string[];
  reasons: string[];
  messages: string[];
  score: number;
  tags: string[];
  trace?: RuleTrace[];
};

export type EvaluateOptions = { now?: Date; explain?: boolean };
