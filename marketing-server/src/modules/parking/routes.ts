import { z } from 'zod';
import * as R from './responses';
import { refused } from '../../shared/domain-error';
import { actorOf, citizenId, type RouteKit } from '../../http/router-kit';
import { isDayKey } from '../../shared/time';
import { rfc3339 } from '../campaigns';
import { plateEventSchema } from './gate-events';
import type { ParkingService } from './service';
import { priceStay, tariffSchema, type Tariff } from './tariff';

const MAX_STAY_MS = 31 * 86_400_000;
const STAFF = {
  kind: 'admin' as const,
  roles: ['campaign_manager', 'approver', 'auditor', 'funder'] as const,
};
const OPERATORS = { kind: 'admin' as const, roles: ['campaign_manager'] as const };
const CITIZEN = { kind: 'citizen' as const };
const id = z.string().min(1).max(64);
const pageQuery = <S extends [string, ...string[]]>(statuses: S) =>
  z.strictObject({
    lot_id: id.optional(),
    status: z.enum(statuses).optional(),
    cursor: id.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  });
const sessionQuery = pageQuery(['parked', 'prepaid', 'awaiting_payment', 'left_unpaid', 'completed']);
const paymentQuery = pageQuery(['processing', 'succeeded', 'failed']);
const exceptionQuery = pageQuery(['open', 'resolved']);
const plateColor = z.enum(['blue', 'green', 'yellow', 'white', 'black']);

export function registerParkingRoutes(kit: RouteKit, parking: ParkingService) {
  registerGateRoutes(kit, parking);
  registerDriverRoutes(kit, parking);
  registerStaffRoutes(kit, parking);
}

function registerGateRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'post',
    path: '/parking/gate-events',
    summary:
      'Plate event from a lot gate controller (X-Lot-Id + HMAC-SHA256 signature); answers open/hold; a resent event gets the same answer',
    tags: ['parking'],
    responses: { 200: R.postParkingGateEvents },
    auth: { kind: 'none' },
    body: plateEventSchema,
    handler: async ({ ctx, body }) => ({
      status: 200,
      body: await parking.gateEvents.receive(
        ctx.get('x-lot-id'),
        (h) => ctx.get(h),
        String(ctx.state.rawBody ?? ''),
        body,
      ),
    }),
  });
}

function registerDriverRoutes(kit: RouteKit, parking: ParkingService) {
  registerDriverParkingLotsRoutes(kit, parking);
  registerDriverParkingPlatesRoutes(kit, parking);
  registerDriverParkingSessionsRoutes(kit, parking);
}

function registerDriverParkingLotsRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'get',
    path: '/parking/lots',
    summary: 'Parking lots (for the pay-by-plate page; public, a scanned lot QR shows its lot before login)',
    tags: ['parking'],
    responses: { 200: R.getParkingLots },
    auth: { kind: 'none' },
    handler: async () => ({ status: 200, body: await parking.listLots() }),
  });
  kit.route({
    method: 'get',
    path: '/parking/lots/:lot_id/session',
    summary: "A car's open session (or unpaid exit) in a lot, by plate, with its live fee",
    tags: ['parking'],
    responses: { 200: R.getParkingLotsByLotIdSession },
    auth: CITIZEN,
    params: z.object({ lot_id: id }),
    query: z.strictObject({ plate: z.string().min(1).max(16) }),
    handler: async ({ principal, params, query }) => ({
      status: 200,
      body: await parking.lookupSession(citizenId(principal), params.lot_id, query.plate),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/parking/plates',
    summary: "The driver's plates and seamless-payment agreements",
    tags: ['parking'],
    responses: { 200: R.getMeParkingPlates },
    auth: CITIZEN,
    handler: async ({ principal }) => ({ status: 200, body: await parking.listPlates(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/parking/plates',
    summary:
      'Add a plate (粤A·D12345; colour defaults from its length); verified at once if the registry names the driver its owner, else unverified',
    tags: ['parking'],
    responses: { 201: R.postMeParkingPlates },
    auth: CITIZEN,
    body: z.strictObject({ plate: z.string().min(1).max(16), plate_color: plateColor.optional() }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await parking.addPlate(citizenId(principal), body),
    }),
  });
}

function registerDriverParkingPlatesRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'post',
    path: '/me/parking/plates/:plate_id/verification',
    summary:
      "Verify a plate against the vehicle registry: its registered owner must be the driver's verified real name (then 已验证; other accounts' claims on it are removed)",
    tags: ['parking'],
    responses: { 200: R.postMeParkingPlatesByPlateIdVerification },
    auth: CITIZEN,
    params: z.object({ plate_id: id }),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await parking.verifyPlate(citizenId(principal), params.plate_id),
    }),
  });
  kit.route({
    method: 'delete',
    path: '/me/parking/plates/:plate_id',
    summary: 'Remove a plate (cancels its seamless agreement)',
    tags: ['parking'],
    responses: { 200: R.deleteMeParkingPlatesByPlateId },
    auth: CITIZEN,
    params: z.object({ plate_id: id }),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await parking.removePlate(citizenId(principal), params.plate_id),
    }),
  });
  kit.route({
    method: 'put',
    path: '/me/parking/plates/:plate_id/seamless',
    summary:
      'Sign or cancel the seamless-payment agreement (无感支付) for a plate; needs a verified plate and a bound wallet',
    tags: ['parking'],
    responses: { 200: R.putMeParkingPlatesByPlateIdSeamless },
    auth: CITIZEN,
    params: z.object({ plate_id: id }),
    body: z.strictObject({ enabled: z.boolean(), agreement_accepted: z.literal(true).optional() }),
    handler: async ({ principal, params, body }) => {
      if (body.enabled && !body.agreement_accepted)
        throw refused('AGREEMENT_NOT_ACCEPTED', '请先阅读并同意《无感支付服务协议》');
      return {
        status: 200,
        body: await parking.setSeamless(citizenId(principal), params.plate_id, body.enabled),
      };
    },
  });
  kit.route({
    method: 'get',
    path: '/me/parking/sessions',
    summary: "The driver's current sessions (live fee, usable coupons) and history",
    tags: ['parking'],
    responses: { 200: R.getMeParkingSessions },
    auth: CITIZEN,
    handler: async ({ principal }) => ({ status: 200, body: await parking.mySessions(citizenId(principal)) }),
  });
}

function registerDriverParkingSessionsRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'get',
    path: '/me/parking/sessions/:session_id',
    summary: 'One session with its live fee, what is due now and the coupons usable on it',
    tags: ['parking'],
    responses: { 200: R.getMeParkingSessionsBySessionId },
    auth: CITIZEN,
    params: z.object({ session_id: id }),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await parking.sessionForDriver(citizenId(principal), params.session_id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/parking/sessions/:session_id/payments',
    summary:
      'Pay what is due (before exit: free-exit window; at the barrier: the gate opens; after an offline exit: the debt), optionally with a coupon',
    tags: ['parking'],
    responses: { 201: R.postMeParkingSessionsBySessionIdPayments },
    auth: CITIZEN,
    idempotent: { status: 201 },
    // As this route answered before the status table: a key reused for another payment is a 409, and a
    // failed payment whose bank reason has no platform code is a 422 (the payment was refused, not us).
    errorStatuses: { IDEMPOTENCY_KEY_REUSED: 409, BANK_REJECTED: 422 },
    params: z.object({ session_id: id }),
    body: z.strictObject({
      coupon_code: z.string().min(1).max(32).optional(),
      /** The due amount the driver saw; a different current amount is refused (FEE_CHANGED). */
      expected_due_fen: z.number().int().min(0).max(100_000_000).optional(),
      /** From POST /me/payment-pin/verify (purpose parking, the payable amount): above ¥200 once a PIN is set. */
      payment_token: z.string().min(1).max(100).optional(),
    }),
    handler: async ({ principal, params, body, idempotency }) => ({
      status: 201,
      body: await parking.pay(citizenId(principal), params.session_id, body, idempotency!),
    }),
  });
  kit.route({
    method: 'get',
    path: '/me/parking/payments',
    summary: "The driver's parking payments",
    tags: ['parking'],
    responses: { 200: R.getMeParkingPayments },
    auth: CITIZEN,
    handler: async ({ principal }) => ({ status: 200, body: await parking.myPayments(citizenId(principal)) }),
  });
  kit.route({
    method: 'get',
    path: '/me/parking/payments/:payment_id/receipt',
    summary: 'Receipt (停车缴费电子凭证) of one payment',
    tags: ['parking'],
    responses: { 200: R.getMeParkingPaymentsByPaymentIdReceipt },
    auth: CITIZEN,
    params: z.object({ payment_id: id }),
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await parking.receipt(citizenId(principal), params.payment_id),
    }),
  });
}

