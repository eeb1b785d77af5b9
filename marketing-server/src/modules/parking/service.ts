import { randomBytes } from 'node:crypto';
import type { BankWalletClient } from '../../connectors/bank-wallet/client';
import type { VehicleRegistryClient } from '../../connectors/registries/client';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import { refused, notFound } from '../../shared/domain-error';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit } from '../audit';
import type { PaymentPinService } from '../payment-pin';
import type { WalletService } from '../wallet';
import type { PaymentService } from '../bank-orders';
import { createGateCommands } from './gate-commands';
import { createGateEvents } from './gate-events';
import { createParkingStaff, lotDto } from './staff';
import { ensureExampleTariffs, listTariffs, lotOrThrow, tariffOrThrow, type LotRow } from './lots';
import { createParkingPayments, paymentDto, type PaymentRow } from './fee-payments';
import {
  defaultColor,
  displayPlate,
  normalizePlate,
  plateDto,
  vehicleClassOf,
  type PlateColor,
  type PlateRow,
} from './plates';
import { INSIDE } from './session-states';
import { createPlateOwnership } from './ownership';
import { openSessionOf, priceSession, sessionDto, sessionOrThrow, type SessionRow } from './sessions';

// Smart parking: the gate flow (gate-events.ts), payments (fee-payments.ts), open-gate commands, and what
// drivers and staff read. Drivers see their own plates in full; staff see plates masked. What a driver
// may read of a session, and when a plate is theirs, is ownership.ts.

export type ParkingDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  bank: BankWalletClient;
  wallet: WalletService;
  /** The payment PIN above the password-free limit (a driver paying in the app). */
  pins: Pick<PaymentPinService, 'confirmPayment'>;
  /** The bank-order lifecycle the drivers' transfers go through. */
  orders: PaymentService;
  /** Whether a plate is registered to the citizen's verified real name. */
  vehicles: VehicleRegistryClient;
};

const MAX_PLATES = 5;

export function createParkingService(deps: ParkingDeps) {
  const ctx = makeParkingServiceContext(deps);
  const { staff, gateEvents, payments, gates, ownership } = ctx;
  return {
    ...staff,
    gateEvents,
    payments,
    gates,
    ensureExampleTariffs: parkingServiceEnsureExampleTariffs.bind(null, ctx),
    listTariffs: parkingServiceListTariffs.bind(null, ctx),
    tariffOrThrow: parkingServiceTariffOrThrow.bind(null, ctx),
    listPlates: listPlates.bind(null, ctx),
    addPlate: addPlate.bind(null, ctx),
    verifyPlate: ownership.verifyPlate,
    removePlate: removePlate.bind(null, ctx),
    setSeamless: setSeamless.bind(null, ctx),
    mySessions: mySessions.bind(null, ctx),
    sessionForDriver: sessionForDriver.bind(null, ctx),
    lookupSession: lookupSession.bind(null, ctx),
    pay: pay.bind(null, ctx),
    myPayments: myPayments.bind(null, ctx),
    receipt: receipt.bind(null, ctx),
    createLot: createLot.bind(null, ctx),
    setGateUrl: setGateUrl.bind(null, ctx),
    listLots: listLots.bind(null, ctx),
  };
}

type ParkingServiceContext = ReturnType<typeof makeParkingServiceContext>;

/** The state and collaborators that createParkingService's operations share. */
function makeParkingServiceContext(deps: ParkingDeps) {
  const { db, clock, logger } = deps;
  const gates = createGateCommands({ db, clock, logger });
  const payments = createParkingPayments({ ...deps, gates });
  const gateEvents = createGateEvents({ db, clock, logger, payments });
  const staff = createParkingStaff({ db, clock, gates });
  const ownership = createPlateOwnership({ db, clock, vehicles: deps.vehicles });
  return { deps, db, clock, logger, gates, payments, gateEvents, staff, ownership };
}

// ---- drivers: plates and the seamless agreement ----

async function listPlates(ctx: ParkingServiceContext, userId: string) {
  const { db } = ctx;
  const rows = await db.query<PlateRow>(
    'SELECT * FROM parking_plates WHERE user_id = ? ORDER BY created_at',
    [userId],
  );
  return { items: rows.map(plateDto) };
}

