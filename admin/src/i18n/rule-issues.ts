// The rule validator (rules-engine/src/validate.ts, operators.ts) answers in English for API clients;
// the console shows its issues in Chinese. One table, matched in order; a message the table does not
// know is shown as 规则有误 with the original text, and rule-issues.test.ts fails for it.
import { FACT_LABEL, OP_LABEL } from '../rules/model';

const fact = (f: string) => FACT_LABEL[f] ?? f;
const op = (o: string) => OP_LABEL[o] ?? o;

const TYPE_LABEL: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否',
  date: '日期时间',
  'string[]': '文本列表',
  'number[]': '数字列表',
};
const type = (t: string) => TYPE_LABEL[t] ?? t;

const TABLE: [RegExp, (...m: string[]) => string][] = [
  [/^value is required$/, () => '请填写比较值'],
  [/^decision is required$/, () => '请选择决策（通过、人工审核或拒绝）'],
  [/^unknown field "(.+)"$/, (k) => `不认识的字段「${k}」`],
  [/^unknown fact "(.+)" \(not declared in facts\)$/, (f) => `未声明的条件字段「${fact(f)}」`],
  [/^offset must be a number$/, () => '偏移量必须是数字'],
  [/^offset needs fact_ref/, () => '偏移量只用于与另一字段比较'],
  [/^offset does not apply to "(.+)"$/, (o) => `「${op(o)}」不能带偏移量`],
  [/^offset applies to number facts only$/, () => '只有数字字段可以带偏移量'],
  [/^fact must be a dotted path/, () => '请选择条件字段'],
  [/^unknown operator "?(.*?)"?$/, (o) => `不支持的比较方式「${op(o)}」`],
  [
    /^operator "(.+)" does not apply to (.+) fact "(.+)"$/,
    (o, t, f) => `「${fact(f)}」是${type(t)}，不能用「${op(o)}」`,
  ],
  [/^give either value or fact_ref, not both$/, () => '固定值与另一字段只能选一个'],
  [/^operator "(.+)" cannot compare two facts$/, (o) => `「${op(o)}」不能比较两个字段`],
  [/^fact_ref must be a dotted path$/, () => '请选择要比较的另一字段'],
  [/^cannot compare (.+) with (.+)$/, (a, b) => `${type(a)}不能与${type(b)}比较`],
  [/^conditions nested deeper than (\d+)$/, (n) => `条件嵌套超过 ${n} 层`],
  [/^expected a condition object$/, () => '条件格式不正确'],
  [
    /^a condition has exactly one of/,
    () => '每个条件只能是一种：全部满足、任一满足、不满足、引用命名条件或字段比较',
  ],
  [/^unknown named condition "?(.*?)"?$/, (n) => `没有名为「${n}」的命名条件`],
  [/^expected a non-empty array of conditions$/, () => '请至少添加一个条件'],
  [/^conditions must map names to conditions$/, () => '命名条件格式不正确'],
  [/^names are UPPER_SNAKE/, () => '名称用大写字母、数字和下划线，最长 64 个字符'],
  [/^uses itself: (.+)$/, (t) => `命名条件循环引用：${t}`],
  [/^expected an output object$/, () => '结果格式不正确'],
  [/^decision "(.+)" is not in decision_order$/, (d) => `决策「${d}」不在决策顺序中`],
  [/^reason must be an UPPER_SNAKE code$/, () => '原因代码用大写字母、数字和下划线，如 VELOCITY_HIGH'],
  [/^message must be a string of at most 200 characters$/, () => '提示语最长 200 个字'],
  [/^score must be a number$/, () => '分值必须是数字'],
  [/^tags must be strings$/, () => '标签必须是文本'],
  [/^expected a rule set object$/, () => '规则集格式不正确'],
  [/^hit_policy must be one of/, () => '命中策略只能是：首条命中、全部命中、取最严'],
  [/^facts must map fact paths to types$/, () => '字段声明格式不正确'],
  [/^fact names are dotted paths$/, () => '字段名格式不正确'],
  [/^type must be one of/, () => '字段类型不正确'],
  [/^decision_order must be distinct/, () => '决策顺序须由不重复的决策组成，从宽到严'],
  [/^rules must be an array$/, () => '规则列表格式不正确'],
  [/^at most (\d+) rules$/, (n) => `最多 ${n} 条规则`],
  [/^expected a rule object$/, () => '规则格式不正确'],
  [/^id must be 1–64 letters/, () => '规则编号为 1–64 位字母、数字或 _ . -'],
  [/^duplicate rule id "(.+)"$/, (id) => `规则编号「${id}」重复`],
  [/^priority must be an integer$/, () => '优先级必须是整数'],
  [/^expected a non-empty array$/, () => '请至少填写一个值'],
  [/^at most 10,000 values$/, () => '最多 10,000 个值'],
  [/^expected \[min, max\]$/, () => '请填写最小值和最大值'],
  [/^expected \{from: "HH:MM", to: "HH:MM"\}$/, () => '请填写起止时间，如 20:00-22:00'],
  [/^from must be HH:MM$/, () => '开始时间格式为 HH:MM'],
  [/^to must be HH:MM \(or 24:00\)$/, () => '结束时间格式为 HH:MM（可为 24:00）'],
  [/^expected \["YYYY-MM-DD", "YYYY-MM-DD"\]$/, () => '请填写起止日期，如 2026-12-01,2026-12-31'],
  [/^expected an? (\S+) value, got/, (t) => (t === 'scalar' ? '请填写一个值' : `请填写${type(t)}`)],
  [/^item (\d+): (.+)$/, (i, m) => `第 ${Number(i) + 1} 个值：${ruleIssueZh(m)}`],
  [/^pattern longer than (\d+) characters$/, (n) => `正则表达式最长 ${n} 个字符`],
  [/^backreferences are not allowed$/, () => '正则表达式不能使用反向引用'],
  [/^lookaround is not allowed$/, () => '正则表达式不能使用前后断言'],
  [/^nested quantifiers are not allowed$/, () => '正则表达式不能嵌套量词（可能极慢）'],
  [/^invalid pattern/, () => '正则表达式无效'],
  [/^expected a pattern string$/, () => '请填写正则表达式'],
  [/^unknown key (.+) \(windows are in Asia\/Shanghai time\)$/, (k) => `时间段不认识「${k}」（按北京时间）`],
  [/^expected a non-empty array of days/, () => '请选择星期几，1（周一）至 7（周日）'],
  [/^start date must not be after end date$/, () => '开始日期不能晚于结束日期'],
  [/^expected a whole number of days/, () => '天数须为 0–36500 的整数'],
];

/** The validator's message in Chinese, or null when the table does not know it. */
export function ruleIssueZhOrNull(message: string): string | null {
  for (const [re, zh] of TABLE) {
    const m = re.exec(message);
    if (m) return zh(...m.slice(1));
  }
  return null;
}

/** What the console shows for one validator issue. */
export const ruleIssueZh = (message: string) => ruleIssueZhOrNull(message) ?? `规则有误：${message}`;
