import type { EcnyOperatorClient, ReconSummary } from '../../connectors/ecny-operator/client';
import type { Db } from '../../db/sql';
import { cstDayBounds } from '../../shared/time';

// The day's totals per operator (711 机构对账汇总, 713 资金调整汇总) against the platform's exchanges
// that reached a final state that CST day. Exchanges the core refused never reached the operator and
// are left out. A difference is listed for a person (an 801/802 adjustment), never fixed silently.

type Totals = { count: number; amount_fen: number };
const KINDS = [
  { msg_tp: 'dcep.225', directions: ['out', 'interest'] },
  { msg_tp: 'dcep.221', directions: ['back'] },
] as const;
const STATES = [
  { status: 'SUCCESS', local: 'succeeded' },
  { status: 'FAILED', local: 'failed' },
] as const;

export async function reconcileDay(db: Db, operators: EcnyOperatorClient[], day: string) {
  const { start, end } = cstDayBounds(day);
  const rows = await db.query<{
    operator_id: string;
    direction: string;
    status: string;
    n: unknown;
    s: unknown;
  }>(
    `SELECT operator_id, direction, status, COUNT(*) AS n, SUM(amount_fen) AS s FROM ecny_exchanges
      WHERE completed_at >= ? AND completed_at < ? AND status IN ('succeeded','failed')
        AND (error_code IS NULL OR error_code NOT LIKE 'CORE%')
      GROUP BY operator_id, direction, status`,
    [start, end],
  );
  // Interest is paid with a 225 like a 兑出: the operator counts both under dcep.225.
  const local = (op: string, directions: readonly string[], status: string): Totals => {
    const rs = rows.filter(
      (x) => x.operator_id === op && directions.includes(x.direction) && x.status === status,
    );
    return {
      count: rs.reduce((a, r) => a + Number(r.n ?? 0), 0),
      amount_fen: rs.reduce((a, r) => a + Number(r.s ?? 0), 0),
    };
  };
  const result = [];
  for (const op of operators) {
    const summary: ReconSummary = await op.reconSummary(day);
    const funds = await op.fundSummary(day);
    const lines = KINDS.flatMap((k) =>
      STATES.map((st) => {
        const theirs = summary[k.msg_tp][st.status];
        const ours = local(op.id, k.directions, st.local);
        const matched = theirs.count === ours.count && theirs.amount_fen === ours.amount_fen;
        return { msg_tp: k.msg_tp, status: st.status, operator: theirs, platform: ours, matched };
      }),
    );
    const net =
      local(op.id, ['out', 'interest'], 'succeeded').amount_fen -
      local(op.id, ['back'], 'succeeded').amount_fen;
    result.push({
      operator_id: op.id,
      batch_id: summary.batch_id,
      lines,
      net: { operator_fen: funds.net_fen, platform_fen: net, matched: funds.net_fen === net },
      matched: lines.every((l) => l.matched) && funds.net_fen === net,
    });
  }
  return { bill_date: day, operators: result, matched: result.every((r) => r.matched) };
}
