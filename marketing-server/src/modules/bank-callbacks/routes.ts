import { z } from 'zod';
import * as R from './responses';
import type { RouteKit } from '../../http/router-kit';
import type { BankCallbacks } from './service';

const event = z.object({
  event_id: z.string().min(1).max(64),
  event_type: z.string().min(1).max(48),
  created_at: z.string().max(40),
  resource: z.record(z.string(), z.unknown()),
});

export function registerBankCallbackRoutes(kit: RouteKit, callbacks: BankCallbacks) {
  kit.route({
    method: 'post',
    path: '/callbacks/bank-wallet',
    summary: 'Notifications from the bank (HMAC-SHA256 signed; replays refused; duplicates harmless)',
    tags: ['bank'],
    responses: { 200: R.postCallbacksBankWallet },
    auth: { kind: 'none' },
    body: event,
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await callbacks.receive((h) => ctx.get(h), String(ctx.state.rawBody ?? ''), body),
    }),
  });
}
