// The rule builder's editable tree and its exact translation to and from the rules-engine JSON.
// Every shape of the DSL has a node (all / any groups, not, named-condition uses, comparisons with a
// value or with another fact ± offset), and named conditions (`conditions`) are edited like a rule's
// tree, so JSON → tree → JSON gives back what came in, key order included; keys the builder does not
// know are kept as they are (the validator reports them). Values are kept as JSON and only re-parsed
// when the operator edits them.

export type FactType = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'number[]';
export type FactInfo = { fact: string; type: FactType; operators: string[] };

type Json = Record<string, unknown>;

export type CondNode = {
  kind: 'cond';
  fact: string;
  op: string;
  value?: unknown;
  fact_ref?: string;
  /** With fact_ref on numbers: expected = the other fact + offset. */
  offset?: number;
  extra?: Json;
};
export type GroupNode = { kind: 'all' | 'any'; children: Node[]; extra?: Json };
export type NotNode = { kind: 'not'; child: Node; extra?: Json };
/** `{ "use": "NAME" }`: a named condition of the rule set, used in place. */
export type UseNode = { kind: 'use'; name: string; extra?: Json };
export type Node = CondNode | GroupNode | NotNode | UseNode;

export type Output = { decision: string; reason?: string; message?: string; [k: string]: unknown };
export type RuleModel = { id: string; priority?: number; when: Node; then: Output; extra?: Json };
export type NamedCondition = { name: string; when: Node };
export type RuleSetModel = {
  hit_policy: string;
  rules: RuleModel[];
  default: Output;
  /** The rule set's named conditions in their JSON order; absent when the JSON has no `conditions`. */
  conditions?: NamedCondition[];
  extra: Record<string, unknown>;
  /** The top-level keys in the order they came in (so the JSON view keeps its shape). */
  order?: string[];
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function rest(o: Json, used: string[]): Json | undefined {
  const extra: Json = {};
  for (const [k, v] of Object.entries(o)) if (!used.includes(k)) extra[k] = v;
  return Object.keys(extra).length ? extra : undefined;
}

const withExtra = <T extends { extra?: Json }>(n: T, extra: Json | undefined): T => {
  if (extra) n.extra = extra;
  return n;
};

export function nodeFromJson(c: unknown): Node {
  const o = (isObject(c) ? c : {}) as Json;
  if (Array.isArray(o.all))
    return withExtra<Node>({ kind: 'all', children: o.all.map(nodeFromJson) }, rest(o, ['all']));
  if (Array.isArray(o.any))
    return withExtra<Node>({ kind: 'any', children: o.any.map(nodeFromJson) }, rest(o, ['any']));
  if ('not' in o) return withExtra<Node>({ kind: 'not', child: nodeFromJson(o.not) }, rest(o, ['not']));
  if ('use' in o && typeof o.use === 'string')
    return withExtra<Node>({ kind: 'use', name: o.use }, rest(o, ['use']));
  const cond: CondNode = { kind: 'cond', fact: String(o.fact ?? ''), op: String(o.op ?? '') };
  if ('value' in o) cond.value = o.value;
  if ('fact_ref' in o) cond.fact_ref = String(o.fact_ref);
  if (typeof o.offset === 'number') cond.offset = o.offset;
  return withExtra(
    cond,
    rest(o, ['fact', 'op', 'value', 'fact_ref', ...(typeof o.offset === 'number' ? ['offset'] : [])]),
  );
}

export function nodeToJson(n: Node): Json {
  switch (n.kind) {
    case 'all':
      return { all: n.children.map(nodeToJson), ...n.extra };
    case 'any':
      return { any: n.children.map(nodeToJson), ...n.extra };
    case 'not':
      return { not: nodeToJson(n.child), ...n.extra };
    case 'use':
      return { use: n.name, ...n.extra };
    default: {
      const out: Json = { fact: n.fact, op: n.op };
      if ('value' in n || n.fact_ref === undefined) out.value = n.value;
      if (n.fact_ref !== undefined) out.fact_ref = n.fact_ref;
      if (n.offset !== undefined) out.offset = n.offset;
      return { ...out, ...n.extra };
    }
  }
}

export function ruleSetFromJson(def: unknown): RuleSetModel {
  const all = (isObject(def) ? def : {}) as Json;
  const { hit_policy, rules, default: dflt, conditions, ...extra } = all;
  const m: RuleSetModel = {
    hit_policy: String(hit_policy ?? 'first'),
    rules: (Array.isArray(rules) ? (rules as Json[]) : []).map((r) => {
      const { id, priority, when, then } = r;
      const rule: RuleModel = {
        id: String(id ?? ''),
        when: nodeFromJson(when),
        then: { ...(then as Output) },
      };
      if (priority !== undefined) rule.priority = Number(priority);
      return withExtra(rule, rest(r, ['id', 'priority', 'when', 'then']));
    }),
    default: { ...((dflt as Output) ?? { decision: 'reject' }) },
    extra,
    order: Object.keys(all),
  };
  if (isObject(conditions))
    m.conditions = Object.entries(conditions).map(([name, c]) => ({ name, when: nodeFromJson(c) }));
  else if (conditions !== undefined) m.extra = { ...extra, conditions };
  return m;
}

export function ruleSetToJson(m: RuleSetModel): Json {
  const parts: Json = {
    hit_policy: m.hit_policy,
    rules: m.rules.map((r) => ({
      id: r.id,
      ...(r.priority !== undefined ? { priority: r.priority } : {}),
      when: nodeToJson(r.when),
      then: r.then,
      ...r.extra,
    })),
    default: m.default,
    ...(m.conditions
      ? { conditions: Object.fromEntries(m.conditions.map((c) => [c.name, nodeToJson(c.when)])) }
      : {}),
    ...m.extra,
  };
  // The keys in the order they came in, then any the builder added.
  const out: Json = {};
  for (const k of m.order ?? []) if (k in parts) out[k] = parts[k];
  for (const k of Object.keys(parts)) if (!(k in out)) out[k] = parts[k];
  return out;
}

/** The JSON path of every node, as the validator reports issues (e.g. /rules/0/when/all/1). */
export function childPath(parent: string, n: Node, i?: number): string {
  if (n.kind === 'all' || n.kind === 'any') return `${parent}/${n.kind}/${i}`;
  return `${parent}/not`;
}

/** The paths of a node's children (where their own issues are shown). */
export function childPaths(path: string, n: Node): string[] {
  if (n.kind === 'all' || n.kind === 'any') return n.children.map((_, i) => childPath(path, n, i));
  if (n.kind === 'not') return [childPath(path, n)];
  return [];
}

export const namedPath = (name: string) => `/conditions/${name}`;

const under = (p: string, base: string) => p === base || p.startsWith(`${base}/`);

/**
 * The issues to show beside the element at `path`: those at or under it, except those under one of
 * its children (each child shows its own).
 */
export function issuesAt<I extends { path: string }>(
  issues: I[],
  path: string,
  children: string[] = [],
): I[] {
  return issues.filter((i) => under(i.path, path) && !children.some((c) => under(i.path, c)));
}

/** The issues no part of the builder shows (rule-set level): not under a rule, the default or a named condition. */
export function looseIssues<I extends { path: string }>(issues: I[], m: RuleSetModel): I[] {
  const shown = [
    ...m.rules.map((_, i) => `/rules/${i}`),
    '/default',
    ...(m.conditions ?? []).map((c) => namedPath(c.name)),
  ];
  return issues.filter((i) => !shown.some((s) => under(i.path, s)));
}

/** A name not yet taken: COND_1, COND_2, … */
export function freshName(m: RuleSetModel, stem = 'COND'): string {
  const taken = new Set((m.conditions ?? []).map((c) => c.name));
  for (let i = 1; ; i++) if (!taken.has(`${stem}_${i}`)) return `${stem}_${i}`;
}

export const NAME_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

function renameIn(n: Node, from: string, to: string): Node {
  switch (n.kind) {
    case 'use':
      return n.name === from ? { ...n, name: to } : n;
    case 'not':
      return { ...n, child: renameIn(n.child, from, to) };
    case 'all':
    case 'any':
      return { ...n, children: n.children.map((c) => renameIn(c, from, to)) };
    default:
      return n;
  }
}

/** Renames a named condition and every use of it, in rules and in other named conditions. */
export function renameNamed(m: RuleSetModel, from: string, to: string): RuleSetModel {
  return {
    ...m,
    rules: m.rules.map((r) => ({ ...r, when: renameIn(r.when, from, to) })),
    conditions: m.conditions?.map((c) => ({
      name: c.name === from ? to : c.name,
      when: renameIn(c.when, from, to),
    })),
  };
}

/** How many times a named condition is used (in rules and other named conditions). */
export function usesOf(m: RuleSetModel, name: string): number {
  const count = (n: Node): number =>
    n.kind === 'use'
      ? Number(n.name === name)
      : n.kind === 'not'
        ? count(n.child)
        : n.kind === 'cond'
          ? 0
          : n.children.reduce((s, c) => s + count(c), 0);
  return (
    m.rules.reduce((s, r) => s + count(r.when), 0) +
    (m.conditions ?? []).reduce((s, c) => s + count(c.when), 0)
  );
}

/** Operators whose expected side may be another fact, and those of them that take an offset. */
export const FACT_REF_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'contains', 'starts_with'];
export const OFFSET_OPS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'];

