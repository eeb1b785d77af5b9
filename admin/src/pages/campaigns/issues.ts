// The API's field messages are written for developers (zod's English); operators read Chinese.
const PATTERNS: [RegExp, string][] = [
  [/must be positive/, '必须大于 0'],
  [/must be an integer number of fen/, '金额最多两位小数'],
  [/must not exceed threshold_fen/, '优惠金额不能超过使用门槛'],
  [/required for/, '此项必填'],
  [/needs a cap/, '折扣券须设置封顶金额'],
  [/RFC 3339/, '时间格式不正确'],
  [/claim_end_at must be after claim_start_at|after claim_start/, '结束时间须晚于开始时间'],
  [/too small|>=/, '数值太小'],
  [/too big|<=/, '数值太大'],
];

export function serverIssueText(message: string): string {
  return PATTERNS.find(([re]) => re.test(message))?.[1] ?? message;
}
