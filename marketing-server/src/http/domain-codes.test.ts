import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Context } from 'koa';
import { describe, expect, it, vi } from 'vitest';
import { BANK_CODES } from '../connectors/bank-wallet/client';
import { RateLimitedError } from '../security/rate-limit';
import { DomainError, notFound, refused } from '../shared/domain-error';
import type { Logger } from '../shared/logger';
import { AppError, errorMapper, STATUS_BY_CODE, statusOf } from './errors';

// Every domain code thrown anywhere in src has a status in the one table (STATUS_BY_CODE), the table
// has no code nobody throws, and the mapper answers through it. The source is read as text: a code
// is a string literal passed to `refused(…)`, `new DomainError(…)` or a DomainError subclass's `super(…)`.

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const FILES = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
}));

/** A literal code, or any other first argument (a variable: a code computed at run time). */
const THROW_SITE = /\b(?:refused|new DomainError|super)\(\s*(?:'([A-Z][A-Z0-9_]*)'|([^'\s)][^,)]*))/g;

/** Where a code is computed, and what bounds it (the test checks that bound instead). */
const COMPUTED = new Map([
  ['connectors/bank-wallet/client.ts', 'BankRefusal: BANK_CODES or BANK_REJECTED'],
  ['modules/parking/fee-payments.ts', 'failureError: the code of a BankRefusal'],
  ['modules/cashier/attempts.ts', 'failure: the code of a BankRefusal'],
  ['shared/domain-error.ts', 'refused(code, …) and DomainError itself'],
  ['http/errors.ts', 'AppError: carries its own status'],
]);

function thrownCodes() {
  const literal = new Map<string, string[]>();
  const computed: string[] = [];
  for (const f of FILES) {
    // A `super(…)` names a code only in a class that extends DomainError.
    const superIsDomain = /extends (?:DomainError|BankRefusal)\b/.test(f.text);
    for (const m of f.text.matchAll(THROW_SITE)) {
      if (m[0].startsWith('super') && !superIsDomain) continue;
      if (m[1]) literal.set(m[1], [...(literal.get(m[1]) ?? []), f.path]);
      else computed.push(`${f.path}: ${m[0]}`);
    }
  }
  return { literal, computed };
}

describe('domain codes and their statuses', () => {
  const { literal, computed } = thrownCodes();
  const bankCodes = [...Object.values(BANK_CODES).map((c) => c.code), 'BANK_REJECTED'];

  it('finds the codes (the scan itself works)', () => {
    expect(literal.get('STOCK_EXHAUSTED')).toBeDefined();
    expect(literal.get('RATE_LIMITED')).toEqual(['security/rate-limit.ts']);
    expect(literal.get('BANK_OUTCOME_UNKNOWN')).toEqual(['connectors/bank-wallet/client.ts']);
    expect(literal.get('NOT_FOUND')).toEqual(['shared/domain-error.ts']);
  });

  it('every code thrown in src is in the table', () => {
    const missing = [...literal.keys(), ...bankCodes].filter((code) => !Object.hasOwn(STATUS_BY_CODE, code));
    expect(missing).toEqual([]);
  });

  it('codes are computed only where the test knows what bounds them', () => {
    const unknown = computed.filter((site) => !COMPUTED.has(site.slice(0, site.indexOf(':'))));
    expect(unknown).toEqual([]);
  });

  it('the table has no code that nobody throws', () => {
    const thrown = new Set([...literal.keys(), ...bankCodes]);
    expect(Object.keys(STATUS_BY_CODE).filter((code) => !thrown.has(code))).toEqual([]);
  });

  it('services and connectors never import the HTTP layer for errors', () => {
    const outside = FILES.filter(
      (f) => !f.path.startsWith('http/') && f.path !== 'app.ts' && /from '[./]+http\/errors'/.test(f.text),
    );
    expect(outside.map((f) => f.path)).toEqual([]);
  });
});

function ctxFor(errorStatuses?: Record<string, number>) {
  const headers: Record<string, string> = {};
  const ctx = {
    state: { requestId: 'req_1', errorStatuses },
    path: '/x',
    method: 'POST',
    status: 200,
    body: undefined as unknown,
    set: (k: string, v: string) => void (headers[k] = v),
  };
  return { ctx, headers };
}

async function map(err: unknown, errorStatuses?: Record<string, number>) {
  const logger = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
  const { ctx, headers } = ctxFor(errorStatuses);
  await errorMapper(logger as unknown as Logger)(ctx as unknown as Context, () => Promise.reject(err));
  return { status: ctx.status, body: ctx.body as Record<string, unknown>, headers, logger };
}

describe('the error mapper', () => {
  it('answers a domain code with the table status, its message and details', async () => {
    const r = await map(refused('STOCK_EXHAUSTED', '来晚了，已被领完', { left: 0 }));
    expect(r.status).toBe(409);
    expect(r.body).toEqual({
      code: 'STOCK_EXHAUSTED',
      message: '来晚了，已被领完',
      request_id: 'req_1',
      details: { left: 0 },
    });
    expect((await map(notFound('活动'))).status).toBe(404);
  });

  it('an unknown code is a 500, logged as a bug', async () => {
    const r = await map(new DomainError('NO_SUCH_CODE', '?'));
    expect(r.status).toBe(500);
    expect(r.body.code).toBe('INTERNAL_ERROR');
    expect(r.logger.error).toHaveBeenCalledWith(expect.stringContaining('STATUS_BY_CODE'), expect.anything());
  });

  it('a rate limit is a 429 with Retry-After', async () => {
    const r = await map(new RateLimitedError(2500));
    expect(r.status).toBe(429);
    expect(r.headers['Retry-After']).toBe('3');
    expect(r.body).toMatchObject({ code: 'RATE_LIMITED', details: { retry_after_s: 3 } });
  });

  it("an AppError keeps its own status; a route's exception beats the table", async () => {
    expect((await map(new AppError(400, 'VALIDATION_FAILED', 'bad'))).status).toBe(400);
    expect((await map(refused('VALIDATION_FAILED', 'bad'))).status).toBe(422);
    const reused = refused('IDEMPOTENCY_KEY_REUSED', 'x');
    expect((await map(reused, { IDEMPOTENCY_KEY_REUSED: 409 })).status).toBe(409);
    expect(statusOf(reused)).toBe(422);
  });
});
