import { isDuplicateKeyError, type Db, type Sql } from '../../db/sql';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import type { PrepaidDeps } from './deps';
import { checkProduct, SectorRuleSchema, SEEDED_RULES, type ProductKind, type SectorRule } from './rules';

// Merchants onboarded for prepaid sales, and their products as data. A merchant's operator applies
// (sector rule, licence date, credit status, last year's revenue, issuer tier); a reviewer — never
// the applicant — approves or rejects. Products are checked against the sector's rule when created.

export type PrepaidMerchantRow = {
  merchant_id: string;
  rule_id: string;
  licence_since: string;
  credit_status: 'normal' | 'dishonest' | 'abnormal';
  revenue_last_year_fen: number;
  escrow_tier: 'scale' | 'group' | 'brand';
  status: 'pending' | 'approved' | 'rejected' | 'closed';
  applied_by: string;
  reviewed_by: string | null;
  review_comment: string | null;
  closure_notice_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
};

export type ProductRow = {
  id: string;
  merchant_id: string;
  kind: ProductKind;
  name: string;
  price_fen: number;
  total_units: number;
  unit_price_fen: number;
  gift_fen: number;
  duration_days: number;
  terms: string;
  status: 'active' | 'retired';
  created_at: Date | string;
};

/** The escrow's collection account as a merchant of the cashier (what prepaid orders are paid to). */
export const ESCROW_MERCHANT_ID = 'mch_prepaid_escrow';

/** Seeds the sector rules and the escrow's collection merchant (once; later starts change nothing). */
export async function ensureReferenceData(db: Db, now: Date) {
  const ignore = db.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  for (const r of SEEDED_RULES)
    await db.exec(
      `${ignore} INTO prepaid_sector_rules (id, name, sector, region, rule_json, created_at) VALUES (?,?,?,?,?,?)`,
      [r.id, r.name, r.sector, r.region, JSON.stringify(r.rule), now],
    );
  await db.exec(`${ignore} INTO merchants (id, name, category, created_at, updated_at) VALUES (?,?,?,?,?)`, [
    ESCROW_MERCHANT_ID,
    '数字人民币合约钱包（预付资金监管）',
    'escrow',
    now,
    now,
  ]);
}

export async function listRules(db: Db) {
  const rows = await db.query<{
    id: string;
    name: string;
    sector: string;
    region: string;
    rule_json: string;
  }>('SELECT id, name, sector, region, rule_json FROM prepaid_sector_rules ORDER BY id');
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      sector: r.sector,
      region: r.region,
      rule: SectorRuleSchema.parse(JSON.parse(r.rule_json)),
    })),
  };
}

export function merchantDto(m: PrepaidMerchantRow & { name?: string }) {
  return {
    merchant_id: m.merchant_id,
    name: m.name ?? '',
    rule_id: m.rule_id,
    licence_since: m.licence_since,
    credit_status: m.credit_status,
    revenue_last_year_fen: Number(m.revenue_last_year_fen),
    escrow_tier: m.escrow_tier,
    status: m.status,
    applied_by: m.applied_by,
    reviewed_by: m.reviewed_by,
    review_comment: m.review_comment,
    closure_notice_at: toRfc3339(m.closure_notice_at),
    created_at: toRfc3339(m.created_at),
  };
}

async function findMerchant(sql: Sql, merchantId: string) {
  const r = await sql.query<PrepaidMerchantRow & { name: string }>(
    'SELECT p.*, m.name FROM prepaid_merchants p JOIN merchants m ON m.id = p.merchant_id WHERE p.merchant_id = ?',
    [merchantId],
  );
  return r[0] ? { ...r[0], revenue_last_year_fen: Number(r[0].revenue_last_year_fen) } : null;
}

/** The merchant's standing and its sector rule (NOT_FOUND when it never applied). */
export async function merchantRule(
  sql: Sql,
  merchantId: string,
): Promise<{ merchant: PrepaidMerchantRow; rule: SectorRule; name: string }> {
  // The merchant and its rule in one round trip (a write-off reads both).
  const [row] = await sql.query<PrepaidMerchantRow & { name: string; rule_json: string | null }>(
    `SELECT p.*, m.name, r.rule_json FROM prepaid_merchants p JOIN merchants m ON m.id = p.merchant_id
       LEFT JOIN prepaid_sector_rules r ON r.id = p.rule_id WHERE p.merchant_id = ?`,
    [merchantId],
  );
  if (!row) throw notFound('预付商户');
  if (!row.rule_json) throw notFound('行业规则');
  const { rule_json: ruleJson, ...rest } = row;
  const merchant = { ...rest, revenue_last_year_fen: Number(rest.revenue_last_year_fen) };
  return { merchant, rule: SectorRuleSchema.parse(JSON.parse(ruleJson)), name: merchant.name };
}

