import { IdempotencyTicket } from '../idempotency/ticket';
import { createMemoryIdempotencyStore } from '../idempotency/store';
import { hashPassword } from '../security/passwords';
import { insertAdminUser } from '../security/access';
import { newId } from '../shared/ids';
import type { Platform } from '../platform';
import type { Actor } from '../modules/audit';

export const DEMO_ADMINS = [
  { username: 'admin', password: 'admin-demo-2026', name: '系统管理员', roles: ['admin'] },
  { username: 'admin2', password: 'admin2-demo-2026', name: '系统管理员（复核）', roles: ['admin'] },
  { username: 'manager', password: 'manager-demo-2026', name: '活动经办 王敏', roles: ['campaign_manager'] },
  { username: 'approver', password: 'approver-demo-2026', name: '活动复核 李强', roles: ['approver'] },
  { username: 'funder', password: 'funder-demo-2026', name: '商务局 资金专员', roles: ['funder'] },
  { username: 'treasurer', password: 'treasurer-demo-2026', name: '商务局 资金复核', roles: ['funder'] },
  { username: 'registrar', password: 'registrar-demo-2026', name: '商户登记 周洁', roles: ['registrar'] },
  { username: 'auditor', password: 'auditor-demo-2026', name: '审计 陈静', roles: ['auditor'] },
  { username: 'analyst', password: 'analyst-demo-2026', name: '风控分析 赵磊', roles: ['risk_analyst'] },
  { username: 'officer', password: 'officer-demo-2026', name: '数币业务经办 孙悦', roles: ['ecny_officer'] },
  {
    username: 'cashier',
    password: 'cashier-demo-2026',
    name: '天河超市 收银员',
    roles: ['merchant_operator'],
    merchant: true,
  },
] as const;

export const DEMO_LOT_NAME = '天河体育中心停车场';

const iso = (d: Date) => d.toISOString().replace('Z', '+00:00');

/** Seeds a small, realistic demo once (a bureau funding a red-packet and a coupon campaign). */
export async function seedDemo(p: Platform): Promise<boolean> {
  const existing = await p.db.query('SELECT id FROM admin_users LIMIT 1');
  if (existing.length) return false;
  const now = new Date();
  const parties = await seedParties(p);
  const ids = await seedDemoAdmins(p, parties, now);
  const store = createMemoryIdempotencyStore(p.db);
  await seedConfirmedDeposit(p, parties.funderId, ids, store);
  const { redPacketId, couponId } = await launchDemoCampaigns(p, parties, ids, now);
  await seedCashierDesk(p, parties.supermarketId, ids);
  await p.lifecycle.runDue(); // the open campaigns start now
  await seedActivity(p, {
    redPacketId,
    couponId,
    merchantId: parties.supermarketId,
    cashierId: ids.cashier,
    store,
  });
  await p.queue.drain();
  return true;
}

/** Who the demo's money moves between: the funding bureau, its merchants and the parking operator. */
type DemoParties = { funderId: string; supermarketId: string; parkingOperatorId: string };

/** The funder, the merchants with their wallets, and the parking operator's demo lot. */
async function seedParties(p: Platform): Promise<DemoParties> {
  const system: Actor = { type: 'system', id: 'seed' };
  const funding = p.services.funding;
  const funder = await funding.createFunder(system, { name: '广州市商务局', kind: 'government' });
  const supermarket = await funding.createMerchant(system, { name: '天河城超市', category: 'supermarket' });
  await funding.createMerchant(system, { name: '北京路餐厅', category: 'catering' });
  const parkingOperator = await funding.createMerchant(system, {
    name: '天河停车管理有限公司',
    category: 'parking',
  });
  await p.openEmbeddedMerchantWallets();
  const demoLot = await p.services.parking.createLot({
    name: DEMO_LOT_NAME,
    address: '广州市天河区天河路 299 号',
    merchant_id: parkingOperator.id,
    tariff_id: 'gz-central',
    free_exit_minutes: 15,
    lanes: [
      { name: '东门入口', direction: 'entry' },
      { name: '东门出口', direction: 'exit' },
    ],
  });
  // Marked as demo data: only this lot gets the in-process gate simulator and the demo traffic.
  await p.db.exec('UPDATE parking_lots SET is_demo = ? WHERE id = ?', [true, demoLot.id]);
  return { funderId: funder.id, supermarketId: supermarket.id, parkingOperatorId: parkingOperator.id };
}

