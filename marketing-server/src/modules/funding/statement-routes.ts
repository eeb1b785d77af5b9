import schedule from 'node-schedule';
import { z } from 'zod';
import type { RouteKit } from '../../http/router-kit';
import type { Logger } from '../../shared/logger';
import { isDayKey, previousCstDay, type Clock } from '../../shared/time';
import type { FundingService } from './service';

const matchResult = z.object({
  bill_date: z.string(),
  ready: z.boolean().optional(),
  credits: z.number().int(),
  confirmed: z.array(z.string()),
  unmatched: z.array(
    z.object({ credit_no: z.string(), reference: z.string(), amount_fen: z.number().int() }),
  ),
});

/** `POST /admin/deposits/statement-matches`: confirm the deposits a day's bank statement shows credited. */
export function registerStatementRoutes(kit: RouteKit, funding: FundingService) {
  kit.route({
    method: 'post',
    path: '/admin/deposits/statement-matches',
    summary: "Confirm pending deposits whose credit is on the bank's statement of a CST day",
    description:
      'A CREDIT row into the platform institutional wallet quoting the deposit reference, for exactly its amount, confirms the deposit (once per credit).',
    tags: ['funding'],
    responses: { 200: matchResult },
    auth: { kind: 'admin', roles: ['funder', 'auditor'] },
    body: z.strictObject({
      bill_date: z.string().refine(isDayKey, { message: 'must be a date as yyyyMMdd' }),
    }),
    handler: async ({ body }) => ({ status: 200, body: await funding.matchStatementCredits(body.bill_date) }),
  });
}

/** 09:10 CST every day (after the bank's file for the day before is ready): match its credits. */
export function startStatementMatching(funding: FundingService, clock: Clock, logger: Logger) {
  const job = schedule.scheduleJob({ rule: '10 9 * * *', tz: 'Asia/Shanghai' }, () => {
    funding
      .matchStatementCredits(previousCstDay(clock.now()))
      .catch((err) => logger.error('deposit statement matching failed', { err }));
  });
  return () => job?.cancel();
}