async function addPlate(
  ctx: ParkingServiceContext,
  userId: string,
  input: { plate: string; plate_color?: PlateColor },
) {
  const { db, clock, ownership } = ctx;
  const plate = normalizePlate(input.plate);
  const color = input.plate_color ?? defaultColor(plate);
  const count = await db.query<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM parking_plates WHERE user_id = ?',
    [userId],
  );
  if (Number(count[0].n) >= MAX_PLATES) throw refused('PLATE_LIMIT', `最多绑定 ${MAX_PLATES} 个车牌`);
  const row = { id: newId('plt'), plate, color, cls: vehicleClassOf(color), now: clock.now() };
  try {
    await db.exec(
      'INSERT INTO parking_plates (id, user_id, plate, plate_color, vehicle_class, created_at) VALUES (?,?,?,?,?,?)',
      [row.id, userId, plate, color, row.cls, row.now],
    );
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('PLATE_EXISTS', '该车牌已添加');
    throw err;
  }
  // A real-name verified driver's own car is verified at once; otherwise it waits (待验证).
  return ownership.verifyIfPossible(userId, row.id);
}

async function ownPlate(ctx: ParkingServiceContext, userId: string, plateId: string) {
  const { db } = ctx;
  const p = (await db.query<PlateRow>('SELECT * FROM parking_plates WHERE id = ?', [plateId]))[0];
  if (!p || p.user_id !== userId) throw notFound('车牌');
  return p;
}

async function removePlate(ctx: ParkingServiceContext, userId: string, plateId: string) {
  const { db, clock } = ctx;
  const p = await ownPlate(ctx, userId, plateId);
  await db.tx(async (sql) => {
    await sql.exec('DELETE FROM parking_plates WHERE id = ?', [p.id]);
    await recordAudit(
      sql,
      {
        actor: { type: 'citizen', id: userId },
        action: 'parking.plate_remove',
        entity_type: 'parking_plate',
        entity_id: p.id,
        changes: p.seamless_plate ? { seamless: { from: true, to: false } } : undefined,
      },
      clock.now(),
    );
  });
  return { id: p.id, removed: true };
}

/** Signs (or cancels) the seamless-payment agreement for one plate; needs a bound wallet. */
async function setSeamless(ctx: ParkingServiceContext, userId: string, plateId: string, enabled: boolean) {
  const { clock, deps, db } = ctx;
  const p = await ownPlate(ctx, userId, plateId);
  const now = clock.now();
  if (enabled) {
    if (!p.verified_at)
      throw refused('PLATE_NOT_VERIFIED', '请先验证车主身份（实名信息与车辆登记一致）再开通无感支付');
    if (!(await deps.wallet.binding(userId)))
      throw refused('WALLET_NOT_BOUND', '开通无感支付前请先绑定数字人民币钱包');
    if (p.seamless_plate) return plateDto(p);
    try {
      await db.exec(
        'UPDATE parking_plates SET seamless_plate = ?, agreement_no = ?, agreement_signed_at = ? WHERE id = ?',
        [p.plate, newId('agr'), now, p.id],
      );
    } catch (err) {
      if (isDuplicateKeyError(err)) throw refused('PLATE_SEAMLESS_TAKEN', '该车牌已由其他用户开通无感支付');
      throw err;
    }
  } else {
    await db.exec(
      'UPDATE parking_plates SET seamless_plate = NULL, agreement_no = NULL, agreement_signed_at = NULL WHERE id = ?',
      [p.id],
    );
  }
  await db.tx((sql) =>
    recordAudit(
      sql,
      {
        actor: { type: 'citizen', id: userId },
        action: enabled ? 'parking.seamless_sign' : 'parking.seamless_cancel',
        entity_type: 'parking_plate',
        entity_id: p.id,
      },
      now,
    ),
  );
  return plateDto((await db.query<PlateRow>('SELECT * FROM parking_plates WHERE id = ?', [p.id]))[0]);
}

// ---- drivers: sessions, live fee, pay ----

