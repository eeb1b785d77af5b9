import type { Sql } from './sql';

export type PageRequest = { cursor?: string | number; limit: number };
export type Page<T> = { rows: T[]; next_cursor: string | null };

/**
 * Keyset pagination, newest first by id (our ids are time-ordered): equality filters (undefined ones
 * are skipped) plus `id < cursor`; one extra row tells whether there is a next page.
 * `table` and the filter names are code, never user input.
 */
export async function pageById<T extends { id: string | number }>(
  sql: Sql,
  table: string,
  filters: Record<string, unknown>,
  page: PageRequest,
): Promise<Page<T>> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (page.cursor !== undefined) {
    where.push('id < ?');
    params.push(page.cursor);
  }
  const rows = await sql.query<T>(
    `SELECT * FROM ${table} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    [...params, page.limit + 1],
  );
  const slice = rows.slice(0, page.limit);
  return { rows: slice, next_cursor: rows.length > page.limit ? String(slice[slice.length - 1].id) : null };
}
