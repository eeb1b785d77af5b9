import { z } from 'zod';
import * as R from './responses';
import type { RouteKit } from '../../http/router-kit';
import { isDayKey } from '../../shared/time';
import type { AnalyticsService } from './service';

const day = z.string().refine(isDayKey, 'must be a day as yyyyMMdd (China Standard Time)');

export function registerAnalyticsRoutes(kit: RouteKit, analytics: AnalyticsService) {
  kit.route({
    method: 'get',
    path: '/admin/analytics/overview',
    summary:
      'Dashboard figures for a CST date range: per-day claims, redemptions, views, risk; funnel; by merchant',
    tags: ['analytics'],
    responses: { 200: R.getAdminAnalyticsOverview },
    auth: {
      kind: 'admin',
      roles: ['campaign_manager', 'approver', 'funder', 'auditor', 'risk_analyst'],
    },
    query: z.strictObject({ from: day, to: day, campaign_id: z.string().min(1).max(40).optional() }),
    handler: async ({ query }) => ({
      status: 200,
      body: await analytics.overview({ from: query.from, to: query.to, campaignId: query.campaign_id }),
    }),
  });
}