/** The demo's admin users; returns their ids by username. */
async function seedDemoAdmins(p: Platform, parties: DemoParties, now: Date) {
  const ids: Record<string, string> = {};
  for (const a of DEMO_ADMINS) {
    ids[a.username] = newId('adm');
    await insertAdminUser(
      p.db,
      {
        id: ids[a.username],
        username: a.username,
        password_hash: await hashPassword(a.password),
        display_name: a.name,
        roles: a.roles,
        merchant_id: 'merchant' in a ? parties.supermarketId : null,
        funder_id: a.username === 'funder' || a.username === 'treasurer' ? parties.funderId : null,
      },
      now,
    );
  }
  return ids;
}

/**
 * Maker-checker on money in: the bureau's clerk records the transfer, a second funder user (the
 * treasurer) confirms it against the bank statement, and only then is it in the funder's balance.
 */
async function seedConfirmedDeposit(
  p: Platform,
  funderId: string,
  ids: Record<string, string>,
  store: ReturnType<typeof createMemoryIdempotencyStore>,
) {
  const funding = p.services.funding;
  const deposit = await funding.recordDeposit(
    { type: 'admin', id: ids.funder, funder_id: funderId },
    funderId,
    { amount_fen: 50_000_000, reference: '财政拨款 2026-11 第一批' },
    new IdempotencyTicket(store, 'seed', 'seed-deposit-1', 'seed', 201),
  );
  const treasurer = { type: 'admin' as const, id: ids.treasurer, funder_id: funderId };
  await funding.decideDeposit(treasurer, funderId, deposit.id, 'confirm', {
    comment: '已核对银行入账流水',
  });
}

/**
 * The demo campaigns, each created and submitted by the manager and approved by a second person. The
 * first two (the open red packet and supermarket coupon) get the demo's claims and redemptions.
 */
async function launchDemoCampaigns(
  p: Platform,
  parties: DemoParties,
  ids: Record<string, string>,
  now: Date,
) {
  const manager: Actor = { type: 'admin', id: ids.manager };
  const approver: Actor = { type: 'admin', id: ids.approver };
  const launched: string[] = [];
  for (const input of demoCampaigns(parties, now)) {
    const c = await p.services.campaigns.createCampaign(manager, input);
    await p.services.campaigns.transition(manager, c.id, 'submit');
    await p.services.campaigns.transition(approver, c.id, 'approve', { comment: '预算与规则已核对' });
    launched.push(c.id);
  }
  const [redPacketId, couponId] = launched;
  return { redPacketId, couponId };
}

type CampaignInput = Parameters<Platform['services']['campaigns']['createCampaign']>[1];

