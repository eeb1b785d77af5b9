// The rule builder's editable tree and its exact translation to and from the rules-engine JSON.
// Every shape of the DSL has a node (all / any groups, not, comparisons), so JSON → tree → JSON gives
// back what came in; values are kept as JSON and only re-parsed when the operator edits them.

export type FactType = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'number[]';
export type FactInfo = { fact: string; type: FactType; operators: string[] };

export type CondNode = { kind: 'cond'; fact: string; op: string; value?: unknown; fact_ref?: string };
export type GroupNode = { kind: 'all' | 'any'; children: Node[] };
export type NotNode = { kind: 'not'; child: Node };
export type Node = CondNode | GroupNode | NotNode;

export type Output = { decision: string; reason?: string; message?: string; [k: string]: unknown };
export type RuleModel = { id: string; priority?: number; when: Node; then: Output };
export type RuleSetModel = {
  hit_policy: string;
  rules: RuleModel[];
  default: Output;
  extra: Record<string, unknown>;
};

type Json = Record<string, unknown>;

export function nodeFromJson(c: unknown): Node {
  const o = (c ?? {}) as Json;
  if (Array.isArray(o.all)) return { kind: 'all', children: o.all.map(nodeFromJson) };
  if (Array.isArray(o.any)) return { kind: 'any', children: o.any.map(nodeFromJson) };
  if ('not' in o) return { kind: 'not', child: nodeFromJson(o.not) };
  const cond: CondNode = { kind: 'cond', fact: String(o.fact ?? ''), op: String(o.op ?? '') };
  if ('value' in o) cond.value = o.value;
  if ('fact_ref' in o) cond.fact_ref = String(o.fact_ref);
  return cond;
}

export function nodeToJson(n: Node): Json {
  switch (n.kind) {
    case 'all':
      return { all: n.children.map(nodeToJson) };
    case 'any':
      return { any: n.children.map(nodeToJson) };
    case 'not':
      return { not: nodeToJson(n.child) };
    default: {
      const out: Json = { fact: n.fact, op: n.op };
      if (n.fact_ref !== undefined) out.fact_ref = n.fact_ref;
      else out.value = n.value;
      return out;
    }
  }
}

export function ruleSetFromJson(def: unknown): RuleSetModel {
  const { hit_policy, rules, default: dflt, ...extra } = (def ?? {}) as Json;
  return {
    hit_policy: String(hit_policy ?? 'first'),
    rules: ((rules as Json[]) ?? []).map((r) => {
      const { id, priority, when, then } = r;
      const rule: RuleModel = {
        id: String(id ?? ''),
        when: nodeFromJson(when),
        then: { ...(then as Output) },
      };
      if (priority !== undefined) rule.priority = Number(priority);
      return rule;
    }),
    default: { ...((dflt as Output) ?? { decision: 'reject' }) },
    extra,
  };
}

export function ruleSetToJson(m: RuleSetModel): Json {
  return {
    hit_policy: m.hit_policy,
    rules: m.rules.map((r) => ({
      id: r.id,
      ...(r.priority !== undefined ? { priority: r.priority } : {}),
      when: nodeToJson(r.when),
      then: r.then,
    })),
    default: m.default,
    ...m.extra,
  };
}

/** The JSON path of every node, as the validator reports issues (e.g. /rules/0/when/all/1). */
export function childPath(parent: string, n: Node, i?: number): string {
  if (n.kind === 'all' || n.kind === 'any') return `${parent}/${n.kind}/${i}`;
  return `${parent}/not`;
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
};

export const VALUE_HINT: Record<string, string> = {
  in: '多个值用逗号分隔',
  not_in: '多个值用逗号分隔',
  between: '最小值,最大值',
  time_between: '如 20:00-22:00',
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