/** A session with its live fee and what is due now, for the driver. */
async function liveSession(ctx: ParkingServiceContext, s: SessionRow, userId: string | null) {
  const { db, clock, payments } = ctx;
  const lot = await lotOrThrow(db, s.lot_id);
  const tariff = await tariffOrThrow(db, s.tariff_id);
  const now = clock.now();
  const price = priceSession(s, tariff, now);
  const open = INSIDE.includes(s.status) || s.status === 'left_unpaid';
  const inWindow = s.status === 'prepaid' && s.paid_until && now <= new Date(s.paid_until);
  const due = open && !inWindow ? price.due_fen : 0;
  return {
    ...sessionDto(s, { mask: false }),
    lot: { id: lot.id, name: lot.name, address: lot.address, free_exit_minutes: lot.free_exit_minutes },
    tariff_name: tariff.name,
    as_of: toRfc3339(now),
    minutes: price.minutes,
    live_fee_fen: price.fee_fen,
    due_fen: due,
    breakdown: price.breakdown,
    coupons: userId && due > 0 ? await payments.couponOptions(userId, lot.merchant_id, due) : [],
  };
}

/**
 * The driver's cars: the stays they paid, and for plates verified as theirs what is inside or owed
 * now and the stays that ended since the verification. An unverified plate adds nothing.
 */
async function mySessions(ctx: ParkingServiceContext, userId: string) {
  const { db, ownership } = ctx;
  const rows = await db.query<SessionRow & { lot_name: string }>(
    `SELECT s.*, l.name AS lot_name FROM parking_sessions s JOIN parking_lots l ON l.id = s.lot_id
        WHERE ${ownership.VISIBLE_SQL}
        ORDER BY s.entry_at DESC LIMIT 50`,
    ownership.visibleParams(userId),
  );
  const current = rows.filter((s) => s.status !== 'completed');
  return {
    current: await Promise.all(current.map((s) => liveSession(ctx, s, userId))),
    history: rows
      .filter((s) => s.status === 'completed')
      .map((s) => ({ ...sessionDto(s, { mask: false }), lot_name: s.lot_name })),
  };
}

/** One of the driver's sessions; anybody else's is as unknown as a made-up id. */
async function sessionForDriver(ctx: ParkingServiceContext, userId: string, sessionId: string) {
  const { ownership } = ctx;
  return liveSession(ctx, await ownership.visibleSessionOrThrow(userId, sessionId), userId);
}

/** "Enter the plate" (or scan the lot's QR, which gives the lot): the car's open session or debt. */
async function lookupSession(ctx: ParkingServiceContext, userId: string, lotId: string, plateInput: string) {
  const { db, ownership } = ctx;
  const plate = normalizePlate(plateInput);
  await lotOrThrow(db, lotId);
  const s =
    (await openSessionOf(db, lotId, plate)) ??
    (
      await db.query<SessionRow>(
        "SELECT * FROM parking_sessions WHERE lot_id = ? AND plate = ? AND status = 'left_unpaid' ORDER BY exit_at DESC LIMIT 1",
        [lotId, plate],
      )
    )[0];
  if (!s) throw refused('SESSION_NOT_FOUND', '该车辆在本停车场没有在场记录');
  await ownership.grantLookup(userId, s.id);
  return liveSession(ctx, s, userId);
}

/** Anybody may pay a car that is inside or owes (pay by plate); a finished stay only its payers see. */
async function pay(
  ctx: ParkingServiceContext,
  userId: string,
  sessionId: string,
  input: { coupon_code?: string; expected_due_fen?: number; payment_token?: string },
  t: IdempotencyTicket,
) {
  const { db, ownership, payments } = ctx;
  const s = await sessionOrThrow(db, sessionId);
  if (s.status === 'completed') await ownership.visibleSessionOrThrow(userId, sessionId);
  return payments.payForSession(userId, sessionId, input, t);
}

async function myPayments(ctx: ParkingServiceContext, userId: string) {
  const { db } = ctx;
  const rows = await db.query<PaymentRow>(
    "SELECT * FROM parking_payments WHERE user_id = ? AND status = 'succeeded' ORDER BY id DESC LIMIT 50",
    [userId],
  );
  return { items: rows.map(paymentDto) };
}