export type Application = {
  rule_id: string;
  licence_since: string;
  credit_status: 'normal' | 'dishonest' | 'abnormal';
  revenue_last_year_fen: number;
  escrow_tier: 'scale' | 'group' | 'brand';
};

/** A merchant's operator applies (again after a rejection); an approved merchant cannot re-apply. */
export async function apply(d: PrepaidDeps, actor: Actor, merchantId: string, a: Application) {
  const now = d.clock.now();
  const rule = await d.db.query('SELECT id FROM prepaid_sector_rules WHERE id = ?', [a.rule_id]);
  if (!rule.length) throw notFound('行业规则');
  await d.db.tx(async (sql) => {
    const prior = await findMerchant(sql, merchantId);
    if (prior && prior.status !== 'rejected')
      throw refused('APPLICATION_EXISTS', '该商户已提交过预付经营申请', { status: prior.status });
    if (prior) await sql.exec('DELETE FROM prepaid_merchants WHERE merchant_id = ?', [merchantId]);
    await sql.exec(
      `INSERT INTO prepaid_merchants (merchant_id, rule_id, licence_since, credit_status, revenue_last_year_fen, escrow_tier, status, applied_by, created_at, updated_at)
       VALUES (?,?,?,?,?,?,'pending',?,?,?)`,
      [
        merchantId,
        a.rule_id,
        a.licence_since,
        a.credit_status,
        a.revenue_last_year_fen,
        a.escrow_tier,
        actor.id,
        now,
        now,
      ],
    );
    await recordAudit(
      sql,
      {
        actor,
        action: 'prepaid.merchant.apply',
        entity_type: 'prepaid_merchant',
        entity_id: merchantId,
        changes: a,
      },
      now,
    );
  });
  return merchantDto((await findMerchant(d.db, merchantId))!);
}

/** A reviewer decides. Approval is refused for a 失信/异常 merchant whatever the reviewer says. */
export async function review(
  d: PrepaidDeps,
  actor: Actor,
  merchantId: string,
  decision: { approve: boolean; comment: string },
) {
  const now = d.clock.now();
  await d.db.tx(async (sql) => {
    const m = await findMerchant(sql, merchantId);
    if (!m) throw notFound('预付商户');
    if (m.applied_by === actor.id) throw refused('SAME_PERSON', '申请人不能审核自己的申请');
    if (decision.approve && m.credit_status !== 'normal')
      throw refused('MERCHANT_NOT_ELIGIBLE', '该商户被列入失信被执行人或经营异常名录，不得批准');
    const to = decision.approve ? 'approved' : 'rejected';
    const res = await sql.exec(
      "UPDATE prepaid_merchants SET status = ?, reviewed_by = ?, review_comment = ?, updated_at = ? WHERE merchant_id = ? AND status = 'pending'",
      [to, actor.id, decision.comment, now, merchantId],
    );
    if (res.affectedRows !== 1) throw refused('APPLICATION_NOT_PENDING', '该申请不在待审核状态');
    await recordAudit(
      sql,
      {
        actor,
        action: `prepaid.merchant.${decision.approve ? 'approve' : 'reject'}`,
        entity_type: 'prepaid_merchant',
        entity_id: merchantId,
        changes: { status: { from: 'pending', to } },
        comment: decision.comment,
      },
      now,
    );
  });
  return merchantDto((await findMerchant(d.db, merchantId))!);
}

export async function listMerchants(db: Db, f: { status?: string }) {
  const rows = await db.query<PrepaidMerchantRow & { name: string }>(
    `SELECT p.*, m.name FROM prepaid_merchants p JOIN merchants m ON m.id = p.merchant_id ${f.status ? 'WHERE p.status = ?' : ''} ORDER BY p.created_at DESC`,
    f.status ? [f.status] : [],
  );
  return { items: rows.map(merchantDto) };
}

export async function merchantOfOperator(db: Db, merchantId: string) {
  const m = await findMerchant(db, merchantId);
  return m ? merchantDto(m) : null;
}

