import type { Db } from '../../db/sql';
import { signedHeaders } from '../../security/signed-request';
import { newId } from '../../shared/ids';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import { findLot } from './lots';

// Open-gate commands to a lot's gate controller (after a payment made in the app while the car
// waits at the barrier). Stored first, then delivered, signed like the gate's own events; a command
// that could not be delivered is retried by the sweep for a few minutes (the controller ignores a
// command id it has already executed). After that the car has been let out by other means.
const COMMAND_TTL_MS = 5 * 60_000;

export function createGateCommands(deps: { db: Db; clock: Clock; logger: Logger }) {
  const { db, clock, logger } = deps;

  async function deliver(commandId: string) {
    const cmd = (
      await db.query<{
        id: string;
        lot_id: string;
        lane_id: string;
        session_id: string | null;
        reason: string;
      }>("SELECT * FROM parking_gate_commands WHERE id = ? AND status = 'pending'", [commandId])
    )[0];
    if (!cmd) return false;
    const lot = await findLot(db, cmd.lot_id);
    let error: string | null = null;
    if (!lot?.gate_url) error = 'lot has no gate endpoint';
    else {
      const body = JSON.stringify({ command_id: cmd.id, session_id: cmd.session_id, reason: cmd.reason });
      try {
        const res = await fetch(`${lot.gate_url}/v1/lanes/${encodeURIComponent(cmd.lane_id)}/open`, {
          method: 'POST',
          headers: signedHeaders(lot.gate_secret, body, clock.now()),
          body,
          signal: AbortSignal.timeout(3000),
        });
        await res.body?.cancel();
        if (!res.ok) error = `gate answered HTTP ${res.status}`;
      } catch (err) {
        error = (err as Error).message;
      }
    }
    if (error === null) {
      await db.exec(
        "UPDATE parking_gate_commands SET status = 'delivered', attempts = attempts + 1, delivered_at = ? WHERE id = ?",
        [clock.now(), cmd.id],
      );
      return true;
    }
    logger.warn('open-gate command not delivered', { command_id: cmd.id, error });
    await db.exec('UPDATE parking_gate_commands SET attempts = attempts + 1, last_error = ? WHERE id = ?', [
      error.slice(0, 255),
      cmd.id,
    ]);
    return false;
  }

  /** Records and sends an open command; delivery failures are left to the sweep. */
  async function openGate(lotId: string, laneId: string, sessionId: string | null, reason: string) {
    const id = newId('pcmd');
    await db.exec(
      "INSERT INTO parking_gate_commands (id, lot_id, lane_id, session_id, reason, status, attempts, created_at) VALUES (?,?,?,?,?,'pending',0,?)",
      [id, lotId, laneId, sessionId, reason, clock.now()],
    );
    const delivered = await deliver(id);
    return { command_id: id, delivered };
  }

  async function retryPending(limit = 50) {
    const now = clock.now();
    await db.exec(
      "UPDATE parking_gate_commands SET status = 'expired' WHERE status = 'pending' AND created_at < ?",
      [new Date(now.getTime() - COMMAND_TTL_MS)],
    );
    const rows = await db.query<{ id: string }>(
      "SELECT id FROM parking_gate_commands WHERE status = 'pending' ORDER BY created_at LIMIT ?",
      [limit],
    );
    for (const r of rows) await deliver(r.id);
    return rows.length;
  }

  return { openGate, retryPending };
}

export type GateCommands = ReturnType<typeof createGateCommands>;
