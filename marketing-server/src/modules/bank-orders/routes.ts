import { z } from 'zod';
import * as R from './responses';
import { actorOf, type RouteKit } from '../../http/router-kit';
import { maskDeep } from '../../masking/policy';
import type { PaymentService } from './service';

const STATUSES = ['awaiting_wallet', 'pending', 'in_flight', 'paid', 'failed', 'dead', 'cancelled'] as const;
const listQuery = z.strictObject({
  status: z
    .string()
    .refine((s) => s.split(',').every((x) => (STATUSES as readonly string[]).includes(x)), {
      message: `comma-separated list of ${STATUSES.join(', ')}`,
    })
    .optional(),
  purpose: z.enum(['payout', 'settlement', 'parking', 'topup']).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const otnParams = z.strictObject({ out_trade_no: z.string().min(1).max(64) });

/** Outbound bank payments for operators; wallet ids masked. */
const readers = { kind: 'admin', roles: ['funder', 'auditor', 'approver'] } as const;
const operators = { kind: 'admin', roles: ['approver'] } as const;

export function registerPaymentRoutes(kit: RouteKit, payments: PaymentService) {
  registerPaymentListRoutes(kit, payments);
  registerBankOrderRoutes(kit, payments);
}

function registerPaymentListRoutes(kit: RouteKit, payments: PaymentService) {
  kit.route({
    method: 'get',
    path: '/admin/payments',
    summary: 'Every order sent to the bank: payouts, settlements, parking transfers, top-ups',
    tags: ['payments'],
    responses: { 200: R.getAdminPayments },
    auth: readers,
    query: listQuery,
    handler: async ({ query }) => ({ status: 200, body: maskDeep(await payments.list(query)) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/payments/dead-letter',
    summary: 'Payments that need a person: refused by the bank, or outcome unknown after every retry',
    tags: ['payments'],
    responses: { 200: R.getAdminPaymentsDeadLetter },
    auth: readers,
    query: listQuery.omit({ status: true }),
    handler: async ({ query }) => ({
      status: 200,
      body: maskDeep(await payments.list({ ...query, status: 'failed,dead' })),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/payments/:out_trade_no/retry',
    summary: 'Send a dead payment back to the worker (it asks the bank first; never pays twice)',
    tags: ['payments'],
    responses: { 200: R.postAdminPaymentsByOutTradeNoRetry },
    auth: operators,
    params: otnParams,
    body: z.strictObject({ comment: z.string().trim().max(500).optional() }),
    handler: async ({ params, body, principal, requestId }) => ({
      status: 200,
      body: maskDeep(await payments.revive(actorOf(principal), params.out_trade_no, body.comment, requestId)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/payments/:out_trade_no/cancel',
    summary: 'Give up on a payment that never left the platform; its money goes back',
    tags: ['payments'],
    responses: { 200: R.postAdminPaymentsByOutTradeNoCancel },
    auth: operators,
    params: otnParams,
    body: z.strictObject({ comment: z.string().trim().min(1).max(500) }),
    handler: async ({ params, body, principal, requestId }) => ({
      status: 200,
      body: maskDeep(await payments.cancel(actorOf(principal), params.out_trade_no, body.comment, requestId)),
    }),
  });
}

function registerBankOrderRoutes(kit: RouteKit, payments: PaymentService) {
  kit.route({
    method: 'get',
    path: '/admin/bank-orders/exceptions',
    summary: 'Bank answers that contradict an order closed on our side (a late SUCCESS after failed)',
    tags: ['payments'],
    responses: { 200: R.getAdminBankOrdersExceptions },
    auth: readers,
    query: z.strictObject({
      status: z.enum(['open', 'resolved']).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
    handler: async ({ query }) => ({ status: 200, body: await payments.listExceptions(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/bank-orders/exceptions/:id/resolve',
    summary: 'Record how a person resolved a contradiction (refund booked, adjustment made)',
    tags: ['payments'],
    responses: { 200: R.postAdminBankOrdersExceptionsByIdResolve },
    auth: operators,
    params: z.strictObject({ id: z.string().min(1).max(40) }),
    body: z.strictObject({ resolution: z.string().trim().min(1).max(255) }),
    handler: async ({ params, body, principal, requestId }) => ({
      status: 200,
      body: await payments.resolveException(actorOf(principal), params.id, body.resolution, requestId),
    }),
  });
}
