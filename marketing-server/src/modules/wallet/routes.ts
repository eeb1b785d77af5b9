import { z } from 'zod';
import * as R from './responses';
import { citizenId, type RouteKit } from '../../http/router-kit';
import { clientIp } from '../../http/client-ip';
import { limitCodeSend } from '../identity';
import type { WalletService } from './service';

const MAX_TOPUP_FEN = 50_000_000; // ¥500,000: the highest balance limit of any wallet level

const citizen = { kind: 'citizen' } as const;

export function registerWalletRoutes(kit: RouteKit, wallet: WalletService) {
  registerWalletBindingRoutes(kit, wallet);
  registerWalletTopupsRoutes(kit, wallet);
}

function registerWalletBindingRoutes(kit: RouteKit, wallet: WalletService) {
  kit.route({
    method: 'get',
    path: '/me/wallet',
    summary: 'My e-CNY wallet: balance, level limits and what they still allow (live from the bank)',
    tags: ['wallet'],
    responses: { 200: R.getMeWallet },
    auth: citizen,
    handler: async ({ principal }) => ({ status: 200, body: await wallet.getWallet(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/wallet/bindings',
    summary: 'Start binding my wallet: the bank sends an OTP to this phone',
    tags: ['wallet'],
    responses: { 201: R.postMeWalletBindings },
    auth: citizen,
    body: z.strictObject({
      phone: z.string().regex(/^1\d{10}$/, 'must be an 11-digit mainland mobile number'),
    }),
    handler: async ({ ctx, principal, body }) => {
      // The bank texts this phone a code: the same limits as our own login codes, counted apart.
      await limitCodeSend(kit.limiter, 'bind', body.phone, clientIp(ctx));
      return { status: 201, body: await wallet.startBinding(citizenId(principal), body.phone) };
    },
  });
  kit.route({
    method: 'post',
    path: '/me/wallet/bindings/:binding_id/confirm',
    summary: 'Confirm the binding with the OTP; waiting red packets are then paid out',
    tags: ['wallet'],
    responses: { 200: R.postMeWalletBindingsByBindingIdConfirm },
    auth: citizen,
    params: z.strictObject({ binding_id: z.string().min(1).max(64) }),
    body: z.strictObject({ otp: z.string().regex(/^\d{6}$/, 'must be the 6-digit code') }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await wallet.confirmBinding(citizenId(principal), params.binding_id, body.otp),
    }),
  });
}

function registerWalletTopupsRoutes(kit: RouteKit, wallet: WalletService) {
  kit.route({
    method: 'post',
    path: '/me/wallet/topups',
    summary: 'Top up my wallet from the bound bank card (checked against the level limits)',
    tags: ['wallet'],
    responses: { 201: R.postMeWalletTopups },
    auth: citizen,
    body: z.strictObject({
      amount_fen: z
        .number()
        .int('amount_fen must be an integer number of fen')
        .positive('amount_fen must be positive')
        .max(MAX_TOPUP_FEN),
      /** From POST /me/payment-pin/verify for this amount: required once the citizen has set a PIN. */
      payment_token: z.string().min(1).max(100).optional(),
    }),
    idempotent: { status: 201 },
    handler: async ({ principal, body, idempotency }) => ({
      status: 201,
      body: await wallet.topUp(citizenId(principal), body.amount_fen, idempotency!, body.payment_token),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/wallet/topups',
    summary: 'My top-up history',
    tags: ['wallet'],
    responses: { 200: R.getMeWalletTopups },
    auth: citizen,
    query: z.strictObject({
      cursor: z.string().max(60).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: async ({ principal, query }) => ({
      status: 200,
      body: await wallet.listTopups(citizenId(principal), query),
    }),
  });
}