const normaliseProduct = (p: ProductRow): ProductRow => ({
  ...p,
  price_fen: Number(p.price_fen),
  total_units: Number(p.total_units),
  unit_price_fen: Number(p.unit_price_fen),
  gift_fen: Number(p.gift_fen),
  duration_days: Number(p.duration_days),
});

export function productDto(p: ProductRow) {
  const { created_at, ...rest } = normaliseProduct(p);
  return { ...rest, created_at: toRfc3339(created_at) };
}

export async function productOrThrow(sql: Sql, id: string) {
  const p = (await sql.query<ProductRow>('SELECT * FROM prepaid_products WHERE id = ?', [id]))[0];
  if (!p) throw notFound('预付商品');
  return normaliseProduct(p);
}

export type NewProduct =
  | { kind: 'class_pack'; name: string; unit_price_fen: number; units: number; terms?: string }
  | { kind: 'membership'; name: string; price_fen: number; duration_days: number; terms?: string }
  | { kind: 'stored_value'; name: string; face_value_fen: number; gift_fen: number; terms?: string };

/** A product's price and units (class pack: classes; membership: days; stored value: spendable fen). */
export function termsOf(p: NewProduct) {
  if (p.kind === 'class_pack')
    return {
      price_fen: p.unit_price_fen * p.units,
      total_units: p.units,
      unit_price_fen: p.unit_price_fen,
      gift_fen: 0,
      duration_days: 0,
    };
  if (p.kind === 'membership')
    return {
      price_fen: p.price_fen,
      total_units: p.duration_days,
      unit_price_fen: 0,
      gift_fen: 0,
      duration_days: p.duration_days,
    };
  return {
    price_fen: p.face_value_fen,
    total_units: p.face_value_fen + p.gift_fen,
    unit_price_fen: 0,
    gift_fen: p.gift_fen,
    duration_days: 0,
  };
}

const DEFAULT_TERMS: Record<ProductKind, string> = {
  class_pack:
    '预付款存入您本人的数字人民币合约钱包，每上一节课、经您确认（或到期自动确认）后按课时单价向商户拨付；冷静期内未消费可全额退款，之后可随时按剩余课时退款。',
  membership:
    '预付款存入您本人的数字人民币合约钱包，按天向商户拨付；冷静期内可全额退款，之后可随时按剩余天数比例退款。',
  stored_value:
    '预付款存入您本人的数字人民币合约钱包，按消费向商户拨付；赠送金额按 实付 ÷（实付 + 赠送）折算，退款为实付减已消费折算金额。',
};

export async function createProduct(d: PrepaidDeps, actor: Actor, merchantId: string, p: NewProduct) {
  const { rule } = await merchantRule(d.db, merchantId);
  const t = termsOf(p);
  checkProduct(rule, { kind: p.kind, ...t });
  const id = newId('ppd');
  const now = d.clock.now();
  const terms = p.terms ?? DEFAULT_TERMS[p.kind];
  try {
    await d.db.tx(async (sql) => {
      await sql.exec(
        `INSERT INTO prepaid_products (id, merchant_id, kind, name, price_fen, total_units, unit_price_fen, gift_fen, duration_days, terms, status, created_at)
         VALUES (?,?,?,?,?,?,?,?,?,?,'active',?)`,
        [
          id,
          merchantId,
          p.kind,
          p.name,
          t.price_fen,
          t.total_units,
          t.unit_price_fen,
          t.gift_fen,
          t.duration_days,
          terms,
          now,
        ],
      );
      await recordAudit(
        sql,
        {
          actor,
          action: 'prepaid.product.create',
          entity_type: 'prepaid_product',
          entity_id: id,
          changes: p,
        },
        now,
      );
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('PRODUCT_EXISTS', '商品已存在');
    throw err;
  }
  return productDto(await productOrThrow(d.db, id));
}

export async function listProducts(db: Db, f: { merchant_id?: string; on_sale?: boolean }) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.merchant_id) {
    where.push('p.merchant_id = ?');
    params.push(f.merchant_id);
  }
  if (f.on_sale) where.push("p.status = 'active' AND m.status = 'approved' AND m.credit_status = 'normal'");
  const rows = await db.query<ProductRow & { merchant_name: string }>(
    `SELECT p.*, mm.name AS merchant_name FROM prepaid_products p JOIN prepaid_merchants m ON m.merchant_id = p.merchant_id
       JOIN merchants mm ON mm.id = p.merchant_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.created_at`,
    params,
  );
  return { items: rows.map((r) => ({ ...productDto(r), merchant_name: r.merchant_name })) };
}
