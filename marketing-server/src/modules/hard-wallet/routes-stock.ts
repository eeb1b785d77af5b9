import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import * as R from './responses';
import type { HardWalletService } from './service';

// Admin routes of blank-card stock: locations (warehouse, branches, vending machines), stock per
// location, and distribution orders (created → in transit → received; a short receipt is a
// discrepancy a second officer resolves).

const OFFICER = ['ecny_officer'] as const;
const READERS = ['ecny_officer', 'auditor'] as const;
const Id = z.strictObject({ id: z.string().min(1).max(40) });
const CardNo = z.string().regex(/^\d{8,20}$/);
const LocationId = z.string().min(1).max(40);

export function registerStockRoutes(kit: RouteKit, hw: HardWalletService) {
  registerLocationRoutes(kit, hw);
  registerDistributionRoutes(kit, hw);
  registerReceiptRoutes(kit, hw);
  registerCounterLoadRoutes(kit, hw);
}

/** 柜面圈存: an officer at a branch loads a card from cash or the holder's deposit account (a bank order). */
function registerCounterLoadRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/counter-loads',
    summary: "Load a card at a branch counter from cash or the holder's deposit account (a bank order)",
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    idempotent: { status: 201 },
    responses: { 201: R.CardOrder },
    body: z.strictObject({
      amount_fen: z.number().int().positive().max(1_000_000),
      funding: z.enum(['cash', 'deposit']),
      /** The branch the counter belongs to. */
      location_id: LocationId,
      deposit_account: z
        .string()
        .regex(/^\d{8,32}$/)
        .optional(),
    }),
    handler: async ({ params, body, principal, idempotency }) => ({
      status: 201,
      body: await hw.requestCounterLoad(actorOf(principal), { card_id: params.id, ...body }, idempotency),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/counter-loads/:id/receipt',
    summary: 'The receipt of a counter load (branch, officer, amount, funding, balance after, TAC)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    params: Id,
    responses: { 200: R.CounterLoadReceipt },
    handler: async ({ params }) => ({ status: 200, body: await hw.counterLoadReceipt(params.id) }),
  });
}

function registerLocationRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/locations',
    summary: 'Stock locations: the warehouse, bank branches, vending machines',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.LocationList },
    handler: async () => ({ status: 200, body: { items: await hw.listLocations() } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/locations',
    summary: 'Add a branch or a vending machine as a stock location',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    responses: { 201: R.Location },
    body: z.strictObject({
      kind: z.enum(['branch', 'vending']),
      name: z.string().trim().min(1).max(64),
      terminal_id: z.string().min(1).max(40).optional(),
    }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.createLocation(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/stock',
    summary: 'Blank-card stock per location (available, reserved, by state), in transit and written off',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Stock },
    handler: async () => ({ status: 200, body: await hw.stock() }),
  });
}

function registerDistributionRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/distributions',
    summary: 'Distribution orders of blank cards (newest first)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({
      status: z.enum(['created', 'in_transit', 'received', 'discrepancy', 'cancelled']).optional(),
    }),
    responses: { 200: R.DistributionList },
    handler: async ({ query }) => ({
      status: 200,
      body: { items: await hw.listDistributions(query.status) },
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/distributions',
    summary: 'Order blank cards moved between locations (a number range, or a quantity lowest numbers first)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    responses: { 201: R.Distribution },
    body: z
      .strictObject({
        from_location: LocationId,
        to_location: LocationId,
        beg_no: CardNo.optional(),
        end_no: CardNo.optional(),
        quantity: z.number().int().positive().max(5000).optional(),
        note: z.string().max(200).optional(),
      })
      .refine((b) => (b.beg_no !== undefined) === (b.end_no !== undefined), {
        message: '卡号段须同时给出起止号',
        path: ['end_no'],
      })
      .refine((b) => (b.beg_no !== undefined) !== (b.quantity !== undefined), {
        message: '须指定卡号段或数量（二选一）',
        path: ['quantity'],
      }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.createDistribution(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/distributions/:id/dispatch',
    summary: 'Dispatch a distribution order (another officer than its maker): its cards go in transit',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Distribution },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.dispatchDistribution(actorOf(principal), params.id),
    }),
  });
}

function registerReceiptRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/distributions/:id/cancel',
    summary: 'Cancel a distribution order not dispatched yet (its cards are free again)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Distribution },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.cancelDistribution(actorOf(principal), params.id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/distributions/:id/receive',
    summary:
      'Count the cards that arrived: the full count enters stock, a short one is held as a discrepancy',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Distribution },
    body: z.strictObject({
      received_count: z.number().int().min(0).max(5000),
      missing_card_nos: z.array(CardNo).max(5000).optional(),
      note: z.string().max(200).optional(),
    }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.receiveDistribution(actorOf(principal), params.id, body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/distributions/:id/resolve',
    summary:
      'Resolve a short receipt (another officer than the receiver): found, or the missing cards written off',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Distribution },
    body: z.strictObject({
      outcome: z.enum(['found', 'write_off']),
      missing_card_nos: z.array(CardNo).max(5000).optional(),
      note: z.string().trim().min(1).max(200),
    }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.resolveDistribution(actorOf(principal), params.id, body),
    }),
  });
}
