import type { Db } from '../../db/sql';

export type MerchantRef = { id: string; name: string };

/**
 * Names for a coupon's merchant scope, as citizens see it ("可在 天河城超市 使用"). Merchants are
 * renamed rarely and the scope is shown on every list, so names are cached per process for a minute.
 */
export function createMerchantNames(db: Db, ttlMs = 60_000) {
  const cache = new Map<string, { name: string; at: number }>();

  async function scope(ids: string[] | undefined): Promise<MerchantRef[]> {
    if (!ids?.length) return [];
    const now = Date.now();
    const missing = ids.filter((id) => {
      const hit = cache.get(id);
      return !hit || now - hit.at > ttlMs;
    });
    if (missing.length) {
      const rows = await db.query<MerchantRef>(
        `SELECT id, name FROM merchants WHERE id IN (${missing.map(() => '?').join(',')})`,
        missing,
      );
      for (const r of rows) cache.set(r.id, { name: r.name, at: now });
    }
    return ids.flatMap((id) => {
      const hit = cache.get(id);
      return hit ? [{ id, name: hit.name }] : [];
    });
  }

  const funders = new Map<string, { name: string | null; at: number }>();

  /** The funder's name, shown to citizens as the campaign's 主办方 (cached like the merchants'). */
  async function funderName(id: string): Promise<string | null> {
    const hit = funders.get(id);
    if (hit && Date.now() - hit.at <= ttlMs) return hit.name;
    const rows = await db.query<{ name: string }>('SELECT name FROM funders WHERE id = ?', [id]);
    const name = rows[0]?.name ?? null;
    funders.set(id, { name, at: Date.now() });
    return name;
  }

  return { scope, funderName };
}
