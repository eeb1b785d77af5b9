import { createMemoryIdempotencyStore } from '../idempotency/store';
import { IdempotencyTicket } from '../idempotency/ticket';
import { insertAdminUser } from '../security/access';
import { hashPassword } from '../security/passwords';
import { newId } from '../shared/ids';
import type { Platform } from '../platform';

// The prepaid-supervision demo (issue 17): a badminton venue onboarded for prepaid sales (reviewed by
// the demo approver), a 10-class pack and a monthly membership, three demo citizens who bought them
// with e-CNY through the cashier (money locked in their contract wallets), some classes written off
// and confirmed, one waiting for its consumer. Everything goes through the services, once.

export const PREPAID_DEMO_ADMINS = [
  { username: 'venue', password: 'venue-demo-2026', name: '飞羽羽毛球馆 前台', roles: ['merchant_operator'] },
  {
    username: 'regulator',
    password: 'regulator-demo-2026',
    name: '市场监管 预付监管员 刘洋',
    roles: ['regulator'],
  },
  {
    username: 'regulator2',
    password: 'regulator2-demo-2026',
    name: '市场监管 预付复核 何琳',
    roles: ['regulator'],
  },
] as const;
export const PREPAID_DEMO_VENUE = '飞羽羽毛球馆（天河店）';
export const PREPAID_DEMO_PHONES = ['13900002001', '13900002002', '13900002003'];

async function demoCitizen(
  p: Platform,
  phone: string,
  store: ReturnType<typeof createMemoryIdempotencyStore>,
) {
  let userId = (await p.db.query<{ id: string }>('SELECT id FROM users WHERE phone = ?', [phone]))[0]?.id;
  if (!userId) {
    userId = newId('usr');
    await p.db.exec('INSERT INTO users (id, phone, created_at, updated_at) VALUES (?,?,?,?)', [
      userId,
      phone,
      new Date(),
      new Date(),
    ]);
  }
  if (!(await p.services.wallet.binding(userId))) {
    const started = await p.services.wallet.startBinding(userId, phone);
    const otp = p.embeddedBank!.otps.filter((o) => o.binding_id === started.binding_id).at(-1)!.otp;
    await p.services.wallet.confirmBinding(userId, started.binding_id, otp);
    await p.services.wallet.topUp(
      userId,
      100_000,
      new IdempotencyTicket(store, `citizen:${userId}`, newId('demo-topup'), 'seed', 201),
    );
  }
  return userId;
}

/** Seeds the venue, its products and a few contracts once; returns the lines npm start prints. */
export async function seedPrepaidDemo(p: Platform): Promise<string[]> {
  if (!p.embeddedBank) return [];
  const existing = await p.db.query<{ id: string }>('SELECT id FROM merchants WHERE name = ?', [
    PREPAID_DEMO_VENUE,
  ]);
  if (existing.length) return [`  Prepaid demo  ${PREPAID_DEMO_VENUE} (already seeded)`];
  const system = { type: 'system' as const, id: 'seed' };
  const venue = await p.services.funding.createMerchant(system, {
    name: PREPAID_DEMO_VENUE,
    category: 'sports',
  });
  await p.openEmbeddedMerchantWallets();
  const ids = await seedPrepaidAdmins(p, venue.id, new Date());
  const operator: VenueOperator = { type: 'admin', id: ids.venue };
  await onboardVenue(p, operator, venue.id);
  const bought = await sellDemoContracts(p, await createDemoProducts(p, operator, venue.id));
  await writeOffDemoClasses(p, operator, venue.id, bought);
  return [
    `  Prepaid demo  ${PREPAID_DEMO_VENUE}: ${bought.length} contracts in e-CNY contract wallets (citizens ${PREPAID_DEMO_PHONES.join(', ')})`,
    `    logins: ${PREPAID_DEMO_ADMINS.map((a) => `${a.username} / ${a.password} (${a.roles.join(',')})`).join('; ')}`,
  ];
}

