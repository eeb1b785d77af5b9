import type { Facts } from './facts';
import type { CompiledRuleSet } from './compile';
import type { Evaluation } from './types';

export type SimulationCase = { id?: string; facts: Facts; now?: Date };

export type Simulation = {
  total: number;
  changed: number;
  /** Decision counts per rule set, e.g. `{ allow: 90, reject: 10 }`. */
  live_decisions: Record<string, number>;
  draft_decisions: Record<string, number>;
  /** How decisions move from live to draft, e.g. `{ "allow→reject": 3 }`. */
  transitions: Record<string, number>;
  /** The cases whose decision changes, with both evaluations (capped). */
  changes: { id?: string; live: Evaluation; draft: Evaluation }[];
};

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/** Runs a draft beside the live rule set over recorded fact sets and reports how decisions would change. */
export function simulate(
  live: CompiledRuleSet,
  draft: CompiledRuleSet,
  cases: SimulationCase[],
  maxChanges = 100,
): Simulation {
  const out: Simulation = {
    total: cases.length,
    changed: 0,
    live_decisions: {},
    draft_decisions: {},
    transitions: {},
    changes: [],
  };
  for (const c of cases) {
    const a = live.evaluate(c.facts, { now: c.now });
    const b = draft.evaluate(c.facts, { now: c.now });
    bump(out.live_decisions, a.decision);
    bump(out.draft_decisions, b.decision);
    if (a.decision !== b.decision) {
      out.changed++;
      bump(out.transitions, `${a.decision}→${b.decision}`);
      if (out.changes.length < maxChanges) {
        out.changes.push({
          id: c.id,
          live: a,
          draft: draft.evaluate(c.facts, { now: c.now, explain: true }),
        });
      }
    }
  }
  return out;
}
