import { z } from 'zod';
import { refused } from '../../shared/domain-error';
import * as R from './responses';
import { actorOf, citizenId, type RouteKit } from '../../http/router-kit';
import type { EcnyService } from './service';

const amount = z
  .number()
  .int('amount_fen must be an integer number of fen')
  .positive('amount_fen must be positive')
  .max(500_000_000);
const accountNo = z.string().regex(/^\d{8,32}$/, 'must be a deposit account number (8–32 digits)');
const exchangeBody = z.strictObject({ direction: z.enum(['out', 'back']), amount_fen: amount });
const page = {
  cursor: z.string().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};
const OFFICER = ['ecny_officer'] as const;
const READERS = ['ecny_officer', 'auditor'] as const;

const citizen = { kind: 'citizen' } as const;
/** The service, or 503 ECNY_NOT_CONFIGURED when this institution has no operator configured. */
type Svc = () => EcnyService;

function registerCitizenWalletRoutes(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'get',
    path: '/me/ecny/wallet',
    summary: 'My e-CNY wallet at this institution: tier, link, live balance and tier limits',
    tags: ['ecny'],
    responses: { 200: R.getMeEcnyWallet },
    auth: citizen,
    handler: async ({ principal }) => ({ status: 200, body: await svc().myWallet(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/ecny/wallet',
    summary:
      'Open my personal wallet (tier by what was verified: phone WL04, real name WL03, + own account WL02)',
    tags: ['ecny'],
    responses: { 201: R.postMeEcnyWallet },
    auth: citizen,
    body: z.strictObject({
      phone: z
        .string()
        .regex(/^1\d{10}$/, 'must be an 11-digit mainland mobile number')
        .optional(),
      account_no: accountNo.optional(),
      operator_id: z.string().min(1).max(32).optional(),
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await svc().openPersonal(citizenId(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/ecny/wallet/link',
    summary: 'Link my wallet to my deposit account here (433 银行账户挂接)',
    tags: ['ecny'],
    responses: { 200: R.postMeEcnyWalletLink },
    auth: citizen,
    body: z.strictObject({ account_no: accountNo }),
    handler: async ({ principal, body }) => ({
      status: 200,
      body: await svc().linkMine(citizenId(principal), body.account_no),
    }),
  });
}

function registerCitizenExchangeRoutes(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'post',
    path: '/me/ecny/exchanges',
    summary: '兑出 (deposit → wallet) or 兑回 (wallet → deposit); waits for the final state',
    tags: ['ecny'],
    responses: { 201: R.postMeEcnyExchanges },
    auth: citizen,
    body: exchangeBody,
    idempotent: { status: 201 },
    handler: async ({ principal, body, idempotency }) => ({
      status: 201,
      body: await svc().exchangeMine(citizenId(principal), body.direction, body.amount_fen, idempotency!),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/ecny/exchanges',
    summary: 'My exchanges',
    tags: ['ecny'],
    responses: { 200: R.getMeEcnyExchanges },
    auth: citizen,
    query: z.strictObject(page),
    handler: async ({ principal, query }) => ({
      status: 200,
      body: await svc().listExchanges({ ...query, user_id: citizenId(principal) }),
    }),
  });
}

const subWalletId = z.strictObject({ id: z.string().min(1).max(40) });

function registerCitizenSubWalletRoutes(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'get',
    path: '/me/ecny/sub-wallets',
    summary: 'My sub-wallets (子钱包) pushed to merchants and apps',
    tags: ['ecny'],
    responses: { 200: R.getMeEcnySubWallets },
    auth: citizen,
    handler: async ({ principal }) => ({
      status: 200,
      body: await svc().subWallets.listMine(citizenId(principal)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/ecny/sub-wallets',
    summary: 'Push a sub-wallet of my wallet to a merchant/app, with its balance cap and per-payment limit',
    tags: ['ecny'],
    responses: { 201: R.postMeEcnySubWallets },
    auth: citizen,
    body: z.strictObject({
      merchant_id: z.string().min(1).max(40),
      name: z.string().min(1).max(64).optional(),
      balance_cap_fen: amount,
      per_payment_fen: amount,
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await svc().subWallets.push(citizenId(principal), body),
    }),
  });
}

function registerCitizenSubWalletMoveRoutes(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'post',
    path: '/me/ecny/sub-wallets/:id/fund',
    summary: 'Move money from my wallet into the sub-wallet (up to its cap); waits for the final state',
    tags: ['ecny'],
    responses: { 201: R.postMeEcnySubWalletsByIdFund },
    auth: citizen,
    params: subWalletId,
    body: z.strictObject({ amount_fen: amount }),
    idempotent: { status: 201 },
    handler: async ({ principal, params, body, idempotency }) => ({
      status: 201,
      body: await svc().subWallets.fund(citizenId(principal), params.id, body.amount_fen, idempotency!),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/ecny/sub-wallets/:id/payments',
    summary: 'Pay from the sub-wallet at its merchant (refused elsewhere and above its per-payment limit)',
    tags: ['ecny'],
    responses: { 201: R.postMeEcnySubWalletsByIdPayments },
    auth: citizen,
    params: subWalletId,
    body: z.strictObject({ merchant_id: z.string().min(1).max(40), amount_fen: amount }),
    idempotent: { status: 201 },
    handler: async ({ principal, params, body, idempotency }) => ({
      status: 201,
      body: await svc().subWallets.pay(
        citizenId(principal),
        params.id,
        body.merchant_id,
        body.amount_fen,
        idempotency!,
      ),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/ecny/sub-wallets/:id/close',
    summary:
      'Close the sub-wallet: its balance returns to my wallet, once (a second close answers the first)',
    tags: ['ecny'],
    responses: { 200: R.postMeEcnySubWalletsByIdClose },
    auth: citizen,
    params: subWalletId,
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await svc().subWallets.close(citizenId(principal), params.id),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/ecny/sub-wallets/:id/moves',
    summary: 'The sub-wallet’s movements (fund, pay, close)',
    tags: ['ecny'],
    responses: { 200: R.getMeEcnySubWalletsByIdMoves },
    auth: citizen,
    params: subWalletId,
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await svc().subWallets.moves(citizenId(principal), params.id),
    }),
  });
}

function registerOfficerWalletRoutes(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'get',
    path: '/admin/ecny/wallets',
    summary: 'Wallets of the institution’s customers (masked)',
    tags: ['ecny'],
    responses: { 200: R.getAdminEcnyWallets },
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({ kind: z.enum(['personal', 'corporate']).optional(), ...page }),
    handler: async ({ query }) => ({ status: 200, body: await svc().listWallets(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/ecny/wallets',
    summary: 'Open a corporate wallet (WT09) linked to the business customer’s deposit account',
    tags: ['ecny'],
    responses: { 201: R.postAdminEcnyWallets },
    auth: { kind: 'admin', roles: OFFICER },
    body: z.strictObject({
      name: z.string().min(2).max(64),
      account_no: accountNo,
      operator_id: z.string().min(1).max(32).optional(),
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await svc().openCorporate(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/ecny/sub-wallets',
    summary: 'Sub-wallets pushed to merchants/apps (masked ids, no holder)',
    tags: ['ecny'],
    responses: { 200: R.getAdminEcnySubWallets },
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({ status: z.enum(['open', 'closing', 'closed']).optional(), ...page }),
    handler: async ({ query }) => ({ status: 200, body: await svc().subWallets.listAll(query) }),
  });
  const ACTIONS = { freeze: '冻结', unfreeze: '解冻', close: '注销（余额须为零）' } as const;
  for (const action of Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]) {
    kit.route({
      method: 'post',
      path: `/admin/ecny/wallets/:id/${action}`,
      summary: `${ACTIONS[action]} a customer's wallet at its operator (audited)`,
      tags: ['ecny'],
      responses: { 200: R.postAdminEcnyWalletsByIdByAction },
      auth: { kind: 'admin', roles: OFFICER },
      params: z.strictObject({ id: z.string().min(1).max(40) }),
      body: z.strictObject({ comment: z.string().min(1).max(255).optional() }),
      handler: async ({ principal, params, body }) => ({
        status: 200,
        body: await svc().setStatus(actorOf(principal), params.id, action, body.comment),
      }),
    });
  }
}

function registerOfficerExchangeRoutes(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'post',
    path: '/admin/ecny/wallets/:id/exchanges',
    summary: '兑出/兑回 for a corporate wallet, on the officer’s instruction',
    tags: ['ecny'],
    responses: { 201: R.postAdminEcnyWalletsByIdExchanges },
    auth: { kind: 'admin', roles: OFFICER },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    body: exchangeBody,
    idempotent: { status: 201 },
    handler: async ({ params, body, idempotency }) => ({
      status: 201,
      body: await svc().exchangeForWallet(params.id, body.direction, body.amount_fen, idempotency!),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/ecny/exchanges',
    summary: 'Exchanges (兑出/兑回) with their core and operator states',
    tags: ['ecny'],
    responses: { 200: R.getAdminEcnyExchanges },
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({ status: z.enum(['processing', 'succeeded', 'failed']).optional(), ...page }),
    handler: async ({ query }) => ({ status: 200, body: await svc().listExchanges(query) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/ecny/reconciliation',
    summary: 'The day’s 711/713 totals of every operator against the platform’s exchanges (CST day)',
    tags: ['ecny'],
    responses: { 200: R.getAdminEcnyReconciliation },
    auth: { kind: 'admin', roles: READERS },
    query: z.strictObject({ bill_date: z.string().regex(/^\d{8}$/, 'must be yyyyMMdd') }),
    handler: async ({ query }) => ({ status: 200, body: await svc().reconcile(query.bill_date) }),
  });
}

function registerInterestRoute(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'get',
    path: '/admin/ecny/wallets/:id/interest',
    summary: 'A wallet’s daily interest accruals (newest 120 days) and its quarterly payments',
    tags: ['ecny'],
    responses: { 200: R.getAdminEcnyWalletsByIdInterest },
    auth: { kind: 'admin', roles: READERS },
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    handler: async ({ params }) => ({ status: 200, body: await svc().interestOf(params.id) }),
  });
}

function registerNoticeRoute(kit: RouteKit, svc: Svc) {
  kit.route({
    method: 'post',
    path: '/callbacks/ecny-operator/:operator_id',
    summary: 'dcep.909 final-state notices from an operator (HMAC-SHA256 signed; duplicates acknowledged)',
    tags: ['ecny'],
    responses: { 200: R.postCallbacksEcnyOperatorByOperatorId },
    auth: { kind: 'none' },
    params: z.strictObject({ operator_id: z.string().min(1).max(32) }),
    body: z.object({
      head: z
        .object({
          version: z.string().max(4),
          msg_tp: z.string().max(24),
          msg_id: z.string().length(37),
          sender: z.string().max(16),
        })
        .passthrough(),
      body: z
        .object({
          trade_no: z.string().min(1).max(64),
          status: z.string().max(16),
          amount_fen: z.number().int(),
          reject_code: z.string().max(64).nullable().optional(),
          reject_reason: z.string().max(255).nullable().optional(),
          completed_at: z.string().max(40).nullable().optional(),
        })
        .passthrough(),
    }),
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await svc().receiveNotice(
        params.operator_id,
        ctx.get('x-signature'),
        String(ctx.state.rawBody ?? ''),
        body,
      ),
    }),
  });
}

export function registerEcnyRoutes(kit: RouteKit, ecny: EcnyService | null) {
  const svc = () => {
    if (!ecny) throw refused('ECNY_NOT_CONFIGURED', '数字人民币业务系统未配置');
    return ecny;
  };
  registerCitizenWalletRoutes(kit, svc);
  registerCitizenExchangeRoutes(kit, svc);
  registerCitizenSubWalletRoutes(kit, svc);
  registerCitizenSubWalletMoveRoutes(kit, svc);
  registerOfficerWalletRoutes(kit, svc);
  registerOfficerExchangeRoutes(kit, svc);
  registerInterestRoute(kit, svc);
  registerNoticeRoute(kit, svc);
}
