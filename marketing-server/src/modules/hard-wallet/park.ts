import { accounts, balanceOf, post } from '../ledger';
import { maskName } from '../../masking/mask';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339 } from '../../shared/time';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { recordAudit, type Actor } from '../audit';
import { cardById, issueCard } from './cards';
import { num, type HwDeps } from './deps';
import { grantDoors, revokeDoors } from './doors';
import { entriesOf, whitelistOf } from './lists';
import { cancelPresent } from './loss';
import { returnUnspentOfCard } from './subsidies';

// The closed park (SPECS §B5): an organisation with departments and staff; one badge per staff
// member = hard-wallet card + door credential (the card serial on the organisation's versioned door
// whitelist); its canteen merchants; the fund it pays meal subsidies from (maker-checker on money in);
// offboarding in one step.

export async function createOrg(deps: HwDeps, actor: Actor, b: { name: string; departments: string[] }) {
  const id = newId('porg');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await sql.exec('INSERT INTO park_orgs (id, name, created_at) VALUES (?,?,?)', [id, b.name, now]);
    for (const d of b.departments)
      await sql.exec('INSERT INTO park_departments (id, org_id, name, created_at) VALUES (?,?,?,?)', [
        newId('pdep'),
        id,
        d,
        now,
      ]);
    await recordAudit(
      sql,
      { actor, action: 'park_org.create', entity_type: 'park_org', entity_id: id, changes: b },
      now,
    );
  });
  return orgDto(deps, id);
}

export async function orgDto(deps: HwDeps, id: string) {
  const o = (
    await deps.db.query<{ id: string; name: string; created_at: Date }>(
      'SELECT * FROM park_orgs WHERE id = ?',
      [id],
    )
  )[0];
  if (!o) throw notFound('园区单位');
  const deps2 = await deps.db.query<{ id: string; name: string }>(
    'SELECT id, name FROM park_departments WHERE org_id = ? ORDER BY name',
    [id],
  );
  const staff = await deps.db.query<{ department_id: string; status: string; n: unknown }>(
    'SELECT department_id, status, COUNT(*) AS n FROM park_staff WHERE org_id = ? GROUP BY department_id, status',
    [id],
  );
  const canteens = await deps.db.query<{ merchant_id: string }>(
    'SELECT merchant_id FROM park_canteens WHERE org_id = ?',
    [id],
  );
  return {
    id: o.id,
    name: o.name,
    departments: deps2.map((d) => ({
      id: d.id,
      name: d.name,
      active_staff: num(staff.find((s) => s.department_id === d.id && s.status === 'active')?.n),
    })),
    canteen_merchant_ids: canteens.map((c) => c.merchant_id),
    fund_balance_fen: await balanceOf(deps.db, accounts.parkFund(o.id)),
    whitelist_version: (await entriesOf(deps.db, whitelistOf(o.id))).version,
    created_at: toRfc3339(o.created_at)!,
  };
}

export async function listOrgs(deps: HwDeps) {
  const rows = await deps.db.query<{ id: string }>('SELECT id FROM park_orgs ORDER BY created_at');
  return Promise.all(rows.map((r) => orgDto(deps, r.id)));
}

export async function addCanteen(deps: HwDeps, actor: Actor, orgId: string, merchantId: string) {
  const m = await deps.db.query('SELECT id FROM merchants WHERE id = ?', [merchantId]);
  if (!m.length) throw notFound('商户');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    await sql.exec('INSERT INTO park_canteens (id, org_id, merchant_id, created_at) VALUES (?,?,?,?)', [
      newId('pcan'),
      orgId,
      merchantId,
      now,
    ]);
    await recordAudit(
      sql,
      {
        actor,
        action: 'park_org.canteen',
        entity_type: 'park_org',
        entity_id: orgId,
        changes: { merchant_id: merchantId },
      },
      now,
    );
  });
  return orgDto(deps, orgId);
}

