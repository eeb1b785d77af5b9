import { z } from 'zod';
import * as R from './responses';
import { citizenId, type RouteKit } from '../../http/router-kit';
import { PAYMENT_PURPOSES, type PaymentPinService } from './service';

const citizen = { kind: 'citizen' } as const;
const pinField = z.string().regex(/^\d{6}$/, 'must be 6 digits');

export function registerPaymentPinRoutes(kit: RouteKit, pins: PaymentPinService) {
  kit.route({
    method: 'get',
    path: '/me/payment-pin',
    summary:
      'Whether my payment PIN is set, and whether it is locked (until when) or how many tries are left',
    tags: ['payment-pin'],
    responses: { 200: R.getMePaymentPin },
    auth: citizen,
    handler: async ({ principal }) => ({ status: 200, body: await pins.status(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/payment-pin',
    summary: 'Set my 6-digit payment PIN once; changing it needs the old one (a wrong one counts as a try)',
    tags: ['payment-pin'],
    responses: { 200: R.postMePaymentPin },
    auth: citizen,
    body: z.strictObject({ pin: pinField, old_pin: pinField.optional() }),
    handler: async ({ principal, body }) => ({
      status: 200,
      body: await pins.setPin(citizenId(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/payment-pin/verify',
    summary:
      'Check my payment PIN for one payment: a single-use token for this purpose and amount, valid 5 minutes',
    tags: ['payment-pin'],
    responses: { 201: R.postMePaymentPinVerify },
    auth: citizen,
    body: z.strictObject({
      pin: pinField,
      purpose: z.enum(PAYMENT_PURPOSES),
      amount_fen: z.number().int().positive(),
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await pins.verify(citizenId(principal), body),
    }),
  });
}