function registerStaffRoutes(kit: RouteKit, parking: ParkingService) {
  registerStaffParkingTariffsRoutes(kit, parking);
  registerStaffParkingLotsRoutes(kit, parking);
  registerStaffTariffDecisionAndSessionRoutes(kit, parking);
  registerStaffParkingPaymentsRoutes(kit, parking);
}

function registerStaffParkingTariffsRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'get',
    path: '/admin/parking/tariffs',
    summary: 'The tariffs a lot can use (the Guangzhou examples included)',
    tags: ['parking'],
    responses: { 200: R.getAdminParkingTariffs },
    auth: STAFF,
    handler: async () => ({ status: 200, body: { items: await parking.listTariffs() } }),
  });
  kit.route({
    method: 'post',
    path: '/admin/parking/tariffs/preview',
    summary: 'Price a stay with a tariff (inline or by id) without a car: fee and breakdown per billing day',
    tags: ['parking'],
    responses: { 200: R.postAdminParkingTariffsPreview },
    auth: STAFF,
    body: z.strictObject({
      tariff: tariffSchema.optional(),
      tariff_id: z.string().min(1).max(40).optional(),
      vehicle_class: z.enum(['small', 'large', 'new_energy']).default('small'),
      entry_at: rfc3339,
      exit_at: rfc3339,
    }),
    handler: async ({ body }) => {
      if (Boolean(body.tariff) === Boolean(body.tariff_id)) {
        throw refused('TARIFF_REQUIRED', '请给出 tariff（直接写出的收费标准）或 tariff_id 其中之一');
      }
      const tariff: Tariff = body.tariff ?? (await parking.tariffOrThrow(body.tariff_id!));
      const entry = new Date(body.entry_at);
      const exit = new Date(body.exit_at);
      if (exit < entry) throw refused('EXIT_BEFORE_ENTRY', '出场时间不能早于入场时间');
      if (exit.getTime() - entry.getTime() > MAX_STAY_MS)
        throw refused('STAY_TOO_LONG', '一次最多试算 31 天');
      return {
        status: 200,
        body: { tariff_name: tariff.name, ...priceStay(tariff, body.vehicle_class, entry, exit) },
      };
    },
  });
  kit.route({
    method: 'get',
    path: '/admin/parking/lots',
    summary: 'Lots with lanes, tariff and cars inside',
    tags: ['parking'],
    responses: { 200: R.getAdminParkingLots },
    auth: STAFF,
    handler: async () => ({ status: 200, body: await parking.adminLots() }),
  });
}

function registerStaffParkingLotsRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'patch',
    path: '/admin/parking/lots/:lot_id',
    summary:
      "Change a lot's free-exit window (at once) or propose its tariff (applied when a second person approves; audited)",
    tags: ['parking'],
    responses: { 200: R.patchAdminParkingLotsByLotId, 202: R.patchAdminParkingLotsByLotId },
    auth: OPERATORS,
    params: z.object({ lot_id: id }),
    body: z.strictObject({
      tariff_id: z.string().min(1).max(40).optional(),
      free_exit_minutes: z.number().int().min(0).max(120).optional(),
    }),
    handler: async ({ principal, params, body, requestId }) => {
      const lot = await parking.updateLot(actorOf(principal), params.lot_id, body, requestId);
      return { status: lot.pending_tariff_change ? 202 : 200, body: lot };
    },
  });
  kit.route({
    method: 'get',
    path: '/admin/parking/tariff-changes',
    summary: 'Proposed tariff changes of lots',
    tags: ['parking'],
    responses: { 200: R.getAdminParkingTariffChanges },
    auth: STAFF,
    query: z.strictObject({
      status: z.enum(['pending', 'approved', 'rejected']).optional(),
      lot_id: id.optional(),
    }),
    handler: async ({ query }) => ({
      status: 200,
      body: await parking.tariffChanges(query.status, query.lot_id),
    }),
  });
}