type VenueOperator = { type: 'admin'; id: string };
type PrepaidService = Platform['services']['prepaid'];
type DemoProducts = {
  pack: Awaited<ReturnType<PrepaidService['createProduct']>>;
  month: Awaited<ReturnType<PrepaidService['createProduct']>>;
};
type DemoContract = { userId: string; id: string };

/** The venue's front desk and the two regulators; a username already taken is left as it is. */
async function seedPrepaidAdmins(p: Platform, venueId: string, now: Date) {
  const ids: Record<string, string> = {};
  for (const a of PREPAID_DEMO_ADMINS) {
    ids[a.username] = newId('adm');
    const taken = await p.db.query('SELECT id FROM admin_users WHERE username = ?', [a.username]);
    if (taken.length) continue;
    await insertAdminUser(
      p.db,
      {
        id: ids[a.username],
        username: a.username,
        password_hash: await hashPassword(a.password),
        display_name: a.name,
        roles: a.roles,
        merchant_id: a.username === 'venue' ? venueId : null,
      },
      now,
    );
  }
  return ids;
}

/** The venue applies for prepaid sales and the demo approver (a second person) approves it. */
async function onboardVenue(p: Platform, operator: VenueOperator, venueId: string) {
  const approver = (
    await p.db.query<{ id: string }>("SELECT id FROM admin_users WHERE username = 'approver'")
  )[0];
  await p.services.prepaid.apply(operator, venueId, {
    rule_id: 'rule_sh_fitness',
    licence_since: '2023-05-01',
    credit_status: 'normal',
    revenue_last_year_fen: 180_000_000,
    escrow_tier: 'scale',
  });
  await p.services.prepaid.review({ type: 'admin', id: approver?.id ?? 'seed-approver' }, venueId, {
    approve: true,
    comment: '营业执照、场地租赁合同已核验，信用良好',
  });
}

async function createDemoProducts(
  p: Platform,
  operator: VenueOperator,
  venueId: string,
): Promise<DemoProducts> {
  const pack = await p.services.prepaid.createProduct(operator, venueId, {
    kind: 'class_pack',
    name: '羽毛球私教 10 次课',
    unit_price_fen: 4_000,
    units: 10,
  });
  const month = await p.services.prepaid.createProduct(operator, venueId, {
    kind: 'membership',
    name: '羽毛球馆月卡（30 天）',
    price_fen: 30_000,
    duration_days: 30,
  });
  return { pack, month };
}

/** Each demo citizen buys and pays with e-CNY: the first two the class pack, the third the month. */
async function sellDemoContracts(p: Platform, products: DemoProducts): Promise<DemoContract[]> {
  const store = createMemoryIdempotencyStore(p.db);
  const bought: DemoContract[] = [];
  for (const [i, phone] of PREPAID_DEMO_PHONES.entries()) {
    const userId = await demoCitizen(p, phone, store);
    const product = i === 2 ? products.month : products.pack;
    const c = await p.services.prepaid.buy(
      userId,
      product.id,
      new IdempotencyTicket(store, `citizen:${userId}`, `demo-buy-${i}`, 'seed', 201),
    );
    await p.services.prepaid.pay(
      userId,
      c.id,
      new IdempotencyTicket(store, `citizen:${userId}`, `demo-pay-${i}`, 'seed', 201),
    );
    bought.push({ userId, id: c.id });
  }
  return bought;
}

/** Citizen 1: three classes taken and confirmed, a fourth waiting for them to confirm. Citizen 2: one. */
async function writeOffDemoClasses(
  p: Platform,
  operator: VenueOperator,
  venueId: string,
  bought: DemoContract[],
) {
  const prepaid = p.services.prepaid;
  for (const [seq, confirmIt] of [
    [1, true],
    [2, true],
    [3, true],
    [4, false],
  ] as const) {
    const w = await prepaid.writeOff(operator, venueId, bought[0].id, { seq, units: 1 });
    if (confirmIt) await prepaid.confirm(bought[0].userId, bought[0].id, w.write_off.id);
  }
  const w = await prepaid.writeOff(operator, venueId, bought[1].id, { seq: 1, units: 1 });
  await prepaid.confirm(bought[1].userId, bought[1].id, w.write_off.id);
}
