import type { VehicleRegistryClient } from '../../connectors/registries/client';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import { isRefusal, refused, notFound } from '../../shared/domain-error';
import type { Clock } from '../../shared/time';
import { recordAudit } from '../audit';
import { displayPlate, plateDto, type PlateRow } from './plates';
import { sessionOrThrow, type SessionRow } from './sessions';

// Who may read what of a car. A plate a driver adds is theirs only once the vehicle registry confirms
// that its registered owner is the driver's verified real name; until then it is 待验证 and shows
// nothing. A verified owner displaces every other account's claim on the plate (and so its seamless
// agreement). Sessions are read by: the drivers who paid them, the plate's verified owner (what is
// open now, and what ended since the verification), and while the car is inside or owes, whoever
// looked it up by lot and plate (pay by plate). Anybody else gets 404, as for a made-up id.

/** The SQL condition on `s` (parking_sessions) for "this driver may see it"; see visibleParams. */
const VISIBLE_SQL = `(s.last_payer_id = ?
   OR s.id IN (SELECT pp.session_id FROM parking_payments pp WHERE pp.user_id = ?)
   OR EXISTS (SELECT 1 FROM parking_plates p WHERE p.user_id = ? AND p.plate = s.plate
               AND p.verified_at IS NOT NULL AND (s.status <> 'completed' OR s.exit_at >= p.verified_at)))`;

export type PlateOwnershipDeps = { db: Db; clock: Clock; vehicles: VehicleRegistryClient };

/** Why a plate could not be verified now: the plate stays 待验证 and the driver can try again. */
const RETRYABLE = new Set([
  'IDENTITY_NOT_VERIFIED',
  'PLATE_NOT_REGISTERED',
  'PLATE_OWNER_MISMATCH',
  'REGISTRY_UNAVAILABLE',
]);

export function createPlateOwnership(deps: PlateOwnershipDeps) {
  const ctx = makePlateOwnershipContext(deps);
  return {
    VISIBLE_SQL,
    visibleParams: visibleParams.bind(null, ctx),
    visibleSessionOrThrow: visibleSessionOrThrow.bind(null, ctx),
    grantLookup: grantLookup.bind(null, ctx),
    verifyPlate: verifyPlate.bind(null, ctx),
    verifyIfPossible: verifyIfPossible.bind(null, ctx),
  };
}

type PlateOwnershipContext = ReturnType<typeof makePlateOwnershipContext>;

/** The state and collaborators that createPlateOwnership's operations share. */
function makePlateOwnershipContext(deps: PlateOwnershipDeps) {
  const { db, clock } = deps;
  const plateRow = async (id: string) =>
    (await db.query<PlateRow>('SELECT * FROM parking_plates WHERE id = ?', [id]))[0];
  return { deps, db, clock, plateRow };
}

async function visibleSessionOrThrow(
  ctx: PlateOwnershipContext,
  userId: string,
  sessionId: string,
): Promise<SessionRow> {
  const { db } = ctx;
  const s = await sessionOrThrow(db, sessionId);
  const seen = await db.query<{ id: string }>(
    `SELECT s.id FROM parking_sessions s WHERE s.id = ? AND (${VISIBLE_SQL}
          OR (s.status <> 'completed' AND EXISTS (SELECT 1 FROM parking_session_lookups k
                                                   WHERE k.session_id = s.id AND k.user_id = ?)))`,
    [sessionId, ...visibleParams(ctx, userId), userId],
  );
  if (!seen.length) throw notFound('停车记录');
  return s;
}

function visibleParams(ctx: PlateOwnershipContext, userId: string) {
  return [userId, userId, userId];
}

/** The driver found this car by lot and plate: they may open its page while it is inside or owes. */
async function grantLookup(ctx: PlateOwnershipContext, userId: string, sessionId: string) {
  const { db, clock } = ctx;
  try {
    await db.exec('INSERT INTO parking_session_lookups (session_id, user_id, created_at) VALUES (?,?,?)', [
      sessionId,
      userId,
      clock.now(),
    ]);
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

/**
 * Asks the vehicle registry whether the plate is registered to the driver's verified real name;
 * on a match the plate becomes 已验证 and every other account's claim on it is removed.
 */
async function verifyPlate(ctx: PlateOwnershipContext, userId: string, plateId: string) {
  const { plateRow, db, deps } = ctx;
  const p = await plateRow(plateId);
  if (!p || p.user_id !== userId) throw notFound('车牌');
  if (p.verified_at) return plateDto(p);
  const u = (
    await db.query<{ real_name: string | null; id_hash: string | null }>(
      'SELECT real_name, id_hash FROM users WHERE id = ?',
      [userId],
    )
  )[0];
  if (!u?.id_hash || !u.real_name) throw refused('IDENTITY_NOT_VERIFIED', '请先完成实名认证，再验证车主身份');
  const answer = await deps.vehicles.checkOwner(p.plate, u.real_name, u.id_hash);
  if (answer === 'not_registered')
    throw refused('PLATE_NOT_REGISTERED', '未查到该车牌的登记信息，请核对车牌号');
  if (answer !== 'match') throw refused('PLATE_OWNER_MISMATCH', '该车辆登记的车主与您的实名信息不一致');
  await takePlate(ctx, userId, p);
  return plateDto(await plateRow(p.id));
}

async function takePlate(ctx: PlateOwnershipContext, userId: string, p: PlateRow) {
  const { clock, db } = ctx;
  const now = clock.now();
  try {
    await db.tx(async (sql) => {
      const others = await sql.query<{ id: string; user_id: string; seamless_plate: string | null }>(
        'SELECT id, user_id, seamless_plate FROM parking_plates WHERE plate = ? AND id <> ?',
        [p.plate, p.id],
      );
      await sql.exec('DELETE FROM parking_plates WHERE plate = ? AND id <> ?', [p.plate, p.id]);
      await sql.exec('UPDATE parking_plates SET verified_at = ?, verified_plate = ? WHERE id = ?', [
        now,
        p.plate,
        p.id,
      ]);
      const actor = { type: 'citizen' as const, id: userId };
      await recordAudit(
        sql,
        { actor, action: 'parking.plate_verify', entity_type: 'parking_plate', entity_id: p.id },
        now,
      );
      for (const o of others)
        await recordAudit(
          sql,
          {
            actor,
            action: 'parking.plate_displaced',
            entity_type: 'parking_plate',
            entity_id: o.id,
            changes: {
              user_id: o.user_id,
              plate: displayPlate(p.plate),
              ...(o.seamless_plate ? { seamless: { from: true, to: false } } : {}),
            },
          },
          now,
        );
    });
  } catch (err) {
    if (isDuplicateKeyError(err))
      throw refused('PLATE_VERIFIED_BY_OTHER', '该车牌正在由其他账号验证，请稍后重试');
    throw err;
  }
}

/** verifyPlate when it can succeed now; a plate that cannot be verified yet stays 待验证. */
async function verifyIfPossible(ctx: PlateOwnershipContext, userId: string, plateId: string) {
  const { plateRow } = ctx;
  try {
    return await verifyPlate(ctx, userId, plateId);
  } catch (err) {
    if (isRefusal(err) && RETRYABLE.has(err.code)) return plateDto(await plateRow(plateId));
    throw err;
  }
}
