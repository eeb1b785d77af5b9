import { z } from 'zod';
import type { PartnerOperation } from '../../platform/module';
import { partnerOperation } from '../apix';
import * as R from './responses';

// What the open platform offers partners of rail transit (city apps, map and trip planners): the
// published network and fares, read-only (A1, JR/T 0185: product information, no account data).

const station = z.string().regex(/^[a-z0-9-]{1,32}$/);
/** A journey priced for the quote: a single trip inside the 4-hour limit (the overtime rule is not a quote). */
const QUOTE_RIDE_MS = 30 * 60_000;

export const TRANSIT_PARTNER_OPERATIONS: readonly PartnerOperation[] = [
  partnerOperation({
    code: 'OPSYUAN10193000100000001',
    product: 'scenarios',
    name: '查询轨道交通线网与站点',
    level: 'A1',
    method: 'get',
    path: '/transit/network',
    summary: 'The rail network in force: lines, stations, distances and the fare extremes',
    responses: { 200: R.Network },
    handler: async (_call, { services }) => ({ status: 200, body: await services.transit.network() }),
  }),
  partnerOperation({
    code: 'OPSYUAN10193000100000002',
    product: 'scenarios',
    name: '查询轨道交通票价',
    level: 'A1',
    method: 'get',
    path: '/transit/fares',
    summary: 'The single-journey fare between two stations by the fare table in force, with its breakdown',
    query: z.strictObject({
      from: station,
      to: station,
      rider_category: z.string().min(1).max(24).default('adult'),
    }),
    responses: { 200: R.FareResult },
    handler: async ({ query }, { services, clock }) => {
      const at = clock.now();
      const journey = {
        entry: { station: query.from, at },
        exit: { station: query.to, at: new Date(at.getTime() + QUOTE_RIDE_MS) },
        onboard: null,
        rider_category: query.rider_category,
        day_ticket: null,
      };
      return { status: 200, body: await services.transit.preview({ journey }) };
    },
  }),
];
