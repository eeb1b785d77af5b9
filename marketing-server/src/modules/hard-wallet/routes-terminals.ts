import type { Context } from 'koa';
import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import * as R from './responses';
import type { HardWalletService } from './service';

// The terminals' own API (signed with the terminal key for sign-on, the session key after) and the
// TMS admin routes: registration, the terminal list with live versions, alerts, roll-out, offline
// batches and the exception queue (maker-checker).

const Id = z.strictObject({ id: z.string().min(1).max(40) });
const READERS = ['registrar', 'ecny_officer', 'auditor'] as const;
const Versions = {
  program_version: z.string().min(1).max(16),
  param_version: z.number().int().min(0),
  blacklist_version: z.number().int().min(0),
  whitelist_version: z.number().int().min(0),
};
const Record_ = z.strictObject({
  card_no: z.string().min(1).max(20),
  offline_counter: z.number().int().min(1),
  online_counter: z.number().int().min(0),
  amount_fen: z.number().int().positive().max(10_000_000),
  balance_before_fen: z.number().int().min(0),
  balance_after_fen: z.number().int(),
  terminal_no: z.string().min(1).max(20),
  terminal_seq: z.number().int().min(1),
  occurred_at: z.string().datetime({ offset: true }),
  tac: z.string().min(1).max(32),
});

const terminalOf = (hw: HardWalletService, ctx: Context, signOn = false) =>
  hw.authenticateTerminal((h) => ctx.get(h), String(ctx.state.rawBody ?? ''), signOn);

export function registerTerminalRoutes(kit: RouteKit, hw: HardWalletService) {
  registerDeviceRoutes(kit, hw);
  registerDeviceMoneyRoutes(kit, hw);
  registerTmsRoutes(kit, hw);
  registerTmsReadRoutes(kit, hw);
  registerExceptionRoutes(kit, hw);
}

function registerDeviceRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/terminals/sign-on',
    summary: 'Terminal sign-on (signed with its terminal key): session key, batch number, deltas',
    tags: ['hard-wallet-terminals'],
    auth: { kind: 'none' },
    body: z.strictObject(Versions),
    responses: { 200: R.SignOn },
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await hw.signOn(await terminalOf(hw, ctx, true), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/terminals/heartbeat',
    summary: 'Terminal heartbeat: versions applied (acknowledging deltas), records not yet uploaded',
    tags: ['hard-wallet-terminals'],
    auth: { kind: 'none' },
    responses: { 200: R.Heartbeat },
    body: z.strictObject({
      ...Versions,
      batch_no: z.number().int().min(0),
      unuploaded_count: z.number().int().min(0),
    }),
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await hw.heartbeat(await terminalOf(hw, ctx), body),
    }),
  });
}

function registerDeviceMoneyRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/terminals/offline-batches',
    summary: 'Upload offline records (idempotent by card counter and terminal sequence)',
    tags: ['hard-wallet-terminals'],
    auth: { kind: 'none' },
    responses: { 200: R.Ingest },
    body: z.strictObject({
      batch_no: z.number().int().min(0),
      upload_no: z.number().int().min(0),
      records: z.array(Record_).max(200),
    }),
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await hw.ingestBatch(await terminalOf(hw, ctx), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/terminals/subsidy-payments',
    summary: 'Online meal-subsidy payment at a canteen terminal (a resent payment_no gets the first answer)',
    tags: ['hard-wallet-terminals'],
    auth: { kind: 'none' },
    responses: { 200: R.SubsidySpend },
    body: z.strictObject({
      card_no: z.string().min(1).max(20),
      amount_fen: z.number().int().positive().max(100_000),
      payment_no: z.string().min(1).max(48),
      occurred_at: z.string().datetime({ offset: true }),
    }),
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await hw.spendSubsidy(await terminalOf(hw, ctx), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/terminals/card-sales',
    summary: 'A vending machine sells an anonymous card from its own stock (a resend answers the same sale)',
    tags: ['hard-wallet-terminals'],
    auth: { kind: 'none' },
    responses: { 200: R.Card },
    body: z.strictObject({ card_no: z.string().regex(/^\d{8,20}$/) }),
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await hw.sellAtMachine(await terminalOf(hw, ctx), body.card_no),
    }),
  });
}

function registerTmsRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/terminals',
    summary: 'Register a terminal under a merchant/store (its key is shown once)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: ['registrar'] },
    responses: { 201: R.RegisteredTerminal },
    body: z.strictObject({
      terminal_no: z.string().regex(/^[A-Z0-9]{6,20}$/),
      kind: z.enum(['pos', 'canteen_pos', 'vending', 'door']),
      merchant_id: z.string().min(1).max(40),
      store_name: z.string().min(1).max(80),
      org_id: z.string().max(40).optional(),
    }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.registerTerminal(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/terminals/rollout',
    summary: 'Staged roll-out of a program version to a share of one kind of terminal',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: ['registrar'] },
    responses: { 200: R.Rollout },
    body: z.strictObject({
      kind: z.enum(['pos', 'canteen_pos', 'vending', 'door']),
      version: z.string().min(1).max(16),
      percent: z.number().int().min(1).max(100),
    }),
    handler: async ({ body, principal }) => ({
      status: 200,
      body: await hw.rollout(actorOf(principal), body),
    }),
  });
}

function registerTmsReadRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/merchant-options',
    summary: 'Merchants a terminal can be registered under (id and name)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: ['registrar'] },
    responses: { 200: R.MerchantOptions },
    handler: async () => ({ status: 200, body: { items: await hw.merchantOptions() } }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/terminals',
    summary: 'Terminals with their live versions and last heartbeat',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.TerminalList },
    handler: async () => ({ status: 200, body: { items: await hw.listTerminals() } }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/alerts',
    summary: 'Terminal alerts (offline, sequence gaps)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Alerts },
    query: z.strictObject({ status: z.enum(['open', 'resolved']).optional() }),
    handler: async ({ query }) => ({ status: 200, body: { items: await hw.listAlerts(query.status) } }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/offline-batches',
    summary: 'Offline batches as uploaded',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.OfflineBatches },
    handler: async () => ({ status: 200, body: { items: await hw.listOfflineBatches() } }),
  });
}

function registerExceptionRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/exceptions',
    summary: 'The exception queue of offline ingest',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Exceptions },
    query: z.strictObject({ status: z.enum(['open', 'proposed', 'accepted', 'rejected']).optional() }),
    handler: async ({ query }) => ({ status: 200, body: { items: await hw.listExceptions(query.status) } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/exceptions/:id/proposal',
    summary: 'Propose how an exception is settled (accept: book it; reject)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: ['ecny_officer'] },
    params: Id,
    responses: { 200: R.Exception },
    body: z.strictObject({ proposal: z.enum(['accept', 'reject']), comment: z.string().min(1).max(255) }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.proposeException(actorOf(principal), params.id, body.proposal, body.comment),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/exceptions/:id/decision',
    summary: 'A second person approves (or sends back) the proposal',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: ['ecny_officer'] },
    params: Id,
    responses: { 200: R.Exception },
    body: z.strictObject({ approve: z.boolean() }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.decideException(actorOf(principal), params.id, body.approve),
    }),
  });
}