/** Switches a comparison between a fixed value and another fact (keeping what still applies). */
export function compareWith(n: CondNode, mode: 'value' | 'fact', otherFact?: string): CondNode {
  const { value: _v, fact_ref: _r, offset: _o, ...base } = n;
  return mode === 'fact' ? { ...base, fact_ref: otherFact ?? '' } : { ...base, value: undefined };
}

// --- values: what the operator types ↔ the JSON the engine wants, by operator and fact type ---

const scalar = (text: string, type: FactType | undefined): unknown => {
  const t = text.trim();
  if (type === 'number' || type === 'number[]') return t === '' ? NaN : Number(t);
  if (type === 'boolean') return t === 'true' || t === '是';
  return t;
};
const list = (text: string) =>
  text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function parseValue(text: string, op: string, type: FactType | undefined): unknown {
  switch (op) {
    case 'in':
    case 'not_in':
    case 'any_of':
    case 'none_of':
      return list(text).map((s) => scalar(s, type));
    case 'between':
    case 'date_between':
      return list(text)
        .slice(0, 2)
        .map((s) => (op === 'between' ? scalar(s, type) : s));
    case 'time_between': {
      const [from = '', to = ''] = text.split(/[-–~至]/).map((s) => s.trim());
      return { from, to };
    }
    case 'day_of_week':
      return list(text).map(Number);
    case 'within_days':
      return Number(text.trim());
    case 'contains':
      return type === 'number[]' ? Number(text.trim()) : text.trim();
    default:
      return scalar(text, type);
  }
}

