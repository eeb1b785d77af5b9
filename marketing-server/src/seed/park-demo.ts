import type { TerminalSimulator } from 'mocks';
import type { Platform } from '../platform';
import type { Actor } from '../modules/audit';

// Embedded mode's closed-park demo (issue 18): a government service centre with departments and
// staff, one badge each (hard wallet + door credential), a canteen POS, a vending machine and a door
// controller, a confirmed fund deposit and this month's meal subsidy run; then at every start-up a
// lunch rush: subsidy payments at the canteen (inside the lunch window), offline badge taps at the
// canteen and the vending machine uploaded late, shuffled and partly duplicated, and door taps.

const CLERK: Actor = { type: 'system', id: 'seed-park-clerk' };
const CHECKER: Actor = { type: 'system', id: 'seed-park-checker' };
const STAFF = ['陈建国', '林晓雯', '黄志强', '吴丽娟', '郑海波', '何美玲', '梁文杰', '罗秀英'];
const FIRST_CARD = 6210000000001;

/** Blank cards for a branch (received) and the vending machine (on its way), from the warehouse. */
async function stockBranch(hw: Platform['services']['hardWallet']) {
  const branch = await hw.createLocation(CLERK, { kind: 'branch', name: '天河支行网点' });
  const vending = await hw.createLocation(CLERK, { kind: 'vending', name: '政务中心大厅自助售卡机' });
  const toBranch = await hw.createDistribution(CLERK, {
    from_location: 'warehouse',
    to_location: branch.id,
    beg_no: String(FIRST_CARD + 14),
    end_no: String(FIRST_CARD + 19),
  });
  await hw.dispatchDistribution(CHECKER, toBranch.id);
  await hw.receiveDistribution(CLERK, toBranch.id, { received_count: toBranch.quantity });
  const toVending = await hw.createDistribution(CLERK, {
    from_location: 'warehouse',
    to_location: vending.id,
    beg_no: String(FIRST_CARD + 10),
    end_no: String(FIRST_CARD + 13),
  });
  await hw.dispatchDistribution(CHECKER, toVending.id);
}

type Demo = { org: string; canteen: string; vending: string; cardNos: string[] };

async function seedOnce(p: Platform): Promise<Demo | null> {
  const hw = p.services.hardWallet;
  const mock = p.services.hardWallet.embedded?.mock;
  if (!mock) return null;
  const existing = await p.db.query<{ id: string }>('SELECT id FROM park_orgs ORDER BY created_at LIMIT 1');
  const cardNos = STAFF.map((_, i) => String(FIRST_CARD + i));
  if (existing.length) {
    const m = await p.db.query<{ merchant_id: string; kind: string }>(
      'SELECT merchant_id, kind FROM hw_terminals WHERE org_id = ?',
      [existing[0].id],
    );
    return {
      org: existing[0].id,
      canteen: m.find((x) => x.kind === 'canteen_pos')!.merchant_id,
      vending: m.find((x) => x.kind === 'vending')!.merchant_id,
      cardNos,
    };
  }
  const canteen = await p.services.funding.createMerchant(CLERK, {
    name: '政务中心职工食堂',
    category: 'catering',
  });
  const vending = await p.services.funding.createMerchant(CLERK, {
    name: '政务中心自助售货机',
    category: 'supermarket',
  });
  await p.openEmbeddedMerchantWallets();
  const batch = await hw.createBatch(CLERK, {
    beg_no: String(FIRST_CARD),
    end_no: String(FIRST_CARD + 19),
    media_type: 'card',
    issuer: 'ICBC-GZ',
    cos_version: 'COS3.1',
    key_version: 1,
    valid_until: '2031-12-31',
    deposit_fen: 2000,
  });
  await hw.personalizeBatch(CLERK, batch.id);
  await stockBranch(hw);
  const org = await hw.createOrg(CLERK, {
    name: '广州市某区政务服务中心',
    departments: ['办公室', '行政审批科', '信息中心'],
  });
  await hw.addCanteen(CLERK, org.id, canteen.id);
  for (const [i, name] of STAFF.entries()) {
    const wallet = `SWPARK${String(i).padStart(4, '0')}`;
    mock.fundSoftWallet(wallet, 200_000);
    const s = await hw.onboardStaff(CLERK, {
      org_id: org.id,
      department_id: org.departments[i % 3].id,
      name,
      card_no: cardNos[i],
      soft_wallet_id: wallet,
    });
    await hw.requestCardOrder(CLERK, { card_id: s.card_id!, direction: 'load', amount_fen: 30_000 });
  }
  const dep = await hw.recordDeposit(CLERK, org.id, { amount_fen: 5_000_000, reference: '区财政局餐补拨款' });
  await hw.confirmDeposit(CHECKER, dep.id);
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  const run = await hw.createRun(CLERK, {
    org_id: org.id,
    month,
    amount_per_staff_fen: 40_000,
    return_rule: 'return',
  });
  await hw.approveRun(CHECKER, run.id);
  return { org: org.id, canteen: canteen.id, vending: vending.id, cardNos };
}

