import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, runningCampaign, startEnv, type TestEnv } from '../../test/harness';
import { insertCouponClaims } from '../../test/bulk-claims';
import { EXPORT_PAGE_ROWS } from './routes';

/** Parses the CSV the exporter writes (RFC 4180, CRLF, a BOM first). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted && ch === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe.each(MODES)('CSV exports (%s)', (mode) => {
  let env: TestEnv;
  let campaignId: string;
  let funderId: string;
  const ROWS = 5000;
  beforeAll(async () => {
    env = await startEnv(mode);
    ({ id: campaignId, funderId } = await runningCampaign(env, {
      kind: 'coupon',
      budget_fen: 100_000,
      coupon: { use_window: { days: 7 }, type: 'instant', discount_fen: 500 },
    }));
    await insertCouponClaims((sql, p) => env.platform.db.exec(sql, p), campaignId, ROWS, {
      realName: (i) => (i === 0 ? '=HYPERLINK("http://evil","x")' : '张三丰'),
    });
  });
  afterAll(async () => env?.close());

  const download = async (path: string, who: string) => {
    const res = await fetch(env.url + path, { headers: { authorization: `Bearer ${await env.admin(who)}` } });
    // fetch's res.text() would drop the byte-order mark; keep it to check it is there.
    return { res, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
  };
  const exportAudits = async (entity: string) =>
    (
      await env.api('GET', `/api/v1/admin/audit-logs?action=export.csv&entity_type=${entity}`, {
        token: await env.admin('auditor'),
      })
    ).body.items;

  it('streams every claim of a campaign in keyset pages, masked for a manager, and audits the count', async () => {
    expect(ROWS).toBeGreaterThan(2 * EXPORT_PAGE_ROWS); // several pages
    const before = process.memoryUsage().rss;
    const { res, text } = await download(`/api/v1/admin/campaigns/${campaignId}/claims/export`, 'manager');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="claims-\d{14}\.csv"$/);
    expect(res.headers.get('content-length')).toBeNull(); // streamed (chunked), not buffered
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'id',
      'user_id',
      'kind',
      'amount_fen',
      'status',
      'coupon_code',
      'channel',
      'created_at',
      'phone',
      'real_name',
    ]);
    const body = rows.slice(1);
    expect(body).toHaveLength(ROWS);
    expect(new Set(body.map((r) => r[0])).size).toBe(ROWS); // no page read twice, none skipped
    for (const r of body) {
      expect(r[5]).toMatch(/^\*{4}\d{4}$/);
      expect(r[8]).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    // The name starting with "=" is masked to "=*…" and then guarded as text.
    expect(body.some((r) => r[9].startsWith("'="))).toBe(true);
    expect(body.every((r) => !r[9].startsWith('='))).toBe(true);
    // A few MB of CSV; the process does not hold it (generous bound: the test runner shares the heap).
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    const [audit] = await exportAudits('claims');
    expect(audit).toMatchObject({ entity_id: campaignId, changes: { rows: ROWS, complete: true } });
    expect(audit.actor.id).toBe(await env.adminId('manager'));
  });

  it('an auditor may export unmasked (audited as such); a manager may not', async () => {
    const refused = await download(
      `/api/v1/admin/campaigns/${campaignId}/claims/export?unmask=true`,
      'manager',
    );
    expect(refused.res.status).toBe(403);
    const noReason = await download(
      `/api/v1/admin/campaigns/${campaignId}/claims/export?unmask=true`,
      'auditor',
    );
    expect(noReason.res.status).toBe(400);
    const { res, text } = await download(
      `/api/v1/admin/campaigns/${campaignId}/claims/export?unmask=true&reason=${encodeURIComponent('监管检查')}`,
      'auditor',
    );
    expect(res.status).toBe(200);
    const body = parseCsv(text).slice(1);
    expect(body.every((r) => /^\d{12}$/.test(r[5]) && /^\d{11}$/.test(r[8]))).toBe(true);
    const [audit] = await exportAudits('claims');
    expect(audit.changes).toMatchObject({ rows: ROWS, complete: true, unmask: true, reason: '监管检查' });
  });

  it('guards formula cells in a deposit reference', async () => {
    const dep = await env.api('POST', `/api/v1/admin/funders/${funderId}/deposits`, {
      token: await env.admin('funder'),
      idem: 'formula-dep',
      body: { amount_fen: 100, reference: '=cmd|"/c calc"!A1' },
    });
    expect(dep.status).toBe(201);
    const { res, text } = await download(`/api/v1/admin/funders/${funderId}/deposits/export`, 'funder');
    expect(res.status).toBe(200);
    const rows = parseCsv(text);
    const ref = rows[0].indexOf('reference');
    expect(rows.slice(1).map((r) => r[ref])).toContain(`'=cmd|"/c calc"!A1`);
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
  });

  it.each([
    ['/api/v1/admin/settlements/export', 'funder', 'settlements'],
    ['/api/v1/admin/payments/export', 'auditor', 'payments'],
    ['/api/v1/admin/parking/sessions/export', 'auditor', 'parking_sessions'],
    ['/api/v1/admin/parking/payments/export', 'auditor', 'parking_payments'],
    ['/api/v1/admin/audit-logs/export?action=pii.unmask', 'auditor', 'audit_logs'],
    ['/api/v1/admin/risk/reviews/export', 'analyst', 'risk_reviews'],
  ])('%s answers CSV for %s and is audited', async (path, who, entity) => {
    const { res, text } = await download(path, who);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text);
    const [audit] = await exportAudits(entity);
    expect(audit.changes.rows).toBe(rows.length - 1);
  });

  it('keeps each list’s roles: a cashier cannot export claims', async () => {
    const { res } = await download(`/api/v1/admin/campaigns/${campaignId}/claims/export`, 'cashier');
    expect(res.status).toBe(403);
  });
});
