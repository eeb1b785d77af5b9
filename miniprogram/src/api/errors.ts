/** What the API (or the network) said, in a form pages can show: `message` is always citizen-ready Chinese. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth retrying the same request (with the same Idempotency-Key): nothing was decided yet. */
  get retryable(): boolean {
    return (
      this.code === 'NETWORK_ERROR' ||
      // The first attempt with this key is still running at the server: its outcome is not known yet.
      this.code === 'IDEMPOTENCY_REQUEST_IN_PROGRESS' ||
      this.status === 502 ||
      this.status === 503 ||
      this.status === 504
    );
  }
}

// Refusals a citizen meets, in the words we want them to read. The server's message is used for
// codes not listed here (it is Chinese too), and NOT_ELIGIBLE keeps the rule's own reasons.
const MESSAGES: Record<string, string> = {
  WRITE_OFF_PENDING: '有待您确认的核销，请先确认或拒绝后再申请退款',
  RELEASE_IN_PROGRESS: '有一笔拨付正在处理，请稍后再试',
  CONTRACT_NOT_REFUNDABLE: '该合约当前状态不能退款',
  NOTHING_TO_REFUND: '该合约已全部消费，无可退金额',
  STOCK_EXHAUSTED: '来晚了，已被领完',
  USER_LIMIT_REACHED: '您已领取过，不能重复领取',
  PERSON_LIMIT_REACHED: '同一实名用户已领取过本活动',
  DAILY_LIMIT_REACHED: '今日名额已领完，请明天再来',
  CAMPAIGN_NOT_STARTED: '活动尚未开始，请稍后再来',
  CAMPAIGN_NOT_RUNNING: '活动已暂停或已结束',
  RISK_REJECTED: '当前账户或设备存在异常，暂无法领取；如有疑问请联系客服',
  RISK_UNAVAILABLE: '系统繁忙，请稍后再试',
  CLAIM_TOKEN_INVALID: '页面停留过久，请重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  TOO_MANY_REQUESTS: '操作太频繁，请稍后再试',
  SERVICE_UNAVAILABLE: '系统繁忙，请稍后再试',
  UNAUTHENTICATED: '请先登录',
  NETWORK_ERROR: '网络不给力，请检查网络后重试',
  OTP_INVALID: '验证码错误或已过期',
  OTP_TOO_FREQUENT: '验证码发送太频繁，请稍后再试',
  WECHAT_CODE_INVALID: '微信登录失败，请重试',
  WALLET_NOT_BOUND: '请先绑定数字人民币钱包',
  WALLET_OTP_INVALID: '验证码错误，请重新输入',
  WALLET_OTP_EXPIRED: '验证码已过期，请重新获取',
  WALLET_OTP_LOCKED: '验证码错误次数过多，请稍后再试',
  WALLET_FROZEN: '钱包已冻结，请联系开户银行',
  WALLET_CLOSED: '钱包已注销',
  WALLET_CARD_NOT_BOUND: '钱包未绑定银行卡，无法充值',
  BANK_UNAVAILABLE: '银行系统繁忙，请稍后再试',
  TOPUP_OUTCOME_UNKNOWN: '充值结果确认中，请稍后在充值记录中查看',
  INTERNAL_ERROR: '系统开小差了，请稍后再试',
  IDEMPOTENCY_REQUEST_IN_PROGRESS: '上一次操作仍在处理中，请稍候查看结果',
  // Smart parking: plates, the seamless agreement, looking a car up, paying.
  PLATE_INVALID: '车牌号格式不正确，例如 粤A·D12345',
  PLATE_EXISTS: '该车牌已添加',
  PLATE_LIMIT: '最多绑定 5 个车牌',
  PLATE_SEAMLESS_TAKEN: '该车牌已由其他用户开通无感支付',
  AGREEMENT_NOT_ACCEPTED: '请先阅读并同意《无感支付服务协议》',
  SESSION_NOT_FOUND: '没有找到该车辆在本停车场的停车记录，请核对车牌和停车场',
  FEE_CHANGED: '停车费已更新，请确认金额后再支付',
  NOTHING_DUE: '当前无需缴费',
  PAYMENT_IN_PROGRESS: '该停车记录有一笔支付正在处理，请稍候刷新查看',
  PAYMENT_OUTCOME_UNKNOWN: '支付结果确认中，请勿重复支付，稍后刷新查看',
  PAYMENT_FAILED: '支付失败，请稍后重试',
  BANK_REJECTED: '银行拒绝了本次支付，请稍后重试或联系开户银行',
  WALLET_INSUFFICIENT_BALANCE: '钱包余额不足，请充值后再支付',
  SESSION_CHANGED: '停车记录已变化，请刷新后重试',
  SESSION_STATE: '停车记录已变化，请刷新后重试',
  COUPON_ALREADY_USED: '该券已使用，请选择其他优惠券',
  COUPON_EXPIRED: '该券已过期，请选择其他优惠券',
  COUPON_NOT_USABLE: '该券当前不可用，请选择其他优惠券',
  COUPON_NOT_YET_USABLE: '该券未到使用时间',
  COUPON_NOT_FOUND: '券码不存在',
  MERCHANT_NOT_IN_SCOPE: '该券不能在本停车场使用',
  ORDER_BELOW_THRESHOLD: '停车费未达到该券的使用门槛',
};

/** Codes whose server message carries the figures the citizen needs (e.g. "最多还可充值 ¥900.00"). */
const SERVER_WORDS = new Set([
  'NOT_ELIGIBLE',
  'WALLET_BALANCE_LIMIT',
  'WALLET_DAILY_LIMIT',
  'WALLET_YEARLY_LIMIT',
  'WALLET_PAYMENT_LIMIT',
  'VALIDATION_FAILED',
  // "停车费已更新为 ¥15.00，请确认后再支付": the new amount is what the driver must see.
  'FEE_CHANGED',
]);

export function messageFor(code: string, serverMessage?: string): string {
  if (SERVER_WORDS.has(code) && serverMessage) {
    return code === 'NOT_ELIGIBLE' ? `暂不符合领取条件：${serverMessage}` : serverMessage;
  }
  return MESSAGES[code] ?? serverMessage ?? '系统开小差了，请稍后再试';
}