export type StaffInput = {
  org_id: string;
  department_id: string;
  name: string;
  user_id?: string;
  card_no: string;
  soft_wallet_id: string;
  /** Where the badge is taken from (default: the warehouse, the park's badges are issued centrally). */
  location_id?: string;
};

/** A new staff member: the badge is issued real-name, bound to their soft wallet, and on the doors. */
export async function onboardStaff(deps: HwDeps, actor: Actor, s: StaffInput) {
  const dep = await deps.db.query('SELECT id FROM park_departments WHERE id = ? AND org_id = ?', [
    s.department_id,
    s.org_id,
  ]);
  if (!dep.length) throw notFound('部门');
  const id = newId('pstf');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const card = await issueCard(
      deps,
      actor,
      {
        card_no: s.card_no,
        holder_kind: 'real_name',
        holder_user_id: s.user_id,
        holder_name: s.name,
        kyc_level: '2',
        soft_wallet_id: s.soft_wallet_id,
        location_id: s.location_id ?? 'warehouse',
      },
      sql,
    );
    await sql.exec(
      'INSERT INTO park_staff (id, org_id, department_id, name, user_id, card_id, status, created_at) VALUES (?,?,?,?,?,?,?,?)',
      [id, s.org_id, s.department_id, s.name, s.user_id ?? null, card.id, 'active', now],
    );
    await grantDoors(sql, card, 'onboard', now);
    await recordAudit(
      sql,
      {
        actor,
        action: 'park_staff.onboard',
        entity_type: 'park_staff',
        entity_id: id,
        changes: { org_id: s.org_id, card_no: s.card_no },
      },
      now,
    );
  });
  return staffDto(deps, id);
}

type StaffRow = {
  id: string;
  org_id: string;
  department_id: string;
  name: string;
  user_id: string | null;
  card_id: string | null;
  status: string;
  created_at: Date;
  offboarded_at: Date | null;
};

export async function staffDto(deps: HwDeps, id: string) {
  const s = (await deps.db.query<StaffRow>('SELECT * FROM park_staff WHERE id = ?', [id]))[0];
  if (!s) throw notFound('员工');
  const card = s.card_id ? await cardById(deps.db, s.card_id) : null;
  return {
    id: s.id,
    org_id: s.org_id,
    department_id: s.department_id,
    name_masked: maskName(s.name),
    status: s.status,
    card_id: s.card_id,
    card_no: card?.card_no ?? null,
    card_status: card?.status ?? null,
    wallet_balance_fen: card ? await balanceOf(deps.db, accounts.hwCard(card.id)) : 0,
    subsidy_balance_fen: card ? await balanceOf(deps.db, accounts.hwSubsidy(card.id)) : 0,
    created_at: toRfc3339(s.created_at)!,
    offboarded_at: toRfc3339(s.offboarded_at),
  };
}

export async function listStaff(deps: HwDeps, orgId: string) {
  const rows = await deps.db.query<{ id: string }>(
    'SELECT id FROM park_staff WHERE org_id = ? ORDER BY created_at LIMIT 500',
    [orgId],
  );
  return Promise.all(rows.map((r) => staffDto(deps, r.id)));
}

/**
 * Offboarding in one step: doors revoked and unspent subsidy returned in one transaction, then the
 * badge's chip balance unloaded to the soft wallet and the card cancelled (offline spends still on
 * their way are booked from what stays confirmed; the rest is refunded after the quiet period).
 */
