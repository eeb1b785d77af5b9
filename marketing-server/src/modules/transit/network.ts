import { z } from 'zod';

// The rail network as data (pure: no I/O). Lines are ordered station lists with the distance of each
// segment in metres (integers: no float sums drift a fare across a band edge). A station shared by
// two lines of the same fare area is an interchange (paid-area transfer, no new fare). Fare areas
// keep separately priced systems apart: the metro (distance fares), the APM (flat) and each tram
// line (flat, paid on board); no path crosses from one area into another.

export const lineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,24}$/),
  name: z.string().min(1).max(40),
  kind: z.enum(['metro', 'apm', 'tram']),
  /** Fare area: stations are reachable from each other only inside one area. */
  area: z.string().regex(/^[a-z0-9-]{1,24}$/),
  /** The merchant (operating company) the fares of this line are paid to. */
  operator_merchant_id: z.string().min(1).max(40),
  stations: z
    .array(z.string().regex(/^[a-z0-9-]{1,32}$/))
    .min(2)
    .max(80),
  /** segments_m[i] = metres from stations[i] to stations[i+1]. */
  segments_m: z.array(z.number().int().min(100).max(50_000)),
});

export const stationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  name: z.string().min(1).max(40),
});

export const networkSchema = z
  .strictObject({
    name: z.string().min(1).max(60),
    stations: z.array(stationSchema).min(2).max(500),
    lines: z.array(lineSchema).min(1).max(40),
  })
  .superRefine((n, ctx) => {
    const ids = new Set(n.stations.map((s) => s.id));
    if (ids.size !== n.stations.length) ctx.addIssue({ code: 'custom', message: 'duplicate station id' });
    const areaOf = new Map<string, string>();
    for (const l of n.lines) {
      if (l.segments_m.length !== l.stations.length - 1)
        ctx.addIssue({ code: 'custom', message: `line ${l.id}: segments_m must have stations − 1 entries` });
      for (const s of l.stations) {
        if (!ids.has(s)) ctx.addIssue({ code: 'custom', message: `line ${l.id}: unknown station ${s}` });
        const a = areaOf.get(s);
        if (a && a !== l.area)
          ctx.addIssue({ code: 'custom', message: `station ${s} is in two fare areas (${a}, ${l.area})` });
        areaOf.set(s, l.area);
      }
    }
  });

export type Network = z.infer<typeof networkSchema>;
export type Line = z.infer<typeof lineSchema>;

export type StationInfo = { id: string; name: string; area: string; kind: Line['kind']; lines: string[] };

/** Each station with its fare area, kind and lines (a station outside every line is dropped). */
export function stationIndex(n: Network): Map<string, StationInfo> {
  const names = new Map(n.stations.map((s) => [s.id, s.name]));
  const out = new Map<string, StationInfo>();
  for (const l of n.lines)
    for (const s of l.stations) {
      const prior = out.get(s);
      if (prior) prior.lines.push(l.id);
      else out.set(s, { id: s, name: names.get(s) ?? s, area: l.area, kind: l.kind, lines: [l.id] });
    }
  return out;
}

/** Adjacency list of the track graph (both directions; the shorter of two parallel segments). */
function graphOf(n: Network): Map<string, Map<string, number>> {
  const g = new Map<string, Map<string, number>>();
  const edge = (a: string, b: string, m: number) => {
    const row = g.get(a) ?? new Map<string, number>();
    row.set(b, Math.min(row.get(b) ?? Infinity, m));
    g.set(a, row);
  };
  for (const l of n.lines)
    for (let i = 0; i < l.segments_m.length; i++) {
      edge(l.stations[i], l.stations[i + 1], l.segments_m[i]);
      edge(l.stations[i + 1], l.stations[i], l.segments_m[i]);
    }
  return g;
}

/** Shortest track distance in metres from one station to every station it reaches (Dijkstra). */
export function distancesFrom(g: Map<string, Map<string, number>>, from: string): Map<string, number> {
  const dist = new Map<string, number>([[from, 0]]);
  const done = new Set<string>();
  // The networks are small (hundreds of stations): a linear scan for the next node is fast enough.
  for (;;) {
    let best: string | null = null;
    for (const [s, d] of dist) if (!done.has(s) && (best === null || d < dist.get(best)!)) best = s;
    if (best === null) return dist;
    done.add(best);
    for (const [next, m] of g.get(best) ?? []) {
      const d = dist.get(best)! + m;
      if (d < (dist.get(next) ?? Infinity)) dist.set(next, d);
    }
  }
}

/** All-pairs shortest distances (metres) inside each fare area: od[from][to]. */
export function shortestDistances(n: Network): Record<string, Record<string, number>> {
  const g = graphOf(n);
  const out: Record<string, Record<string, number>> = {};
  for (const s of stationIndex(n).keys()) out[s] = Object.fromEntries(distancesFrom(g, s));
  return out;
}
