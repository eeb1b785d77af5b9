// Every word the console shows for a code: statuses, roles, actions, objects, fields, channels. One
// dictionary, so the same code reads the same on every page; an unknown code is shown as it is.

/** Campaign states. */
export const STATUS_LABEL: Record<string, string> = {
  draft: '草稿',
  pending_approval: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  running: '进行中',
  paused: '已暂停',
  ended: '已结束',
  settled: '已结算',
};

export const ROLE_LABEL: Record<string, string> = {
  admin: '用户与角色管理员',
  registrar: '商户与资金方登记',
  campaign_manager: '活动经办',
  approver: '活动审批',
  funder: '出资方',
  auditor: '审计',
  risk_analyst: '风控',
  merchant_operator: '商户收银',
  ecny_officer: '数币业务专员',
  regulator: '预付资金监管',
};

/** Risk reason codes a policy's rules emit, in words a reviewer acts on; an unknown code is shown as is. */
export const RISK_REASON_LABEL: Record<string, string> = {
  BLOCKLISTED: '命中黑名单',
  DEVICE_SHARED: '同一设备多个账户',
  SUBNET_BURST: '同一网段短时间内大量领取',
  IP_BURST: '同一 IP 短时间内大量领取',
  HIGH_VELOCITY: '领取过于频繁',
  BURST: '短时间内集中领取',
  DAILY_AMOUNT: '当日领取金额超限',
  NOT_VERIFIED: '未实名认证',
  NO_DEVICE: '缺少设备标识',
  NEW_ACCOUNT: '新注册账户',
};

export function riskReasonLabel(code: string): string {
  return RISK_REASON_LABEL[code] ?? code;
}

/** Claim states (a claim held for review, waiting for a wallet, paid out, spent …). */
export const CLAIM_STATUS_LABEL: Record<string, string> = {
  granted: '已发放',
  held: '审核中',
  review: '审核中',
  awaiting_wallet: '待绑定钱包',
  paying: '到账中',
  paid: '已到账',
  redeemed: '已核销',
  expired: '已过期',
  cancelled: '已取消',
  rejected: '已拒绝',
};

/** Where a citizen came from. */
export const CHANNEL_LABEL: Record<string, string> = {
  h5: 'H5 网页',
  weapp: '微信小程序',
  app: '手机 App',
  api: '开放接口',
  apix: '开放平台',
};

export const KIND_LABEL: Record<string, string> = { red_packet: '红包', coupon: '消费券' };

export const PERIOD_LABEL: Record<string, string> = {
  lifetime: '整个活动',
  day: '每天',
  week: '每周',
  month: '每月',
};

export const ACTOR_TYPE_LABEL: Record<string, string> = {
  admin: '员工',
  citizen: '市民',
  system: '系统',
  partner: '合作方',
};

/** Audit actions the server writes, by their full code. */
export const ACTION_LABEL: Record<string, string> = {
  'campaign.create': '创建活动',
  'campaign.update': '修改活动',
  'campaign.submit': '提交审批',
  'campaign.approve': '批准活动',
  'campaign.reject': '驳回活动',
  'campaign.revise': '退回修改',
  'campaign.start': '活动开始',
  'campaign.pause': '暂停',
  'campaign.resume': '恢复',
  'campaign.stop': '提前结束',
  'campaign.end': '活动结束',
  'campaign.settle': '活动结算',
  'funder.create': '登记资金方',
  'funder.deposit': '登记入金',
  'funder.deposit.confirm': '确认入金',
  'funder.deposit.reject': '驳回入金',
  'merchant.create': '登记商户',
  'coupon.lookup': '查询券码',
  'coupon.redeem': '核销',
  'coupon.refund': '退券',
  'coupon.expire': '券过期',
  'red_packet.expire': '红包过期',
  'risk_review.approve': '风控放行',
  'risk_review.reject': '风控拒绝',
  'risk_list.add': '加入黑白名单',
  'risk_list.remove': '移出黑白名单',
  'rule_set.create': '新建规则版本',
  'payment.cancel': '取消付款',
  'pii.unmask': '查看明文个人信息',
  'export.csv': '导出 CSV',
  'auth.lockout': '登录锁定',
  'bank_order_exception.resolve': '处理银行订单异常',
  'parking.lot_update': '修改停车场设置',
  'parking.exception_resolve': '处理停车异常',
  'parking.release': '人工放行',
  'parking.plate_verify': '车牌核验',
  'parking.plate_remove': '删除车牌',
  'parking.plate_displaced': '车牌被他人认证',
  'user.verify_identity': '实名认证',
  'user.identity_review_open': '实名争议待审',
  'user.identity_review_resolve': '实名争议处理',
  'user.identity_revoke': '撤销实名',
  'transit.desk.add_missing_tap': '补录进出站记录',
  'transit.desk.waive': '核销欠费',
  'transit.desk.set_rider_category': '设置乘客类别',
};

