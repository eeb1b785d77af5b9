import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from '../../test/openapi-document';
import { API_TYPE_FILES, generateApiTypes } from '../../test/api-types';
import { CHECK_RESPONSES, checkReply, ResponseContractError } from './response-check';

type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

describe('API contracts', () => {
  const route = {
    method: 'get',
    path: '/things/:id',
    responses: { 200: z.object({ id: z.string(), at: z.string() }), 204: null },
  };

  it('checks every reply against its declared response under vitest', () => {
    expect(CHECK_RESPONSES).toBe(true);
    expect(checkReply(route, { status: 200, body: { id: 'a', at: new Date(0) } }).status).toBe(200);
    expect(() => checkReply(route, { status: 200, body: { id: 1 } })).toThrow(ResponseContractError);
    expect(() => checkReply(route, { status: 201, body: { id: 'a' } })).toThrow(/status not declared/);
    expect(() => checkReply(route, { status: 204, body: {} })).toThrow(/without a body/);
    expect(checkReply(route, { status: 204 }).status).toBe(204);
    // A field the schema does not declare would be missing from the document: refused too.
    expect(() => checkReply(route, { status: 200, body: { id: 'a', at: 'x', extra: [{}] } })).toThrow(
      /not declared in its schema: extra/,
    );
    // A refusal a handler returns itself must have the error mapper's shape.
    expect(() => checkReply(route, { status: 403, body: { message: 'no' } })).toThrow(ResponseContractError);
    checkReply(route, { status: 403, body: { code: 'FORBIDDEN', message: 'no', request_id: 'r' } });
  });

  it('documents every operation: operationId, summary, description, tag and a success response', async () => {
    const doc = (await openApiDocument()) as { paths: Record<string, Record<string, Operation>> };
    const ops = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op.summary && op.description && op.tags.length).toBeTruthy();
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      expect(success.length, op.operationId).toBeGreaterThan(0);
      for (const [status, res] of success) {
        if (status !== '204') expect(res.content, `${op.operationId} ${status}`).toBeDefined();
      }
    }
  });

  it('the committed front-end API types are those the document generates (npm run gen:api)', async () => {
    const expected = await generateApiTypes();
    for (const file of API_TYPE_FILES) {
      expect(fs.readFileSync(file, 'utf8') === expected, `${file} is stale: run npm run gen:api`).toBe(true);
    }
  });
});