export function valueText(value: unknown, op: string): string {
  if (value === undefined || value === null) return '';
  if (op === 'time_between' && typeof value === 'object') {
    const v = value as { from?: string; to?: string };
    return `${v.from ?? ''}-${v.to ?? ''}`;
  }
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

export const OP_LABEL: Record<string, string> = {
  eq: '等于',
  ne: '不等于',
  lt: '小于',
  lte: '小于等于',
  gt: '大于',
  gte: '大于等于',
  in: '属于',
  not_in: '不属于',
  between: '介于',
  contains: '包含',
  starts_with: '开头是',
  matches: '匹配正则',
  time_between: '时段（北京时间）',
  day_of_week: '星期几',
  date_between: '日期介于',
  within_days: '最近N天内',
  any_of: '包含任一',
  none_of: '不包含任何',
};

export const FACT_LABEL: Record<string, string> = {
  'user.verified': '已实名',
  'user.registered_at': '注册时间',
  'user.wallet_type': '钱包类型',
  'user.wallet_level': '钱包等级',
  'user.region': '所在区县代码',
  'user.tags': '用户标签',
  'request.time': '领取时间',
  'request.channel': '渠道',
  'request.device_id': '设备号',
  'request.has_device_id': '带设备标识',
  'lists.allowed': '在白名单中',
  'lists.blocked': '在黑名单中',
  'velocity.user_claims_1h': '该用户近1小时领取次数',
  'velocity.user_claims_24h': '该用户近24小时领取次数',
  'velocity.user_amount_today_fen': '该用户今日领取金额（分）',
  'velocity.device_claims_1h': '该设备近1小时领取次数',
  'velocity.device_users_24h': '该设备近24小时领取用户数',
  'velocity.ip_claims_1h': '该 IP 近1小时领取次数',
  'velocity.ip_users_24h': '该 IP 近24小时领取用户数',
  'velocity.subnet_users_24h': '同网段近24小时领取用户数',
  $now: '当前时间',
};

export const VALUE_HINT: Record<string, string> = {
  in: '多个值用逗号分隔',
  not_in: '多个值用逗号分隔',
  any_of: '多个值用逗号分隔',
  none_of: '多个值用逗号分隔',
  between: '最小值,最大值',
  time_between: '如 20:00-22:00，可到 24:00',
  day_of_week: '1-7，逗号分隔（1=周一）',
  date_between: '2026-12-01,2026-12-31',
  within_days: '天数',
};

export function newCondition(facts: FactInfo[]): CondNode {
  const f = facts[0];
  return {
    kind: 'cond',
    fact: f?.fact ?? '',
    op: f?.operators[0] ?? 'eq',
    value: f?.type === 'number' ? 0 : '',
  };
}