/** Objects of the audit log; also the first part of an action code (`hw_card.bind`). */
export const ENTITY_LABEL: Record<string, string> = {
  campaign: '活动',
  funder: '资金方',
  merchant: '商户',
  rule_set: '规则',
  claim: '领取',
  coupon: '券',
  payment: '付款',
  user: '用户',
  risk_list: '黑白名单',
  parking_lot: '停车场',
  parking_exception: '停车异常',
  bank_order: '银行订单',
  bank_order_exception: '银行订单异常',
  bank_payment: '银行付款',
  change_request: '变更申请',
  ecny_wallet: '数币钱包',
  hw_batch: '硬钱包卡批次',
  hw_card: '硬钱包卡',
  hw_exception: '硬钱包异常',
  hw_terminal: '受理终端',
  hw_stock: '卡库存',
  hw_location: '卡库存地点',
  hw_distribution: '卡片调拨单',
  identity_review: '实名争议',
  merchant_application: '商户入驻申请',
  park_fund: '园区资金',
  park_fund_deposit: '园区资金入账',
  park_org: '园区单位',
  park_staff: '园区员工',
  park_subsidy: '园区补贴',
  park_subsidy_run: '园区补贴发放',
  parking_plate: '车牌',
  parking_session: '停车记录',
  prepaid: '预付',
  prepaid_contract: '预付合同',
  prepaid_merchant: '预付商户',
  prepaid_product: '预付产品',
  prepaid_writeoff: '预付核销',
  transit: '轨道交通',
  transit_fare_version: '票价版本',
  transit_journey: '乘车行程',
  transit_rider: '乘客',
  delivery: '消息推送',
  endpoint: '推送地址',
  key: '密钥',
  quota: '调用配额',
  change: '变更',
  export: '导出',
  pii: '个人信息',
  risk_review: '风控审核',
  red_packet: '红包',
  auth: '登录',
};

/** The verbs after an object in an action code, for codes not listed whole in ACTION_LABEL. */
export const VERB_LABEL: Record<string, string> = {
  create: '新建',
  update: '修改',
  add: '添加',
  remove: '删除',
  approve: '批准',
  reject: '驳回',
  propose: '申请',
  confirm: '确认',
  record: '登记',
  submit: '提交',
  cancel: '取消',
  close: '关闭',
  enable: '启用',
  disabled: '停用',
  revoke: '吊销',
  resend: '重发',
  set: '设置',
  bind: '绑定',
  issue: '发卡',
  replace: '换卡',
  load: '圈存',
  unload: '圈提',
  loss_report: '挂失',
  loss_revert: '解挂',
  personalize: '个人化',
  distribute: '分发',
  dispatch: '出库',
  receive: '收货',
  receive_short: '短收',
  resolve_found: '短收复点齐全',
  resolve_write_off: '短收核销',
  counter_load: '柜面圈存',
  retry_refund: '重新退还',
  retry_transfer: '重新转入新卡',
  register: '登记',
  rollout: '升级推送',
  onboard: '入职',
  offboard: '离职',
  canteen: '设置食堂',
  paid: '已付款',
  apply: '申请',
  freeze: '冻结',
  unfreeze: '解冻',
  frozen: '冻结中退款',
  writeoff: '核销',
  refund: '退款',
  contract: '合同',
  product: '产品',
  merchant: '商户',
  desk: '人工处理',
  fare_version: '票价版本',
  retry: '重试',
  expire: '过期',
};

