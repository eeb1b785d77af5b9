import { IdempotencyTicket } from '../idempotency/ticket';
import { isRefusal } from '../shared/domain-error';
import { createMemoryIdempotencyStore } from '../idempotency/store';
import { displayPlate } from '../modules/parking';
import { formatYuan } from '../shared/money';
import { newId } from '../shared/ids';
import type { Platform } from '../platform';
import { DEMO_LOT_NAME } from './demo';

// The embedded demo's parking traffic, driven through the lot's gate simulator over HTTP like a real
// gate controller: a driver with a seamless agreement goes in and out (charged, barrier opens), a
// second car of theirs stays parked for the app, and a third leaves while the gate is offline and
// becomes a debt for the admin's exception list. Runs at every embedded start (the in-process bank
// forgets wallets on restart, so the driver binds again).

export const DEMO_DRIVER_PHONE = '13800000088';
/** The demo driver's real name, known to the identity registry simulator; the registry has their cars. */
const DEMO_DRIVER = { name: '陈小明', id_number: '440106198808083219' };
const SEAMLESS_PLATE = '粤AD12345';
const PARKED_PLATE = '粤A8K888';
const OFFLINE_PLATE = '粤B5F302';
const MIN = 60_000;

const ignoreExisting = (err: unknown) => {
  if (!isRefusal(err, 'PLATE_EXISTS')) throw err;
};

/**
 * The registries (in memory, so at every start) learn the driver and their two cars; the driver is
 * real-name verified once, and their plates are verified against the vehicle registry.
 */
async function ownTheCars(p: Platform, userId: string, plates: string[]) {
  const registries = p.embeddedRegistries;
  if (!registries?.identity || !registries.vehicles) return false;
  registries.identity.register(DEMO_DRIVER.name, DEMO_DRIVER.id_number);
  for (const plate of plates)
    registries.vehicles.register({
      plate,
      owner_name: DEMO_DRIVER.name,
      owner_id_number: DEMO_DRIVER.id_number,
    });
  const me = await p.services.identity.getMe(userId);
  if (!me.verified) await p.services.identity.verifyIdentity(userId, DEMO_DRIVER.name, DEMO_DRIVER.id_number);
  return true;
}

export async function driveDemoParking(p: Platform): Promise<string[]> {
  // The lot the demo seed created (is_demo), never a real lot that happens to share its name.
  const lot = (
    await p.db.query<{ id: string }>(
      'SELECT id FROM parking_lots WHERE is_demo = ? ORDER BY created_at LIMIT 1',
      [true],
    )
  )[0];
  const gate = lot && p.embeddedGates.get(lot.id);
  const bankMock = p.embeddedBank;
  if (!lot || !gate || !bankMock) return [];
  const lanes = await p.db.query<{ id: string; direction: string }>(
    'SELECT id, direction FROM parking_lanes WHERE lot_id = ?',
    [lot.id],
  );
  const entry = lanes.find((l) => l.direction === 'entry')!.id;
  const exit = lanes.find((l) => l.direction === 'exit')!.id;
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * MIN).toISOString();

  const userId = await demoDriver(p, bankMock);
  if (!(await registerDemoCars(p, userId))) return [];

  const lines = [`  Parking demo  ${DEMO_LOT_NAME}: gate simulator ${gate ? await gateUrl(p, lot.id) : ''}`];
  await gate.vehicleAt({ lane_id: entry, plate: SEAMLESS_PLATE, captured_at: at(130) });
  const out = await gate.vehicleAt({ lane_id: exit, plate: SEAMLESS_PLATE });
  lines.push(
    `    ${displayPlate(SEAMLESS_PLATE)} in 130 min ago → out: ${out.decision?.display ?? '?'} (fee ${formatYuan(out.decision?.fee_fen ?? 0)}, barrier ${out.barrier})`,
  );
  const parked = await gate.vehicleAt({ lane_id: entry, plate: PARKED_PLATE, captured_at: at(80) });
  lines.push(
    `    ${displayPlate(PARKED_PLATE)} parked (session ${parked.decision?.session_id}); pay it in the H5 app as ${DEMO_DRIVER_PHONE} → 停车缴费`,
  );
  const debts = await p.db.query(
    "SELECT id FROM parking_exceptions WHERE kind = 'unpaid_exit' AND status = 'open' LIMIT 1",
  );
  if (!debts.length) {
    await gate.vehicleAt({ lane_id: entry, plate: OFFLINE_PLATE, plate_color: 'blue', captured_at: at(190) });
    gate.setOnline(false);
    await gate.vehicleAt({ lane_id: exit, plate: OFFLINE_PLATE });
    gate.setOnline(true);
    const replayed = await gate.replay();
    lines.push(
      `    ${displayPlate(OFFLINE_PLATE)} left while the gate was offline (replayed ${replayed.replayed.length} event): an unpaid exit in 管理后台 → 停车收费`,
    );
  }
  return lines;
}

/** The driver: a citizen by phone (log in on the H5 app with it), wallet bound and topped up. */
async function demoDriver(p: Platform, bankMock: NonNullable<Platform['embeddedBank']>): Promise<string> {
  let userId = (
    await p.db.query<{ id: string }>('SELECT id FROM users WHERE phone = ?', [DEMO_DRIVER_PHONE])
  )[0]?.id;
  if (!userId) {
    userId = newId('usr');
    await p.db.exec('INSERT INTO users (id, phone, created_at, updated_at) VALUES (?,?,?,?)', [
      userId,
      DEMO_DRIVER_PHONE,
      new Date(),
      new Date(),
    ]);
  }
  const wallet = p.services.wallet;
  if (!(await wallet.binding(userId))) {
    const started = await wallet.startBinding(userId, DEMO_DRIVER_PHONE);
    const otp = bankMock.otps.filter((o) => o.binding_id === started.binding_id).at(-1)!.otp;
    await wallet.confirmBinding(userId, started.binding_id, otp);
    const store = createMemoryIdempotencyStore(p.db);
    await wallet.topUp(
      userId,
      20_000,
      new IdempotencyTicket(store, `citizen:${userId}`, newId('demo-topup'), 'seed', 201),
    );
  }
  return userId;
}

/**
 * The driver's two cars on their account, verified, the first with the seamless agreement. False when
 * the embedded registries are absent (the plates cannot be verified).
 */
async function registerDemoCars(p: Platform, userId: string): Promise<boolean> {
  const parking = p.services.parking;
  if (!(await ownTheCars(p, userId, [SEAMLESS_PLATE, PARKED_PLATE]))) return false;
  await parking.addPlate(userId, { plate: SEAMLESS_PLATE }).catch(ignoreExisting);
  await parking.addPlate(userId, { plate: PARKED_PLATE }).catch(ignoreExisting);
  for (const plate of (await parking.listPlates(userId)).items)
    if (plate.verification === 'unverified') await parking.verifyPlate(userId, plate.id);
  const plates = (await parking.listPlates(userId)).items;
  await parking.setSeamless(userId, plates.find((x) => x.plate === displayPlate(SEAMLESS_PLATE))!.id, true);
  return true;
}

async function gateUrl(p: Platform, lotId: string) {
  return (
    await p.db.query<{ gate_url: string }>('SELECT gate_url FROM parking_lots WHERE id = ?', [lotId])
  )[0]?.gate_url;
}
