import { z } from 'zod';
import { refused } from '../../shared/domain-error';
import { formatYuan } from '../../shared/money';

// Sector rules as data (SPECS.md §A3): caps per charge and per consumer, months and sessions, the
// cooling-off days, escrow ratios, the merchant-level cap as a share of revenue, how long a write-off
// waits for the consumer before it confirms itself, and how long a frozen contract waits before it
// is refunded. A new city or sector is a row, not code.

export const SectorRuleSchema = z.strictObject({
  /** A single charge (any product), e.g. training ≤ ¥5,000. */
  max_per_charge_fen: z.number().int().positive().nullable(),
  max_membership_fen: z.number().int().positive().nullable(),
  max_membership_months: z.number().int().positive().nullable(),
  max_class_pack_fen: z.number().int().positive().nullable(),
  max_class_pack_sessions: z.number().int().positive().nullable(),
  max_stored_value_fen: z.number().int().positive().nullable(),
  /** Everything one consumer holds with one merchant, still unconsumed, this charge included. */
  max_total_per_consumer_fen: z.number().int().positive().nullable(),
  cooling_off_days: z.number().int().min(0).max(90),
  /** Minimum share of the prepaid balance held in escrow, per issuer tier (规模/集团/品牌). */
  escrow_ratio_pct: z.strictObject({
    scale: z.number().min(0).max(100),
    group: z.number().min(0).max(100),
    brand: z.number().min(0).max(100),
  }),
  /** The merchant's prepaid balance may not exceed this share of last year's main revenue. */
  merchant_cap_pct_of_revenue: z.number().positive().max(1000),
  min_licence_months: z.number().int().min(0).max(120),
  /** A write-off the consumer neither confirms nor disputes confirms itself after this (T). */
  confirm_hours: z.number().int().min(1).max(720),
  /** A frozen contract is refunded this long after the freeze unless unfrozen. */
  freeze_auto_refund_days: z.number().int().min(0).max(365),
});
export type SectorRule = z.infer<typeof SectorRuleSchema>;

/** The two rule sets seeded by the migration's seed (sources in SPECS.md §A3). */
export const SEEDED_RULES: { id: string; name: string; sector: string; region: string; rule: SectorRule }[] =
  [
    {
      id: 'rule_sh_fitness',
      name: '上海市体育健身行业单用途预付卡（沪体规文〔2025〕1号）',
      sector: 'fitness',
      region: 'shanghai',
      rule: {
        max_per_charge_fen: null,
        max_membership_fen: 500_000,
        max_membership_months: 24,
        max_class_pack_fen: 2_000_000,
        max_class_pack_sessions: 60,
        max_stored_value_fen: 500_000,
        max_total_per_consumer_fen: 2_000_000,
        cooling_off_days: 7,
        escrow_ratio_pct: { scale: 20, group: 30, brand: 40 },
        merchant_cap_pct_of_revenue: 100,
        min_licence_months: 6,
        confirm_hours: 24,
        freeze_auto_refund_days: 30,
      },
    },
    {
      id: 'rule_gz_training',
      name: '广州市校外培训预收费监管（穗教规字〔2021〕8号）',
      sector: 'training',
      region: 'guangzhou',
      rule: {
        max_per_charge_fen: 500_000,
        max_membership_fen: null,
        max_membership_months: 3,
        max_class_pack_fen: null,
        max_class_pack_sessions: 60,
        max_stored_value_fen: null,
        max_total_per_consumer_fen: null,
        cooling_off_days: 7,
        escrow_ratio_pct: { scale: 100, group: 100, brand: 100 },
        merchant_cap_pct_of_revenue: 100,
        min_licence_months: 6,
        confirm_hours: 24,
        freeze_auto_refund_days: 10,
      },
    },
  ];

export type ProductKind = 'class_pack' | 'membership' | 'stored_value';
export type ProductTerms = {
  kind: ProductKind;
  price_fen: number;
  total_units: number;
  gift_fen: number;
  duration_days: number;
};

const over = (message: string, details: Record<string, unknown>) =>
  refused('PREPAID_OVER_CAP', message, details);

