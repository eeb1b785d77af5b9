import { z } from 'zod';
import { citizenId, type RouteKit } from '../../http/router-kit';
import { parseOrThrow } from '../../http/validate';
import type { ModuleContext, PartnerOperation } from '../../platform/module';
import { activeApiKeys, openPersonalFields, sealPersonalFields } from './api-keys';
import * as R from './responses';
import type { ApixService } from './service';

// The partner API: one route per catalogue entry, every one behind the APIX gateway (auth kind
// `partner`), and the citizen's side of consent (grant, list, revoke, confirm with a second factor).

export const OPEN_PREFIX = '/open/v1';

export function registerOpenRoutes(kit: RouteKit, ctx: ModuleContext) {
  for (const op of ctx.partnerOperations) {
    const personalBody = op.personal?.body ?? [];
    const personalResponse = op.personal?.response ?? [];
    kit.route({
      method: op.method,
      path: `${OPEN_PREFIX}${op.path}`,
      summary: op.summary,
      description: `${op.name} — ${op.code}, level ${op.level}${op.actsForCitizen ? ', acts for a citizen (Apix-Consent-Id + Apix-Second-Factor)' : ''}${personalDescription(op)}.`,
      tags: ['open'],
      auth: { kind: 'partner', operation: op.code },
      params: op.params,
      query: op.query,
      body: op.body && personalBody.length ? withEnvelopes(op.body, personalBody) : op.body,
      idempotent: op.idempotent,
      responses: personalResponse.length ? responsesWithEnvelopes(op, personalResponse) : op.responses,
      handler: async ({ principal, params, query, body, idempotency, requestId }) => {
        if (principal?.typ !== 'partner') throw new Error('partner route without a partner principal');
        const keys =
          personalBody.length || personalResponse.length
            ? await activeApiKeys(ctx.db, principal.app_id, principal.environment)
            : [];
        // Encrypted personal fields are opened with the app's keys, then checked as plain input.
        const plainBody =
          personalBody.length && body
            ? parseOrThrow(
                op.body!,
                openPersonalFields(body as Record<string, unknown>, personalBody, keys),
                'body',
              )
            : body;
        const call = {
          app_id: principal.app_id,
          environment: principal.environment,
          citizen_id: principal.citizen_id,
          params,
          query,
          body: plainBody,
          idempotency,
          requestId,
        };
        const reply = await op.handler(call, ctx);
        if (!personalResponse.length || !reply.body || typeof reply.body !== 'object') return reply;
        return {
          ...reply,
          body: sealPersonalFields(reply.body as Record<string, unknown>, personalResponse, keys[0], op.code),
        };
      },
    });
  }
}

/** An AEAD envelope of a personal-data field (shared/field-crypto.ts). */
export const Envelope = z
  .strictObject({
    algorithm: z.enum(['AEAD_SM4_GCM', 'AEAD_AES_256_GCM']),
    ciphertext: z.string().min(1).max(4096),
    nonce: z.string().min(1).max(64),
    associated_data: z.string().max(256),
  })
  .meta({ id: 'ApixEnvelope' });

function personalDescription(op: PartnerOperation) {
  const parts = [];
  if (op.personal?.body?.length)
    parts.push(`request fields ${op.personal.body.join(', ')} may be sent encrypted`);
  if (op.personal?.response?.length)
    parts.push(
      `answer fields ${op.personal.response.join(', ')} are encrypted with the app's API key (masked without one)`,
    );
  return parts.length ? `; personal data: ${parts.join('; ')}` : '';
}

/** The same object schema with each personal field also accepting an envelope. */
function withEnvelopes(schema: z.ZodType, fields: readonly string[]): z.ZodType {
  if (!(schema instanceof z.ZodObject)) throw new Error('personal fields need an object schema');
  const shape = schema.shape as Record<string, z.ZodType>;
  const extra: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const orig = shape[f];
    if (!orig) throw new Error(`personal field ${f} is not in the schema`);
    extra[f] =
      orig instanceof z.ZodOptional
        ? z.union([orig.unwrap() as z.ZodType, Envelope]).optional()
        : orig instanceof z.ZodNullable
          ? z.union([orig.unwrap() as z.ZodType, Envelope]).nullable()
          : z.union([orig, Envelope]);
  }
  return schema.extend(extra);
}

function responsesWithEnvelopes(op: PartnerOperation, fields: readonly string[]) {
  return Object.fromEntries(
    Object.entries(op.responses).map(([status, s]) => [
      status,
      s instanceof z.ZodObject ? withEnvelopes(s, fields) : s,
    ]),
  ) as PartnerOperation['responses'];
}

export function registerConsentRoutes(kit: RouteKit, apix: ApixService) {
  const tags = ['apix'];
  const id = z.strictObject({ id: z.string().min(1).max(40) });
  kit.route({
    method: 'get',
    path: '/me/partner-consents',
    summary: 'Partner apps I allowed to act for me',
    tags,
    auth: { kind: 'citizen' },
    responses: { 200: R.Consents },
    handler: async ({ principal }) => ({ status: 200, body: await apix.consents.list(citizenId(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/me/partner-consents',
    summary: 'Allow a partner app to perform these operations for me',
    tags,
    auth: { kind: 'citizen' },
    body: z.strictObject({
      app_id: z.string().min(1).max(40),
      operations: z.array(z.string().length(24)).min(1).max(20),
    }),
    responses: { 201: R.Consent },
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await apix.consents.grant(citizenId(principal), body),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/partner-consents/:id/revocation',
    summary: 'Withdraw a consent',
    tags,
    auth: { kind: 'citizen' },
    params: id,
    responses: { 200: R.Consent },
    handler: async ({ principal, params }) => ({
      status: 200,
      body: await apix.consents.revoke(citizenId(principal), params.id),
    }),
  });
  kit.route({
    method: 'post',
    path: '/me/partner-consents/:id/confirmations',
    summary: 'Confirm one operation: a one-time code (5 min) for the partner',
    tags,
    auth: { kind: 'citizen' },
    params: id,
    responses: { 201: R.SecondFactor },
    handler: async ({ principal, params }) => ({
      status: 201,
      body: await apix.consents.confirm(citizenId(principal), params.id),
    }),
  });
}