function registerStaffTariffDecisionAndSessionRoutes(kit: RouteKit, parking: ParkingService) {
  for (const decision of ['approve', 'reject'] as const) {
    kit.route({
      method: 'post',
      path: `/admin/parking/lots/:lot_id/tariff-changes/:change_id/${decision}`,
      summary:
        decision === 'approve'
          ? "Approve a lot's proposed tariff: it applies at once"
          : "Reject a lot's proposed tariff",
      tags: ['parking'],
      responses: { 200: R.postAdminParkingLotsByLotIdTariffChangesByChangeIdDecision },
      auth: { kind: 'admin', roles: ['approver'] },
      params: z.object({ lot_id: id, change_id: id }),
      body: z.strictObject({ comment: z.string().trim().min(1).max(255).optional() }),
      handler: async ({ principal, params, body, requestId }) => ({
        status: 200,
        body: await parking.decideTariffChange(
          actorOf(principal),
          params.lot_id,
          params.change_id,
          decision,
          body.comment,
          requestId,
        ),
      }),
    });
  }
  kit.route({
    method: 'get',
    path: '/admin/parking/sessions',
    summary: 'Parking sessions (plates masked)',
    tags: ['parking'],
    responses: { 200: R.getAdminParkingSessions },
    auth: STAFF,
    query: sessionQuery,
    handler: async ({ query }) => ({ status: 200, body: await parking.adminSessions(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/parking/sessions/:session_id/release',
    summary:
      'Let a car waiting at the exit with a fee due out: it becomes an unpaid exit to charge later (audited)',
    tags: ['parking'],
    responses: { 200: R.postAdminParkingSessionsBySessionIdRelease },
    auth: OPERATORS,
    params: z.object({ session_id: id }),
    body: z.strictObject({ note: z.string().min(1).max(255) }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await parking.releaseAtBarrier(actorOf(principal), params.session_id, body.note),
    }),
  });
}

function registerStaffParkingPaymentsRoutes(kit: RouteKit, parking: ParkingService) {
  kit.route({
    method: 'get',
    path: '/admin/parking/payments',
    summary: 'Parking payments (plates masked)',
    tags: ['parking'],
    responses: { 200: R.getAdminParkingPayments },
    auth: STAFF,
    query: paymentQuery,
    handler: async ({ query }) => ({ status: 200, body: await parking.adminPayments(query) }),
  });
  kit.route({
    method: 'get',
    path: '/admin/parking/exceptions',
    summary: 'Exceptions for attendants: no plate, unmatched exits, unpaid exits, doubtful reads',
    tags: ['parking'],
    responses: { 200: R.getAdminParkingExceptions },
    auth: STAFF,
    query: exceptionQuery,
    handler: async ({ query }) => ({ status: 200, body: await parking.adminExceptions(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/parking/exceptions/:exception_id/resolve',
    summary: 'Close an exception, optionally opening the gate at its lane (audited)',
    tags: ['parking'],
    responses: { 200: R.postAdminParkingExceptionsByExceptionIdResolve },
    auth: OPERATORS,
    params: z.object({ exception_id: id }),
    body: z.strictObject({ note: z.string().min(1).max(255), open_gate: z.boolean().default(false) }),
    handler: async ({ principal, params, body }) => ({
      status: 200,
      body: await parking.resolveException(actorOf(principal), params.exception_id, body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/parking/lots/:lot_id/daily-report',
    summary: "One lot's day (CST): entries, exits, fees, coupon subsidies, paid, unpaid, exceptions",
    tags: ['parking'],
    responses: { 200: R.getAdminParkingLotsByLotIdDailyReport },
    auth: STAFF,
    params: z.object({ lot_id: id }),
    query: z.strictObject({ day: z.string().refine(isDayKey, 'yyyyMMdd') }),
    handler: async ({ params, query }) => ({
      status: 200,
      body: await parking.dailyReport(params.lot_id, query.day),
    }),
  });
}
