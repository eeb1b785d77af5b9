import type { Campaign } from '../api/types';
import { couponHeadline, merchantScopeText, perUserLimitText } from './coupon-status';
import { formatYuan } from './money';
import { formatCst } from './time';

/** 活动规则 as a citizen reads them before claiming: every term from the campaign's own data. */
export function campaignRules(c: Campaign): string[] {
  const rules = [
    `领取时间：${formatCst(c.claim_start_at)} 至 ${formatCst(c.claim_end_at)}（北京时间），先到先得，领完即止`,
    `领取次数：${perUserLimitText(c.per_user)}`,
  ];
  if (c.kind === 'coupon' && c.coupon) {
    const w = c.coupon.use_window;
    rules.push(
      `优惠内容：${couponHeadline(c.coupon)}，使用数字人民币支付时抵扣`,
      'days' in w
        ? `使用期限：领取后 ${w.days} 天内有效，过期作废`
        : `使用期限：${w.start_at ? `${formatCst(w.start_at)} 起，` : ''}${formatCst(w.end_at)} 前有效，过期作废`,
      `适用商户：${merchantScopeText(c.coupon.merchants)}`,
      '每笔订单限用一张，不找零、不兑现；退款时按原支付方式退回',
    );
  } else if (c.red_packet) {
    const rp = c.red_packet;
    rules.push(
      rp.mode === 'fixed'
        ? `红包金额：每个 ${formatYuan(rp.amount_fen)}`
        : `红包金额：共 ${rp.count} 个，金额随机`,
      '发放方式：发放到您绑定的数字人民币钱包；尚未绑定钱包的，绑定后到账',
    );
    if (rp.use_days) rules.push(`使用期限：到账后 ${rp.use_days} 天内使用`);
  }
  if (c.organizer) rules.push(`主办方：${c.organizer}，活动最终解释权归主办方所有`);
  return rules;
}