/** An action code in words: the whole code if listed, else object + verbs, else the code itself. */
export function actionLabel(code: string): string {
  if (ACTION_LABEL[code]) return ACTION_LABEL[code];
  const [head, ...verbs] = code.split('.');
  const words = verbs.map((v) => VERB_LABEL[v]);
  if (!ENTITY_LABEL[head] || words.some((w) => w === undefined)) return code;
  return `${ENTITY_LABEL[head]}${words.join('')}`;
}

/** Fields of campaigns and of audit changes. */
export const FIELD_LABEL: Record<string, string> = {
  status: '状态',
  name: '名称',
  amount_fen: '金额',
  budget_fen: '预算',
  reserved_fen: '冻结预算',
  discount_fen: '优惠',
  order_amount_fen: '订单金额',
  reference: '凭证号',
  comment: '意见',
  description: '说明',
  funder_id: '出资方',
  claim_start_at: '开始领取',
  claim_end_at: '结束领取',
  red_packet: '红包',
  coupon: '券面',
  limits: '限制',
  per_user: '每人限领',
  count: '次数',
  period: '周期',
  natural_person: '实名限一次',
  max_count: '最多发放',
  max_count_per_day: '每日最多发放',
  merchant_ids: '适用商户',
  use_window: '使用期限',
  days: '天数',
  type: '类型',
  threshold_fen: '门槛',
  percent_off: '折扣',
  cap_fen: '封顶',
  mode: '方式',
  version: '版本',
  claims: '领取记录',
  rows: '行数',
  filters: '筛选条件',
  reason: '原因',
  entity: '对象',
  complete: '完整导出',
  from: '开始时间',
  to: '结束时间',
  unmask: '明文',
  action: '操作',
  entity_type: '对象类型',
  entity_id: '对象编号',
  stock_total: '库存',
  deposit_id: '入金编号',
  kind: '类型',
  terminal_no: '终端号',
  merchant_id: '商户',
  store_name: '门店',
  org_id: '园区单位',
};

/** Values of enum-like fields in changes, by field name (statuses of every kind of object included). */
export const VALUE_LABEL: Record<string, Record<string, string>> = {
  status: {
    ...STATUS_LABEL,
    ...CLAIM_STATUS_LABEL,
    pending: '待确认',
    confirmed: '已确认',
    pending_approval: '待审批',
    rejected: '已驳回',
  },
  type: { threshold: '满减', instant: '立减', percent: '折扣' },
  period: PERIOD_LABEL,
  mode: { fixed: '固定金额', random: '随机金额' },
  kind: { ...KIND_LABEL, government: '政府', bank: '银行', merchant: '商户' },
  channel: CHANNEL_LABEL,
};

/** Hard-wallet card states (the server's transition table). */
export const HW_CARD_STATUS_LABEL: Record<string, string> = {
  produced: '已制卡',
  personalized: '已个人化（库存）',
  issued: '已发卡',
  bound: '已绑定软钱包',
  frozen: '已冻结',
  loss_temp: '口头挂失（24 小时内自动解除）',
  loss_formal: '正式挂失（静默期后退还已确认余额）',
  replaced: '已补卡',
  cancelled: '已注销',
  expired: '已过期',
};

/** What follows for a closing card's confirmed balance (the server's next_action). */
export const HW_NEXT_ACTION_LABEL: Record<string, string> = {
  refund_after_quiet: '静默期满后退还已确认余额',
  transfer_after_quiet: '静默期满后转入新卡',
  retry_refund: '退还被拒绝，余额仍在卡上，待重新退还',
  retry_transfer: '转入新卡被拒绝，余额仍在原卡上，待重试',
};

export const HW_TERMINAL_STATUS_LABEL: Record<string, string> = {
  registered: '已登记，未签到',
  online: '在线',
  offline: '离线告警',
  disabled: '已停用',
};

export const HW_TERMINAL_KIND_LABEL: Record<string, string> = {
  pos: 'POS',
  canteen_pos: '食堂 POS',
  vending: '售货机',
  door: '门禁控制器',
};

/** Stock locations of blank cards. */
export const HW_LOCATION_KIND_LABEL: Record<string, string> = {
  warehouse: '总仓',
  branch: '银行网点',
  vending: '自助售卡机',
};