async function terminalsOf(p: Platform, d: Demo, apiBase: string) {
  // `mocks` is a dev dependency: the demo runs only where the simulators run in-process.
  const { TerminalSimulator, deriveTerminalKey } = await import('mocks');
  const hw = p.services.hardWallet;
  const sims: Record<string, TerminalSimulator> = {};
  for (const [kind, merchant, name] of [
    ['canteen_pos', d.canteen, '一楼食堂收银台'],
    ['vending', d.vending, '大厅售货机'],
    ['door', d.canteen, '东门门禁'],
  ] as const) {
    // A restart reuses the demo's terminals (their keys are derived from the issuer master key).
    const had = await p.db.query<{ terminal_no: string }>(
      'SELECT terminal_no FROM hw_terminals WHERE org_id = ? AND kind = ?',
      [d.org, kind],
    );
    const no =
      had[0]?.terminal_no ?? `PK${kind === 'canteen_pos' ? 'CAN' : kind === 'vending' ? 'VEN' : 'DOR'}0001`;
    const key = had.length
      ? deriveTerminalKey(p.config.hardWallet.masterKey, no)
      : (
          await hw.registerTerminal(CLERK, {
            terminal_no: no,
            kind,
            merchant_id: merchant,
            store_name: name,
            org_id: d.org,
          })
        ).terminal_key;
    sims[kind] = new TerminalSimulator({
      platformUrl: apiBase,
      cardsUrl: hw.backEndUrl,
      terminalNo: no,
      terminalKey: key,
      kind,
    });
    await sims[kind].signOn();
    await sims[kind].heartbeat();
  }
  return sims;
}

/** The lunch rush at start-up; returns the lines the server prints. */
export async function driveParkDemo(p: Platform, apiBase: string): Promise<string[]> {
  const d = await seedOnce(p);
  if (!d) return [];
  const sims = await terminalsOf(p, d, apiBase);
  let subsidies = 0;
  for (const no of d.cardNos.slice(0, 4)) {
    const r = await sims.canteen_pos.subsidyPayment(no, 1_500);
    if (r.status === 200) subsidies++; // refused outside the lunch window: the screen says why
  }
  let taps = 0;
  for (const [i, no] of d.cardNos.entries()) {
    if ((await sims.canteen_pos.tap(no, 1_200 + i * 100)).status === 200) taps++;
    if (i % 2 === 0 && (await sims.vending.tap(no, 450)).status === 200) taps++;
    sims.door.door(no);
  }
  const a = await sims.canteen_pos.upload({ shuffle: true, duplicateRate: 0.3 });
  const b = await sims.vending.upload({ shuffle: true });
  await sims.canteen_pos.heartbeat();
  return [
    `  Park demo    广州市某区政务服务中心: ${d.cardNos.length} badges, canteen POS ${sims.canteen_pos.opts.terminalNo}, vending ${sims.vending.opts.terminalNo}, door ${sims.door.opts.terminalNo}`,
    `               lunch: ${subsidies} subsidy payments (inside 11:00–13:30 only), ${taps} offline taps uploaded (applied ${Number(a.body.applied ?? 0) + Number(b.body.applied ?? 0)}, duplicates ignored ${Number(a.body.duplicates ?? 0)})`,
  ];
}