function demoCampaigns(parties: DemoParties, now: Date): CampaignInput[] {
  const inDays = (d: number) => new Date(now.getTime() + d * 86400_000);
  return [
    {
      kind: 'red_packet',
      name: '数字人民币 ¥200 消费红包',
      description: '广州市民专享，随机金额，先到先得',
      funder_id: parties.funderId,
      budget_fen: 2_000_000,
      claim_start_at: iso(new Date(now.getTime() - 60_000)),
      claim_end_at: iso(inDays(7)),
      red_packet: { mode: 'random', count: 1000 },
      limits: { per_user: { count: 1, period: 'lifetime' }, natural_person: false },
    },
    {
      kind: 'coupon',
      name: '满 80 减 20 商超券',
      description: '指定商超可用，领取后 7 天内有效',
      funder_id: parties.funderId,
      budget_fen: 1_000_000,
      claim_start_at: iso(new Date(now.getTime() - 60_000)),
      claim_end_at: iso(inDays(10)),
      coupon: {
        type: 'threshold',
        threshold_fen: 8000,
        discount_fen: 2000,
        use_window: { days: 7 },
        merchant_ids: [parties.supermarketId],
      },
      limits: { per_user: { count: 1, period: 'day' }, natural_person: false, max_count_per_day: 200 },
    },
    {
      kind: 'red_packet',
      name: '周末 ¥50 固定红包（即将开始）',
      funder_id: parties.funderId,
      budget_fen: 500_000,
      claim_start_at: iso(inDays(2)),
      claim_end_at: iso(inDays(4)),
      red_packet: { mode: 'fixed', amount_fen: 5000 },
      limits: { per_user: { count: 1, period: 'lifetime' }, natural_person: true },
    },
    {
      kind: 'coupon',
      name: '数字人民币停车券 ¥5',
      description: '天河体育中心停车场缴费可用，领取后 7 天内有效',
      funder_id: parties.funderId,
      budget_fen: 500_000,
      claim_start_at: iso(new Date(now.getTime() - 60_000)),
      claim_end_at: iso(inDays(30)),
      coupon: {
        type: 'instant',
        discount_fen: 500,
        use_window: { days: 7 },
        merchant_ids: [parties.parkingOperatorId],
      },
      limits: { per_user: { count: 1, period: 'day' }, natural_person: false },
    },
  ];
}

/**
 * The aggregated cashier (issue 16): the supermarket's store and till (the cashier user's console),
 * and one merchant application waiting for a second person's review (registrar files, approver decides).
 */
async function seedCashierDesk(p: Platform, supermarketId: string, ids: Record<string, string>) {
  const shop = await p.services.cashier.addStore(supermarketId, '天河城店');
  await p.services.cashier.addTill(supermarketId, shop.id, '1 号收银台');
  await p.services.cashier.applyForMerchant(
    { type: 'admin', id: ids.registrar },
    {
      legal_name: '广州市天河区好味道餐饮有限公司',
      name: '好味道餐厅',
      licence_no: '91440101MA5C777701',
      category: 'catering',
      contact_phone: '13800001234',
      settlement_account_no: '6217000011112222',
    },
  );
}

/**
 * A little of a real day, so the panel's lists and dashboards have something to show: citizens open,
 * claim, and a few coupons are used at the supermarket. Everything goes through the services.
 */
async function seedActivity(
  p: Platform,
  d: {
    redPacketId: string;
    couponId: string;
    merchantId: string;
    cashierId: string;
    store: ReturnType<typeof createMemoryIdempotencyStore>;
  },
) {
  const now = new Date();
  const codes: string[] = [];
  for (let i = 0; i < 12; i++) {
    const userId = newId('usr');
    await p.db.exec('INSERT INTO users (id, phone, created_at, updated_at) VALUES (?,?,?,?)', [
      userId,
      `1390000${String(1000 + i)}`,
      now,
      now,
    ]);
    for (let v = 0; v < 3; v++) p.services.dayStats.record(d.couponId, 'views');
    const claimed = await p.services.claims.claim({
      campaignId: d.couponId,
      userId,
      channel: i % 3 === 0 ? 'weapp' : 'h5',
      idempotency: new IdempotencyTicket(d.store, `citizen:${userId}`, `seed-claim-${i}`, 'seed', 201),
    });
    if (claimed.coupon?.code) codes.push(claimed.coupon.code);
    if (i < 6) {
      p.services.dayStats.record(d.redPacketId, 'views');
      await p.services.claims.claim({
        campaignId: d.redPacketId,
        userId,
        channel: 'h5',
        idempotency: new IdempotencyTicket(d.store, `citizen:${userId}`, `seed-rp-${i}`, 'seed', 201),
      });
    }
  }
  const orders = [12_800, 9_950, 23_600, 8_000];
  for (const [i, amount] of orders.entries()) {
    await p.services.coupons.redeem(
      { type: 'admin', id: d.cashierId },
      d.merchantId,
      { coupon_code: codes[i], order_no: `DEMO-${String(i + 1).padStart(4, '0')}`, order_amount_fen: amount },
      new IdempotencyTicket(d.store, `merchant:${d.merchantId}`, `seed-redeem-${i}`, 'seed', 201),
    );
  }
  await p.services.dayStats.flush();
}