/** Distribution orders of blank cards (the server's transition table). */
export const HW_DISTRIBUTION_STATUS_LABEL: Record<string, string> = {
  created: '待出库复核',
  in_transit: '在途',
  received: '已入库',
  discrepancy: '短收待处理',
  cancelled: '已取消',
};

export const HW_MEDIA_LABEL: Record<string, string> = {
  card: '卡片',
  visual_card: '可视卡',
  wearable: '穿戴设备',
  sim: 'SIM 卡',
};

/** Loads, unloads and the refund of a lost or cancelled card's confirmed balance. */
export const HW_ORDER_DIRECTION_LABEL: Record<string, string> = {
  load: '圈存',
  unload: '圈提',
  refund: '退还余额',
  transfer: '转入新卡',
  counter_load: '柜面圈存',
};

/** What pays for a counter load. */
export const HW_FUNDING_LABEL: Record<string, string> = { cash: '现金', deposit: '存款账户' };

export const HW_ORDER_STATUS_LABEL: Record<string, string> = {
  pending: '处理中',
  in_flight: '结果待确认',
  succeeded: '成功',
  failed: '被拒绝',
  cancelled: '已取消',
  unknown: '结果待确认',
};

export const HW_EXCEPTION_STATUS_LABEL: Record<string, string> = {
  open: '待处理',
  proposed: '待复核',
  accepted: '已入账',
  rejected: '已驳回',
};

export const HW_EXCEPTION_CODE_LABEL: Record<string, string> = {
  TAC_INVALID: 'TAC 校验失败',
  CARD_UNKNOWN: '未知卡号',
  CARD_CLOSED: '卡片已关闭',
  TERMINAL_MISMATCH: '终端不符',
  TERMINAL_SEQ_CONFLICT: '终端流水号冲突',
  COUNTER_BACKWARDS: '脱机计数器倒退',
  COUNTER_CONFLICT: '脱机计数器冲突',
  OFFLINE_CAP_EXCEEDED: '超过脱机限额',
  BALANCE_ARITHMETIC: '余额计算不符',
  BALANCE_CHAIN_BROKEN: '余额链断裂',
  BELOW_FLOOR: '低于余额下限',
  ONLINE_LINK_UNKNOWN: '联机交易无法对应',
};

export const HW_PROPOSAL_LABEL: Record<string, string> = { accept: '入账', reject: '驳回' };
// ---- rail transit and tram (轨道交通) ----

/** A journey's payment state. */
export const TRANSIT_JOURNEY_STATUS_LABEL: Record<string, string> = {
  charging: '扣款中',
  paid: '已支付',
  debt: '欠费待补缴',
  settled: '无需支付',
  waived: '已核销',
};

/** How a journey was priced. */
export const TRANSIT_RULE_LABEL: Record<string, string> = {
  distance: '按里程',
  flat: '单一票价',
  overtime: '超时（线网最高票价）',
  unpaired_entry: '缺出站记录（最低票价）',
  unpaired_exit: '缺进站记录（最低票价）',
  onboard: '有轨电车车上刷码',
  area_mismatch: '跨区域',
};

/** Service desk (乘客事务) actions. */
export const TRANSIT_DESK_ACTION_LABEL: Record<string, string> = {
  add_missing_tap: '补录进出站记录',
  waive: '核销欠费',
  set_rider_category: '设置乘客类别',
};

export const TRANSIT_GATE_KIND_LABEL: Record<string, string> = {
  entry: '进站闸机',
  exit: '出站闸机',
  onboard: '车载验票机',
};

export const TRANSIT_RIDER_CATEGORY_LABEL: Record<string, string> = {
  adult: '成人',
  student: '学生',
  senior: '长者',
};

export const TRANSIT_TVM_TICKET_STATUS_LABEL: Record<string, string> = {
  awaiting_payment: '待支付',
  paid: '已支付',
  issued: '已出票',
  dispense_failed: '出票失败',
  refunded: '已退款',
  closed: '已关闭',
  used: '已使用',
};

export const transitLabel = (dict: Record<string, string>, code: string | null | undefined) =>
  code ? (dict[code] ?? code) : '—';
