import { z } from 'zod';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { CashierService } from './service';

// Merchant onboarding (maker-checker): the registrar files, another person decides.

const Application = z.object({
  id: z.string(),
  legal_name: z.string(),
  name: z.string(),
  licence_no: z.string(),
  category: z.string(),
  contact_phone_masked: z.string(),
  settlement_account_no_masked: z.string(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  applied_by: z.string(),
  reviewed_by: z.string().nullable(),
  review_comment: z.string().nullable(),
  merchant_id: z.string().nullable(),
  created_at: z.string().nullable(),
  decided_at: z.string().nullable(),
});
const MAKER = { kind: 'admin' as const, roles: ['registrar'] as const };
const CHECKER = { kind: 'admin' as const, roles: ['registrar', 'approver'] as const };
const READERS = { kind: 'admin' as const, roles: ['registrar', 'approver', 'auditor'] as const };
// 统一社会信用代码: 18 characters of digits and capital letters (I, O, S, V, Z are never used).
const licenceNo = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码格式不正确');

function registerApply(kit: RouteKit, cashier: CashierService) {
  kit.route({
    method: 'post',
    path: '/admin/merchant-applications',
    summary:
      'Registrar: file a merchant onboarding application (licence fields, category, settlement account)',
    tags: ['cashier'],
    auth: MAKER,
    responses: { 201: Application },
    body: z.strictObject({
      legal_name: z.string().trim().min(2).max(128),
      name: z.string().trim().min(1).max(128),
      licence_no: licenceNo,
      category: z.string().trim().min(1).max(32),
      contact_phone: z.string().regex(/^1\d{10}$/, '请填写 11 位手机号'),
      settlement_account_no: z.string().regex(/^\d{8,32}$/, '结算账户为 8–32 位数字'),
    }),
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await cashier.applyForMerchant(actorOf(principal), body),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/merchant-applications',
    summary: 'Merchant onboarding applications (contact phone and account masked)',
    tags: ['cashier'],
    auth: READERS,
    responses: { 200: z.object({ items: z.array(Application) }) },
    query: z.strictObject({
      status: z.enum(['submitted', 'approved', 'rejected']).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ query }) => ({ status: 200, body: await cashier.listApplications(query) }),
  });
}

function registerDecisions(kit: RouteKit, cashier: CashierService) {
  for (const decision of ['approve', 'reject'] as const)
    kit.route({
      method: 'post',
      path: `/admin/merchant-applications/:id/${decision}`,
      summary:
        decision === 'approve'
          ? 'A second person approves an application: the merchant is created (403 SAME_PERSON for the applicant)'
          : 'A second person rejects an application, with the reason',
      tags: ['cashier'],
      auth: CHECKER,
      responses: { 200: Application },
      params: z.strictObject({ id: z.string().min(1).max(40) }),
      body: z.strictObject({ comment: z.string().trim().min(1).max(255).optional() }),
      handler: async ({ principal, params, body }) => ({
        status: 200,
        body: await cashier.decideApplication(actorOf(principal), params.id, decision, body.comment),
      }),
    });
}

export function registerOnboardingRoutes(kit: RouteKit, cashier: CashierService) {
  registerApply(kit, cashier);
  registerDecisions(kit, cashier);
}
