import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import * as R from './responses';
import type { HardWalletService } from './service';

// The closed park: organisations, departments, canteens, staff badges, door whitelists, the subsidy
// fund (maker-checker on money in) and monthly subsidy runs (maker-checker on money out).

const Id = z.strictObject({ id: z.string().min(1).max(40) });
const READERS = ['registrar', 'funder', 'auditor'] as const;
const Window = z.strictObject({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
});

export function registerParkRoutes(kit: RouteKit, hw: HardWalletService) {
  registerOrgRoutes(kit, hw);
  registerStaffRoutes(kit, hw);
  registerFundRoutes(kit, hw);
  registerRunRoutes(kit, hw);
}

function registerOrgRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/park/orgs',
    summary: 'Park organisations with departments, canteens and fund',
    tags: ['park'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Orgs },
    handler: async () => ({ status: 200, body: { items: await hw.listOrgs() } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/orgs',
    summary: 'Create a park organisation and its departments',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['registrar'] },
    responses: { 201: R.Org },
    body: z.strictObject({
      name: z.string().min(1).max(80),
      departments: z.array(z.string().min(1).max(80)).min(1).max(50),
    }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.createOrg(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/orgs/:id/canteens',
    summary: "Name a merchant as one of the organisation's canteens",
    tags: ['park'],
    auth: { kind: 'admin', roles: ['registrar'] },
    params: Id,
    responses: { 200: R.Org },
    body: z.strictObject({ merchant_id: z.string().min(1).max(40) }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.addCanteen(actorOf(principal), params.id, body.merchant_id),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/park/orgs/:id/whitelist',
    summary: "The organisation's door whitelist with its version",
    tags: ['park'],
    auth: { kind: 'admin', roles: READERS },
    params: Id,
    responses: { 200: R.ListEntries },
    handler: async ({ params }) => ({ status: 200, body: await hw.whitelist(params.id) }),
  });
}

function registerStaffRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/park/orgs/:id/staff',
    summary: 'Staff with their badges (names masked)',
    tags: ['park'],
    auth: { kind: 'admin', roles: READERS },
    params: Id,
    responses: { 200: R.StaffList },
    handler: async ({ params }) => ({ status: 200, body: { items: await hw.listStaff(params.id) } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/orgs/:id/staff',
    summary: 'Onboard a staff member: badge issued, bound and on the doors',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['registrar'] },
    params: Id,
    responses: { 201: R.Staff },
    body: z.strictObject({
      department_id: z.string().min(1).max(40),
      name: z.string().min(1).max(40),
      user_id: z.string().max(40).optional(),
      card_no: z.string().regex(/^\d{8,20}$/),
      soft_wallet_id: z.string().min(4).max(32),
      /** Where the badge is taken from (default: the warehouse). */
      location_id: z.string().min(1).max(40).optional(),
    }),
    handler: async ({ params, body, principal }) => ({
      status: 201,
      body: await hw.onboardStaff(actorOf(principal), { ...body, org_id: params.id }),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/staff/:id/offboard',
    summary: 'Offboard in one step: doors revoked, subsidy returned, balance unloaded, card cancelled',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['registrar'] },
    params: Id,
    responses: { 200: R.Offboarded },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.offboard(actorOf(principal), params.id),
    }),
  });
}

function registerFundRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/park/orgs/:id/deposits',
    summary: "Record money into the organisation's subsidy fund (a second funder confirms)",
    tags: ['park'],
    auth: { kind: 'admin', roles: ['funder'] },
    params: Id,
    idempotent: { status: 201 },
    responses: { 201: R.Deposit },
    body: z.strictObject({
      amount_fen: z.number().int().positive().max(10_000_000_000),
      reference: z.string().min(1).max(80),
    }),
    handler: async ({ params, body, principal, idempotency }) => ({
      status: 201,
      body: await hw.recordDeposit(actorOf(principal), params.id, body, idempotency),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/deposits/:id/confirm',
    summary: 'Confirm a recorded fund deposit (not the person who recorded it)',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['funder'] },
    params: Id,
    responses: { 200: R.Deposit },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.confirmDeposit(actorOf(principal), params.id),
    }),
  });
}

function registerRunRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/park/subsidy-runs',
    summary: 'Meal subsidy runs',
    tags: ['park'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Runs },
    query: z.strictObject({ org_id: z.string().max(40).optional() }),
    handler: async ({ query }) => ({ status: 200, body: { items: await hw.listRuns(query.org_id) } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/subsidy-runs',
    summary: 'Draft a monthly meal subsidy run (a second funder approves it)',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['funder'] },
    responses: { 201: R.Run },
    body: z.strictObject({
      org_id: z.string().min(1).max(40),
      month: z.string().regex(/^\d{4}-\d{2}$/),
      amount_per_staff_fen: z.number().int().positive().max(1_000_000),
      windows: z.array(Window).min(1).max(6).optional(),
      return_rule: z.enum(['return', 'carry']),
    }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.createRun(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/subsidy-runs/:id/approve',
    summary: 'Approve and post a subsidy run: one grant per active badge',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['funder'] },
    params: Id,
    responses: { 200: R.Run },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.approveRun(actorOf(principal), params.id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/park/subsidy-runs/:id/close',
    summary: 'Close a run: unspent subsidy returned by its rule',
    tags: ['park'],
    auth: { kind: 'admin', roles: ['funder'] },
    params: Id,
    responses: { 200: R.Run },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.closeRun(actorOf(principal), params.id),
    }),
  });
}