/** An e-invoice-like receipt (停车缴费凭证) for one of the driver's payments. */
async function receipt(ctx: ParkingServiceContext, userId: string, paymentId: string) {
  const { payments, db } = ctx;
  const p = await payments.findPayment(db, paymentId);
  if (!p || p.user_id !== userId) throw notFound('缴费记录');
  const s = await sessionOrThrow(db, p.session_id);
  const lot = await lotOrThrow(db, p.lot_id);
  const merchant = (
    await db.query<{ name: string }>('SELECT name FROM merchants WHERE id = ?', [lot.merchant_id])
  )[0];
  const tariff = await tariffOrThrow(db, s.tariff_id);
  // What this payment paid for: the stay from entry to the moment it was priced (the exit, or the
  // moment of a pre-payment, whose free-exit window follows).
  const price = priceSession({ ...s, exit_at: p.priced_until }, tariff, new Date(p.priced_until));
  const prepaid = !s.exit_at || new Date(s.exit_at) > new Date(p.priced_until);
  const coupon = p.coupon_claim_id
    ? (
        await db.query<{ name: string }>(
          'SELECT k.name FROM claims c JOIN campaigns k ON k.id = c.campaign_id WHERE c.id = ?',
          [p.coupon_claim_id],
        )
      )[0]
    : undefined;
  return {
    receipt_no: p.id.toUpperCase().replace('PPAY_', 'PK'),
    title: '停车缴费电子凭证',
    seller: merchant?.name ?? lot.name,
    lot: { name: lot.name, address: lot.address },
    plate: displayPlate(s.plate),
    entry_at: toRfc3339(s.entry_at),
    exit_at: toRfc3339(s.exit_at),
    free_exit_until: prepaid
      ? toRfc3339(new Date(new Date(p.priced_until).getTime() + lot.free_exit_minutes * 60_000))
      : null,
    coupon_campaign: coupon?.name ?? null,
    minutes: price.minutes,
    tariff_name: tariff.name,
    breakdown: price.breakdown,
    ...paymentDto(p),
    bank_trade_no: p.bank_trade_no,
    note: '本凭证为停车费缴费记录，不作报销凭证；如需发票请联系停车场开具。',
  };
}

/** A lot with its lanes; the gate controller gets the secret it signs its events with. */
async function createLot(
  ctx: ParkingServiceContext,
  input: {
    name: string;
    address: string;
    merchant_id: string;
    tariff_id: string;
    free_exit_minutes?: number;
    gate_url?: string | null;
    lanes: { name: string; direction: 'entry' | 'exit' }[];
  },
) {
  const { db, clock } = ctx;
  await tariffOrThrow(db, input.tariff_id);
  const now = clock.now();
  const lot = { id: newId('lot'), secret: randomBytes(24).toString('hex') };
  const lanes = input.lanes.map((l) => ({ id: newId('lane'), ...l }));
  await db.tx(async (sql) => {
    await sql.exec(
      'INSERT INTO parking_lots (id, name, address, merchant_id, tariff_id, free_exit_minutes, gate_url, gate_secret, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)',
      [
        lot.id,
        input.name,
        input.address,
        input.merchant_id,
        input.tariff_id,
        input.free_exit_minutes ?? 15,
        input.gate_url ?? null,
        lot.secret,
        now,
        now,
      ],
    );
    for (const l of lanes)
      await sql.exec('INSERT INTO parking_lanes (id, lot_id, name, direction) VALUES (?,?,?,?)', [
        l.id,
        lot.id,
        l.name,
        l.direction,
      ]);
  });
  return { id: lot.id, gate_secret: lot.secret, lanes };
}

async function setGateUrl(ctx: ParkingServiceContext, lotId: string, url: string) {
  const { db, clock } = ctx;
  await db.exec('UPDATE parking_lots SET gate_url = ?, updated_at = ? WHERE id = ?', [
    url,
    clock.now(),
    lotId,
  ]);
}

async function listLots(ctx: ParkingServiceContext) {
  const { db } = ctx;
  const lots = await db.query<LotRow>('SELECT * FROM parking_lots ORDER BY created_at');
  return { items: lots.map(lotDto) };
}
function parkingServiceEnsureExampleTariffs(ctx: ParkingServiceContext) {
  const { db, clock } = ctx;
  return ensureExampleTariffs(db, clock.now());
}

function parkingServiceListTariffs(ctx: ParkingServiceContext) {
  const { db } = ctx;
  return listTariffs(db);
}

function parkingServiceTariffOrThrow(ctx: ParkingServiceContext, id: string) {
  const { db } = ctx;
  return tariffOrThrow(db, id);
}

export type ParkingService = ReturnType<typeof createParkingService>;
