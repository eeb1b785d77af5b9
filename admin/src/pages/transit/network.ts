import { createContext, useContext } from 'react';
import type { operations } from '../../api-schema';
import type { ResponseOf } from '../../api-types';

// The network (stations, lines, rider categories) every tab of 轨道交通 names things by.

export type Network = ResponseOf<'getAdminTransitNetwork'>;
export type BodyOf<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export const NetworkContext = createContext<Network | null>(null);

/** The station's name (its id when the network does not know it, e.g. an old fare table's station). */
export function useStationName() {
  const net = useContext(NetworkContext);
  const names = new Map(net?.stations.map((s) => [s.id, s.name]) ?? []);
  return (id: string | null | undefined) => (id ? (names.get(id) ?? id) : '—');
}

export function useStationOptions() {
  const net = useContext(NetworkContext);
  return (net?.stations ?? []).map((s) => ({ value: s.id, label: s.name }));
}

type Category = { id: string; name: string };

/** Rider categories as the fare table defines them (adult, student, senior …). */
export function useRiderCategories(): Category[] {
  const net = useContext(NetworkContext);
  const c = net?.rules.rider_categories;
  return Array.isArray(c) ? (c as Category[]) : [];
}

/** "2026-12-01 08:30" typed as Beijing time → RFC 3339 with +08:00; null if not that shape. */
export function parseCstInput(text: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** An instant as "2026-12-01 08:30" Beijing time (what parseCstInput reads back). */
export function cstInput(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