/** The product-level limits of a rule (checked when a product is created and again at every sale). */
export function checkProduct(rule: SectorRule, p: ProductTerms) {
  if (rule.max_per_charge_fen !== null && p.price_fen > rule.max_per_charge_fen)
    throw over(`单次收费不得超过 ${formatYuan(rule.max_per_charge_fen)}`, {
      cap_fen: rule.max_per_charge_fen,
    });
  if (p.kind === 'class_pack') {
    if (rule.max_class_pack_fen !== null && p.price_fen > rule.max_class_pack_fen)
      throw over(`课时包金额不得超过 ${formatYuan(rule.max_class_pack_fen)}`, {
        cap_fen: rule.max_class_pack_fen,
      });
    if (rule.max_class_pack_sessions !== null && p.total_units > rule.max_class_pack_sessions)
      throw over(`课时包不得超过 ${rule.max_class_pack_sessions} 节`, {
        cap_units: rule.max_class_pack_sessions,
      });
  }
  if (p.kind === 'membership') {
    if (rule.max_membership_fen !== null && p.price_fen > rule.max_membership_fen)
      throw over(`会员卡金额不得超过 ${formatYuan(rule.max_membership_fen)}`, {
        cap_fen: rule.max_membership_fen,
      });
    if (rule.max_membership_months !== null && p.duration_days > rule.max_membership_months * 31)
      throw over(`会员卡期限不得超过 ${rule.max_membership_months} 个月`, {
        cap_months: rule.max_membership_months,
      });
  }
  if (
    p.kind === 'stored_value' &&
    rule.max_stored_value_fen !== null &&
    p.price_fen > rule.max_stored_value_fen
  )
    throw over(`储值卡金额不得超过 ${formatYuan(rule.max_stored_value_fen)}`, {
      cap_fen: rule.max_stored_value_fen,
    });
}

export type MerchantStanding = {
  status: string;
  credit_status: string;
  licence_since: string;
  revenue_last_year_fen: number;
};

/** Whether a merchant may sell prepaid at `at` (approved, not 失信/经营异常, licence old enough). */
export function checkEligible(rule: SectorRule, m: MerchantStanding, at: Date) {
  if (m.status !== 'approved')
    throw refused('MERCHANT_NOT_ELIGIBLE', '该商户未通过预付经营审核，暂不能售卡', { status: m.status });
  if (m.credit_status !== 'normal')
    throw refused('MERCHANT_NOT_ELIGIBLE', '该商户被列入失信被执行人或经营异常名录，不得发售预付卡', {
      credit_status: m.credit_status,
    });
  const since = new Date(`${m.licence_since}T00:00:00+08:00`);
  const months = (at.getTime() - since.getTime()) / (30.44 * 86_400_000);
  if (months < rule.min_licence_months)
    throw refused(
      'MERCHANT_NOT_ELIGIBLE',
      `营业执照登记未满 ${rule.min_licence_months} 个月，不得发售预付卡`,
      {
        licence_since: m.licence_since,
      },
    );
}

/** The sale-time limits: this consumer's total with the merchant, and the merchant's revenue cap. */
export function checkSale(
  rule: SectorRule,
  sale: {
    price_fen: number;
    consumer_outstanding_fen: number;
    merchant_balance_fen: number;
    revenue_fen: number;
  },
) {
  const cap = rule.max_total_per_consumer_fen;
  if (cap !== null && sale.consumer_outstanding_fen + sale.price_fen > cap)
    throw over(
      `您在该商户的预付余额合计不得超过 ${formatYuan(cap)}（现有 ${formatYuan(sale.consumer_outstanding_fen)}）`,
      {
        cap_fen: cap,
        outstanding_fen: sale.consumer_outstanding_fen,
      },
    );
  const merchantCap = Math.floor((sale.revenue_fen * rule.merchant_cap_pct_of_revenue) / 100);
  if (sale.merchant_balance_fen + sale.price_fen > merchantCap)
    throw refused('PREPAID_MERCHANT_CAP', '该商户预收资金已达上限，暂停售卡', { cap_fen: merchantCap });
}
