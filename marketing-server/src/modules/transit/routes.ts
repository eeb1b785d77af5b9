import { z } from 'zod';
import { actorOf, citizenId, type RouteKit } from '../../http/router-kit';
import { refused } from '../../shared/domain-error';
import { isDayKey } from '../../shared/time';
import { fareRulesSchema } from './fares';
import { batchSchema, syncSchema } from './gates';
import { networkSchema } from './network';
import * as R from './responses';
import type { TransitService } from './service';

const STAFF = {
  kind: 'admin' as const,
  roles: ['campaign_manager', 'approver', 'auditor', 'merchant_operator'] as const,
};
const MAKER = { kind: 'admin' as const, roles: ['campaign_manager'] as const };
const CHECKER = { kind: 'admin' as const, roles: ['approver'] as const };
const DESK = { kind: 'admin' as const, roles: ['merchant_operator', 'campaign_manager'] as const };
const CITIZEN = { kind: 'citizen' as const };
const id = z.string().min(1).max(64);
const station = z.string().regex(/^[a-z0-9-]{1,32}$/);
const record = z.strictObject({ station, at: z.string().datetime({ offset: true }) });
const journeyInput = z.strictObject({
  entry: record.nullable(),
  exit: record.nullable(),
  onboard: record.nullable().optional(),
  rider_category: z.string().min(1).max(24).default('adult'),
  day_ticket: z
    .strictObject({
      product_id: z.string().min(1).max(24),
      valid_from: z.string().datetime({ offset: true }).nullable(),
    })
    .nullable()
    .optional(),
});
const toDate = (r: { station: string; at: string } | null | undefined) =>
  r ? { station: r.station, at: new Date(r.at) } : null;
const versionQuery = z.strictObject({ version: z.coerce.number().int().positive().optional() });
const raw = (ctx: { state: Record<string, unknown> }) => String(ctx.state.rawBody ?? '');

export function registerTransitRoutes(kit: RouteKit, transit: TransitService) {
  registerFareQueryRoutes(kit, transit);
  registerFareVersionRoutes(kit, transit);
  registerGateDeviceRoutes(kit, transit);
  registerTvmDeviceRoutes(kit, transit);
  registerRiderAgreementRoutes(kit, transit);
  registerRiderJourneyRoutes(kit, transit);
  registerDayTicketRoutes(kit, transit);
  registerDeviceAdminRoutes(kit, transit);
  registerJourneyAdminRoutes(kit, transit);
  registerDeskRoutes(kit, transit);
}

function registerFareQueryRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'post',
    path: '/admin/transit/fares/preview',
    summary: 'Price a journey by the active (or a given) fare table, with its breakdown',
    tags: ['transit'],
    auth: STAFF,
    body: z.strictObject({ version: z.number().int().positive().optional(), journey: journeyInput }),
    responses: { 200: R.FareResult },
    handler: async ({ body }) => {
      const j = body.journey;
      const journey = {
        entry: toDate(j.entry),
        exit: toDate(j.exit),
        onboard: toDate(j.onboard),
        rider_category: j.rider_category,
        day_ticket: j.day_ticket
          ? {
              product_id: j.day_ticket.product_id,
              valid_from: j.day_ticket.valid_from ? new Date(j.day_ticket.valid_from) : null,
            }
          : null,
      };
      return { status: 200, body: await t.preview({ version: body.version, journey }) };
    },
  });
  kit.route({
    method: 'get',
    path: '/admin/transit/network',
    summary: 'The network, its rules and fare extremes (active table or ?version=)',
    tags: ['transit'],
    auth: STAFF,
    query: versionQuery,
    responses: { 200: R.Network },
    handler: async ({ query }) => ({ status: 200, body: await t.network(query.version) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/transit/fares/gtfs',
    summary: 'The fare table as GTFS-Fares v2 files (CSV text per file name)',
    tags: ['transit'],
    auth: STAFF,
    query: versionQuery,
    responses: { 200: R.Gtfs },
    handler: async ({ query }) => ({ status: 200, body: await t.gtfs(query.version) }),
  });
}

function registerFareVersionRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/admin/transit/fare-versions',
    summary: 'Fare table versions (pjver) and their maker-checker state',
    tags: ['transit'],
    auth: STAFF,
    responses: { 200: R.FareVersions },
    handler: async () => ({ status: 200, body: { items: await t.fares.list() } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/transit/fare-versions',
    summary: 'Propose a new fare table (network + rules); another person approves it',
    tags: ['transit'],
    auth: MAKER,
    body: z.strictObject({
      network: networkSchema,
      rules: fareRulesSchema,
      note: z.string().max(200).optional(),
    }),
    responses: { 201: R.FareVersion },
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await t.fares.propose(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/admin/transit/fare-versions/:version/decision',
    summary: 'Approve (activate) or reject a proposed fare table — not by its proposer',
    tags: ['transit'],
    auth: CHECKER,
    params: z.object({ version: z.coerce.number().int().positive() }),
    body: z.strictObject({ approve: z.boolean(), comment: z.string().min(1).max(200) }),
    responses: { 200: R.FareVersion },
    handler: async ({ params, body, principal }) => ({
      status: 200,
      body: await t.fares.decide(actorOf(principal), params.version, body.approve, body.comment),
    }),
  });
}

function registerGateDeviceRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'post',
    path: '/transit/gates/sync',
    summary:
      'A gate fetches the issuer keys and the blacklist changes after its version (X-Gate-Id + HMAC signature)',
    tags: ['transit'],
    auth: { kind: 'none' },
    body: syncSchema,
    responses: { 200: R.GateSync },
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await t.gates.sync(ctx.get('x-gate-id'), (h) => ctx.get(h), raw(ctx), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/transit/gates/taps',
    summary:
      'A gate uploads a batch of taps (X-Gate-Id + HMAC); a resent batch gets its first answer, a resent tap is stored once',
    tags: ['transit'],
    auth: { kind: 'none' },
    body: batchSchema,
    responses: { 200: R.BatchAnswer },
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await t.gates.upload(ctx.get('x-gate-id'), (h) => ctx.get(h), raw(ctx), body),
    }),
  });
}

function registerTvmDeviceRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'post',
    path: '/transit/tvm/quote',
    summary: 'A TVM asks the fare from its station to a destination (X-Tvm-Id + HMAC)',
    tags: ['transit'],
    auth: { kind: 'none' },
    body: z.strictObject({ to_station: station }),
    responses: { 200: R.TvmQuote },
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await t.tickets.tvmQuote(ctx.get('x-tvm-id'), (h) => ctx.get(h), raw(ctx), body.to_station),
    }),
  });
  kit.route({
    method: 'post',
    path: '/transit/tvm/tickets',
    summary:
      "A TVM starts a single-journey ticket: the fare and the cashier's dynamic e-CNY QR (request_no makes a retry the same ticket)",
    tags: ['transit'],
    auth: { kind: 'none' },
    body: z.strictObject({ request_no: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), to_station: station }),
    responses: { 200: R.TvmStarted },
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await t.tickets.tvmStart(ctx.get('x-tvm-id'), (h) => ctx.get(h), raw(ctx), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/transit/tvm/tickets/:ticket_id/poll',
    summary: 'A TVM polls its ticket: once the cashier order is paid the ticket code is issued for printing',
    tags: ['transit'],
    auth: { kind: 'none' },
    params: z.object({ ticket_id: id }),
    body: z.strictObject({}),
    responses: { 200: R.TvmTicketAnswer },
    handler: async ({ ctx, params }) => ({
      status: 200,
      body: await t.tickets.tvmPoll(ctx.get('x-tvm-id'), (h) => ctx.get(h), raw(ctx), params.ticket_id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/transit/tvm/tickets/:ticket_id/dispense',
    summary: 'A TVM reports the ticket came out (or not: the order is refunded in full, once)',
    tags: ['transit'],
    auth: { kind: 'none' },
    params: z.object({ ticket_id: id }),
    body: z.strictObject({ ok: z.boolean() }),
    responses: { 200: R.TvmTicketAnswer },
    handler: async ({ ctx, params, body }) => ({
      status: 200,
      body: await t.tickets.tvmDispensed(
        ctx.get('x-tvm-id'),
        (h) => ctx.get(h),
        raw(ctx),
        params.ticket_id,
        body.ok,
      ),
    }),
  });
}

function registerRiderAgreementRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/me/transit',
    summary: "The rider's ride-code enrolment and what they owe",
    tags: ['transit'],
    auth: CITIZEN,
    responses: { 200: R.RiderStatus },
    handler: async ({ principal }) => ({ status: 200, body: await t.myStatus(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/transit/agreement',
    summary: 'Sign the pay-after agreement (先乘车后付费) with the bound e-CNY wallet',
    tags: ['transit'],
    auth: CITIZEN,
    body: z.strictObject({ agreement_accepted: z.literal(true) }),
    responses: { 200: R.Rider },
    handler: async ({ principal }) => ({
      status: 200,
      body: await t.riders.signAgreement(citizenId(principal)),
    }),
  });
  kit.route({
    method: 'delete',
    path: '/me/transit/agreement',
    summary: 'Cancel the pay-after agreement (refused while a fare is owed)',
    tags: ['transit'],
    auth: CITIZEN,
    responses: { 200: R.Rider },
    handler: async ({ principal }) => ({
      status: 200,
      body: await t.riders.cancelAgreement(citizenId(principal)),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/transit/ride-code',
    summary: 'A fresh signed ride code (valid 60 s), or why none can be shown',
    tags: ['transit'],
    auth: CITIZEN,
    responses: { 200: R.RideCode },
    handler: async ({ principal }) => ({ status: 200, body: await t.riders.rideCode(citizenId(principal)) }),
  });
}

function registerRiderJourneyRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/me/transit/journeys',
    summary: "The rider's journeys with their fare breakdown and payment state",
    tags: ['transit'],
    auth: CITIZEN,
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(30) }),
    responses: { 200: R.Journeys },
    handler: async ({ principal, query }) => ({
      status: 200,
      body: await t.myJourneys(citizenId(principal), query.limit),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/transit/journeys/:journey_id',
    summary: 'One journey of the rider with its charges',
    tags: ['transit'],
    auth: CITIZEN,
    params: z.object({ journey_id: id }),
    responses: { 200: R.JourneyDetail },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await t.myJourney(citizenId(principal), params.journey_id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/transit/journeys/:journey_id/pay',
    summary: 'Pay an owed fare now from the bound wallet (then the rider leaves the blacklist)',
    tags: ['transit'],
    auth: CITIZEN,
    params: z.object({ journey_id: id }),
    body: z.strictObject({}),
    idempotent: { status: 201 },
    responses: { 201: R.DebtPaid },
    handler: async ({ principal, params, idempotency }) => ({
      status: 201,
      body: await t.charges.payDebt(citizenId(principal), params.journey_id, idempotency!),
    }),
  });
}

function registerDayTicketRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/transit/day-ticket-products',
    summary: 'The day tickets on sale under the current fare table: name, price and validity',
    tags: ['transit'],
    auth: { kind: 'none' },
    responses: { 200: R.DayTicketProducts },
    handler: async () => {
      const table = await t.fares.current();
      return {
        status: 200,
        body: {
          fare_version: table.version,
          items: table.rules.day_tickets.map(({ id, name, price_fen, valid_hours }) => ({
            id,
            name,
            price_fen,
            valid_hours,
          })),
        },
      };
    },
  });
  kit.route({
    method: 'get',
    path: '/me/transit/day-tickets',
    summary: "The rider's day tickets (a paid order makes its ticket valid)",
    tags: ['transit'],
    auth: CITIZEN,
    responses: { 200: R.DayTickets },
    handler: async ({ principal }) => ({
      status: 200,
      body: await t.tickets.myDayTickets(citizenId(principal)),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/transit/day-tickets',
    summary: 'Buy a day ticket: opens its cashier order (pay it with e-CNY on the cashier page)',
    tags: ['transit'],
    auth: CITIZEN,
    body: z.strictObject({ product_id: z.string().regex(/^[a-z0-9_]{1,24}$/) }),
    idempotent: { status: 201 },
    responses: { 201: R.DayTicketBought },
    handler: async ({ principal, body, idempotency }) => ({
      status: 201,
      body: await t.tickets.buyDayTicket(citizenId(principal), body.product_id, idempotency!),
    }),
  });
}

function registerDeviceAdminRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/admin/transit/gates',
    summary: 'Gates and validators with their key / blacklist sync state',
    tags: ['transit'],
    auth: STAFF,
    responses: { 200: R.Gates },
    handler: async () => ({ status: 200, body: await t.gates.list() }),
  });
  kit.route({
    method: 'post',
    path: '/admin/transit/gates',
    summary: 'Register a gate (entry / exit) or a tram validator (onboard); answers its secret once',
    tags: ['transit'],
    auth: MAKER,
    body: z.strictObject({ station_id: station, kind: z.enum(['entry', 'exit', 'onboard']) }),
    responses: { 201: R.GateCreated },
    handler: async ({ body }) => ({ status: 201, body: await t.gates.register(body) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/transit/tvms',
    summary: 'Register a ticket vending machine at a station; answers its secret once',
    tags: ['transit'],
    auth: MAKER,
    body: z.strictObject({ station_id: station }),
    responses: { 201: R.TvmCreated },
    handler: async ({ body }) => ({ status: 201, body: await t.tickets.registerTvm(body.station_id) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/transit/tvms',
    summary: 'Ticket vending machines with their tickets sold and failed dispenses',
    tags: ['transit'],
    auth: STAFF,
    responses: { 200: R.Tvms },
    handler: async () => ({ status: 200, body: await t.tickets.listTvms() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/transit/tvm-tickets',
    summary: 'TVM tickets, newest first',
    tags: ['transit'],
    auth: STAFF,
    responses: { 200: R.TvmTickets },
    handler: async () => ({ status: 200, body: { items: await t.tickets.listTvmTickets() } }),
  });
}

function registerJourneyAdminRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/admin/transit/journeys',
    summary: 'Journeys (filter by status: debt lists the debts; by station; by CST day YYYYMMDD)',
    tags: ['transit'],
    auth: STAFF,
    query: z.strictObject({
      status: z.enum(['settled', 'charging', 'paid', 'debt', 'waived']).optional(),
      station: station.optional(),
      day: z
        .string()
        .regex(/^\d{8}$/)
        .optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: R.AdminJourneys },
    handler: async ({ query }) => {
      if (query.day && !isDayKey(query.day)) throw refused('INVALID_DAY', '日期无效');
      return { status: 200, body: await t.listJourneys(query) };
    },
  });
  kit.route({
    method: 'get',
    path: '/admin/transit/figures',
    summary: 'Daily figures per station (journeys, priced, collected, owed) for a CST day YYYYMMDD',
    tags: ['transit'],
    auth: STAFF,
    query: z.strictObject({ day: z.string().regex(/^\d{8}$/) }),
    responses: { 200: R.DailyFigures },
    handler: async ({ query }) => {
      if (!isDayKey(query.day)) throw refused('INVALID_DAY', '日期无效');
      return { status: 200, body: await t.dailyFigures(query.day) };
    },
  });
}

function registerDeskRoutes(kit: RouteKit, t: TransitService) {
  kit.route({
    method: 'get',
    path: '/admin/transit/desk-actions',
    summary: 'Service desk actions (audited), optionally for one journey',
    tags: ['transit'],
    auth: STAFF,
    query: z.strictObject({
      journey_id: id.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    responses: { 200: R.DeskActions },
    handler: async ({ query }) => ({ status: 200, body: await t.desk.list(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/transit/desk-actions',
    summary: 'Service desk (乘客事务): add a missing tap, waive an owed fare, set a verified rider category',
    tags: ['transit'],
    auth: DESK,
    body: z.discriminatedUnion('action', [
      z.strictObject({
        action: z.literal('add_missing_tap'),
        journey_id: id,
        station_id: station,
        at: z.string().datetime({ offset: true }),
        reason: z.string().min(2).max(200),
      }),
      z.strictObject({ action: z.literal('waive'), journey_id: id, reason: z.string().min(2).max(200) }),
      z.strictObject({
        action: z.literal('set_rider_category'),
        user_id: id,
        rider_category: z.string().min(1).max(24),
        reason: z.string().min(2).max(200),
      }),
    ]),
    responses: { 201: R.DeskActions },
    handler: async ({ body, principal }) => ({
      status: 201,
      body: await t.desk.act(actorOf(principal), body),
    }),
  });
}