export async function offboard(deps: HwDeps, actor: Actor, staffId: string) {
  const now = deps.clock.now();
  const s = (await deps.db.query<StaffRow>('SELECT * FROM park_staff WHERE id = ?', [staffId]))[0];
  if (!s) throw notFound('员工');
  if (s.status !== 'active') throw refused('STAFF_NOT_ACTIVE', '该员工已离职');
  await deps.db.tx(async (sql) => {
    const moved = await sql.exec(
      "UPDATE park_staff SET status = 'offboarded', offboarded_at = ? WHERE id = ? AND status = 'active'",
      [now, staffId],
    );
    if (moved.affectedRows !== 1) throw refused('STAFF_NOT_ACTIVE', '该员工已离职');
    if (s.card_id) {
      const card = await cardById(sql, s.card_id, true);
      await revokeDoors(sql, card, 'offboard', now);
      await returnUnspentOfCard(sql, card.id, now);
    }
    await recordAudit(
      sql,
      { actor, action: 'park_staff.offboard', entity_type: 'park_staff', entity_id: staffId, changes: {} },
      now,
    );
  });
  const closed = s.card_id ? await cancelPresent(deps, actor, s.card_id, 'offboard') : null;
  return { staff: await staffDto(deps, staffId), unload_order_id: closed?.order_id ?? null };
}

export async function whitelist(deps: HwDeps, orgId: string) {
  return entriesOf(deps.db, whitelistOf(orgId));
}

/** Money into the organisation's subsidy fund: one person records the transfer, another confirms it. */
export async function recordDeposit(
  deps: HwDeps,
  actor: Actor,
  orgId: string,
  b: { amount_fen: number; reference: string },
  ticket?: IdempotencyTicket | null,
) {
  await orgDto(deps, orgId);
  const id = newId('pdp');
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    if (ticket)
      await ticket.record(
        sql,
        {
          id,
          org_id: orgId,
          amount_fen: b.amount_fen,
          reference: b.reference,
          status: 'recorded',
          created_at: toRfc3339(now),
        },
        now,
      );
    await sql.exec(
      "INSERT INTO park_fund_deposits (id, org_id, amount_fen, reference, status, recorded_by, created_at, updated_at) VALUES (?,?,?,?,'recorded',?,?,?)",
      [id, orgId, b.amount_fen, b.reference, actor.id, now, now],
    );
    await recordAudit(
      sql,
      { actor, action: 'park_fund.record', entity_type: 'park_fund_deposit', entity_id: id, changes: b },
      now,
    );
  });
  return depositDto(deps, id);
}

export async function confirmDeposit(deps: HwDeps, actor: Actor, id: string) {
  const now = deps.clock.now();
  await deps.db.tx(async (sql) => {
    const d = (
      await sql.query<{ org_id: string; amount_fen: unknown; recorded_by: string; status: string }>(
        'SELECT * FROM park_fund_deposits WHERE id = ?',
        [id],
      )
    )[0];
    if (!d) throw notFound('入账记录');
    if (d.recorded_by === actor.id) throw refused('SAME_PERSON', '入账须由另一人复核');
    const moved = await sql.exec(
      "UPDATE park_fund_deposits SET status = 'confirmed', confirmed_by = ?, updated_at = ? WHERE id = ? AND status = 'recorded'",
      [actor.id, now, id],
    );
    if (moved.affectedRows !== 1) throw refused('DEPOSIT_NOT_PENDING', '该入账已复核');
    await post(
      sql,
      {
        kind: 'park_fund_deposit',
        ref_id: id,
        transfers: [
          { source: accounts.world, destination: accounts.parkFund(d.org_id), amount_fen: num(d.amount_fen) },
        ],
      },
      now,
    );
    await recordAudit(
      sql,
      { actor, action: 'park_fund.confirm', entity_type: 'park_fund_deposit', entity_id: id, changes: {} },
      now,
    );
  });
  return depositDto(deps, id);
}

async function depositDto(deps: HwDeps, id: string) {
  const d = (
    await deps.db.query<Record<string, unknown>>('SELECT * FROM park_fund_deposits WHERE id = ?', [id])
  )[0];
  return {
    id: String(d.id),
    org_id: String(d.org_id),
    amount_fen: num(d.amount_fen),
    reference: String(d.reference),
    status: String(d.status),
    created_at: toRfc3339(d.created_at as Date)!,
  };
}
