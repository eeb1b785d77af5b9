import { Readable } from 'node:stream';
import type { Db } from '../db/sql';
import type { Reply } from '../http/route';
import { applyPolicy, type ClassPolicy } from '../masking/policy';
import type { Clock } from '../shared/time';
import { recordAudit, type Actor } from '../modules/audit';
import { csvHeader, csvRow, type CsvColumn } from './csv';

export type ExportPage = { items: Record<string, unknown>[]; next_cursor: string | number | null };

export type CsvExport = {
  /** The list's name: the audit row's entity_type and the file name's stem. */
  name: string;
  /** What was exported (a campaign id, a funder id), or '*' for a whole list. */
  entityId: string;
  columns: CsvColumn[];
  /** One keyset page after `cursor` (undefined for the first); next_cursor null after the last. */
  page: (cursor: string | undefined) => Promise<ExportPage>;
  policy: ClassPolicy;
  /** Filters and whether the caller unmasked, kept in the audit row. */
  filters: Record<string, unknown>;
  actor: Actor;
  requestId: string;
};

export type ExportDeps = { db: Db; clock: Clock };

// Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark.
const BOM = '\ufeff';

/**
 * A CSV download that streams: a page is read from the database only when the client has taken the
 * one before (Readable.from pulls the generator), so memory stays flat however long the list is.
 * Every row passes the caller's masking policy. When the stream ends — finished, or cut off by the
 * client — one audit row records who exported what and how many rows left.
 */
export function csvExport(deps: ExportDeps, spec: CsvExport): Reply {
  async function* lines() {
    let rows = 0;
    let complete = false;
    let pending: Promise<ExportPage> | null = null;
    try {
      yield BOM + csvHeader(spec.columns);
      // The next page is read while this one is masked and written: at most two pages in memory.
      pending = spec.page(undefined);
      while (pending) {
        const page: ExportPage = await pending;
        pending = page.next_cursor === null ? null : spec.page(String(page.next_cursor));
        let chunk = '';
        for (const item of page.items) chunk += csvRow(spec.columns, applyPolicy(item, spec.policy));
        rows += page.items.length;
        if (chunk) yield chunk;
      }
      complete = true;
    } finally {
      // A client that hung up leaves a read in flight; its outcome no longer matters.
      pending?.catch(() => undefined);
      await recordExport(deps, spec, rows, complete);
    }
  }
  const stamp = deps.clock.now().toISOString().slice(0, 19).replace(/[-:T]/g, '');
  return {
    status: 200,
    body: Readable.from(lines(), { objectMode: false }),
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${spec.name}-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  };
}

async function recordExport(deps: ExportDeps, spec: CsvExport, rows: number, complete: boolean) {
  await deps.db.tx((sql) =>
    recordAudit(
      sql,
      {
        actor: spec.actor,
        action: 'export.csv',
        entity_type: spec.name,
        entity_id: spec.entityId,
        changes: { rows, complete, ...spec.filters },
        request_id: spec.requestId,
      },
      deps.clock.now(),
    ),
  );
}
