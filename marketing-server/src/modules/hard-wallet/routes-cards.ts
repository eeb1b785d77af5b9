import { z } from 'zod';
import { actorOf, citizenId, type RouteKit } from '../../http/router-kit';
import { DEFAULT_PARAMS } from './params';
import * as R from './responses';
import type { HardWalletService } from './service';

// Admin routes of cards: parameters, batches, issue/bind/freeze, loss, replace, cancel; and
// the citizen's own cards (balance as last confirmed, load, unload, report lost).

const OFFICER = ['ecny_officer'] as const;
const READERS = ['ecny_officer', 'auditor'] as const;
const Id = z.strictObject({ id: z.string().min(1).max(40) });
const CardNo = z.string().regex(/^\d{8,20}$/);
const Amount = z.number().int().positive().max(1_000_000);

export function registerCardRoutes(kit: RouteKit, hw: HardWalletService) {
  registerBatchRoutes(kit, hw);
  registerCardLifeRoutes(kit, hw);
  registerCardStateRoutes(kit, hw);
  registerLossRoutes(kit, hw);
  registerCloseRoutes(kit, hw);
  registerMyCardRoutes(kit, hw);
  registerMySubsidyRoutes(kit, hw);
}

function registerBatchRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/params',
    summary: 'Card caps by media type, KYC level and issuer',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.Params },
    handler: async () => ({ status: 200, body: { items: await hw.listParams(), defaults: DEFAULT_PARAMS } }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/batches',
    summary: 'Card production batches',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.BatchList },
    handler: async () => ({ status: 200, body: { items: await hw.listBatches() } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/batches',
    summary: 'Order a production batch (number range, chip OS, key version)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    responses: { 201: R.Batch },
    body: z.strictObject({
      beg_no: CardNo,
      end_no: CardNo,
      media_type: z.enum(['card', 'visual_card', 'wearable', 'sim']),
      issuer: z.string().min(1).max(40),
      cos_version: z.string().min(1).max(16),
      key_version: z.number().int().min(1).max(255),
      valid_until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      deposit_fen: z.number().int().min(0).max(100_000),
    }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.createBatch(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/batches/:id/personalize',
    summary: 'Personalise a batch (keys and caps written to the chips)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Batch },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.personalizeBatch(actorOf(principal), params.id),
    }),
  });
}

function registerCardLifeRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/cards',
    summary: 'Cards (holder data masked)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    responses: { 200: R.CardList },
    query: z.strictObject({
      status: z.string().max(16).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    handler: async ({ query }) => ({ status: 200, body: { items: await hw.listCards(query) } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/issue',
    summary: 'Issue a card to a holder (real-name or anonymous), bound if a soft wallet is given',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    responses: { 201: R.Card },
    body: z.strictObject({
      card_no: CardNo,
      holder_kind: z.enum(['real_name', 'anonymous']),
      holder_user_id: z.string().max(40).optional(),
      holder_name: z.string().min(1).max(40).optional(),
      kyc_level: z.enum(['1', '2', '3', '4', 'anon']),
      soft_wallet_id: z.string().min(4).max(32).optional(),
      /** The branch or vending machine the card is issued at (from its stock). */
      location_id: z.string().min(1).max(40),
    }),
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await hw.issueCard(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/bind',
    summary: 'Bind an issued card to a soft wallet',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Card },
    body: z.strictObject({ soft_wallet_id: z.string().min(4).max(32) }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.bindCard(actorOf(principal), params.id, body.soft_wallet_id),
    }),
  });
}

function registerCardStateRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/freeze',
    summary: 'Freeze or unfreeze a card',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Card },
    body: z.strictObject({ frozen: z.boolean() }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.freezeCard(actorOf(principal), params.id, body.frozen),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/cards/:id/orders',
    summary: "A card's loads and unloads",
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: READERS },
    params: Id,
    responses: { 200: R.CardOrderList },
    handler: async ({ params }) => ({ status: 200, body: { items: await hw.listOrders(params.id) } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/orders',
    summary: 'Load (圈存) or unload (圈提) a card at the counter (a bank order)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    idempotent: { status: 201 },
    responses: { 201: R.CardOrder },
    body: z.strictObject({ direction: z.enum(['load', 'unload']), amount_fen: Amount }),
    handler: async ({ params, body, principal, idempotency }) => ({
      status: 201,
      body: await hw.requestCardOrder(actorOf(principal), { card_id: params.id, ...body }, idempotency),
    }),
  });
}

function registerLossRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/loss',
    summary: 'Report a card lost (temporary or formal): blacklisted and off the doors at once',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Card },
    body: z.strictObject({ kind: z.enum(['temp', 'formal']) }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.reportLoss(actorOf(principal), params.id, body.kind),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/loss/revert',
    summary: 'The holder found the card: a temporary loss is lifted',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Card },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.revertLoss(actorOf(principal), params.id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/replace',
    summary: 'Replace a formally lost card (the confirmed balance follows after the quiet period)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Replaced },
    body: z.strictObject({ new_card_no: CardNo, location_id: z.string().min(1).max(40) }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.replaceCard(actorOf(principal), params.id, body.new_card_no, body.location_id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/cancel',
    summary: 'Cancel a card present at the counter (unloaded to its soft wallet first)',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Cancelled },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.cancelCard(actorOf(principal), params.id),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/hard-wallet/blacklist',
    summary: 'Cards on the blacklist pushed to terminals, with its version',
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: [...READERS, 'registrar'] },
    responses: { 200: R.ListEntries },
    handler: async () => ({ status: 200, body: await hw.blacklist() }),
  });
}

/** A closing card's refund or transfer the bank refused finally is held until an officer retries it. */
function registerCloseRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'post',
    path: '/admin/hard-wallet/cards/:id/refund/retry',
    summary:
      "Retry a closing card's refund or transfer the bank refused (held until then); a refund may go to another of the holder's soft wallets",
    tags: ['hard-wallet'],
    auth: { kind: 'admin', roles: OFFICER },
    params: Id,
    responses: { 200: R.Card },
    body: z.strictObject({
      /** Another soft wallet of the holder's (the operator confirms the owner); default: the bound one. */
      soft_wallet_id: z.string().min(4).max(32).optional(),
    }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.retryClose(actorOf(principal), params.id, body.soft_wallet_id),
    }),
  });
}

function registerMyCardRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/me/hard-wallets',
    summary: 'My hard-wallet cards (balance as last confirmed)',
    tags: ['hard-wallet'],
    auth: { kind: 'citizen' },
    responses: { 200: R.CardList },
    handler: async ({ principal }) => ({
      status: 200,
      body: { items: await hw.listCards({ holder_user_id: citizenId(principal), limit: 50 }) },
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/hard-wallets/:id/orders',
    summary: 'Load my card from my soft wallet, or unload it back',
    tags: ['hard-wallet'],
    auth: { kind: 'citizen' },
    params: Id,
    idempotent: { status: 201 },
    responses: { 201: R.CardOrder },
    body: z.strictObject({ direction: z.enum(['load', 'unload']), amount_fen: Amount }),
    handler: async ({ params, body, principal, idempotency }) => ({
      status: 201,
      body: await hw.requestCardOrder(
        actorOf(principal),
        { card_id: params.id, ...body, holder_user_id: citizenId(principal) },
        idempotency,
      ),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/hard-wallets/:id/orders',
    summary: "My card's loads, unloads and refunds (newest first)",
    tags: ['hard-wallet'],
    auth: { kind: 'citizen' },
    params: Id,
    responses: { 200: R.CardOrderList },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: { items: await hw.listOrders(params.id, citizenId(principal)) },
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/hard-wallets/:id/loss',
    summary: 'Report my card lost (temporary: lifted after 24 h unless made formal)',
    tags: ['hard-wallet'],
    auth: { kind: 'citizen' },
    params: Id,
    responses: { 200: R.Card },
    body: z.strictObject({ kind: z.enum(['temp', 'formal']) }),
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await hw.reportLoss(actorOf(principal), params.id, body.kind, citizenId(principal)),
    }),
  });
}

function registerMySubsidyRoutes(kit: RouteKit, hw: HardWalletService) {
  kit.route({
    method: 'get',
    path: '/me/hard-wallet-orders/:id',
    summary: 'One of my loads or unloads',
    tags: ['hard-wallet'],
    auth: { kind: 'citizen' },
    params: Id,
    responses: { 200: R.CardOrder },
    handler: async ({ params, principal }) => ({
      status: 200,
      body: await hw.getOrder(params.id, citizenId(principal)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/park/subsidy',
    summary: 'My meal subsidy: balance and bill',
    tags: ['park'],
    auth: { kind: 'citizen' },
    responses: { 200: R.SubsidyBill },
    handler: async ({ principal }) => ({ status: 200, body: await hw.subsidyBill(citizenId(principal)) }),
  });
}
