import { z } from 'zod';
import type { PartnerOperation, PlatformServices } from '../../platform/module';
import { notFound } from '../../shared/domain-error';
import { partnerOperation } from '../apix';
import * as R from './responses';

// What the open platform offers partners of prepaid supervision (the merchants' own systems and the
// city apps that sell for them): a bound merchant's products on sale (A1), its contracts (A2: account
// data) and write-offs (核销, A2). A write-off goes the one way any does: the consumer confirms it (or
// it confirms itself after the sector's T hours) and that confirmation makes the one release
// instruction to the escrow; the partner never releases money itself.

const contractParams = z.strictObject({ contract_id: z.string().min(1).max(64) });

const OpenContract = z
  .object({ contract: R.Contract, write_offs: z.array(R.WriteOff) })
  .meta({ id: 'OpenPrepaidContract' });

/** A contract of a merchant the app is bound to; any other is not found (its existence stays hidden). */
async function boundContract(services: PlatformServices, appId: string, contractId: string) {
  const detail = await services.prepaid.contractDetail(contractId, {});
  if (!(await services.apix.merchants.isBound(appId, detail.contract.merchant_id)))
    throw notFound('预付合约');
  return detail;
}

export const PREPAID_PARTNER_OPERATIONS: readonly PartnerOperation[] = [
  partnerOperation({
    code: 'OPSYUAN10193000200000001',
    product: 'scenarios',
    name: '查询商户预付产品',
    level: 'A1',
    method: 'get',
    path: '/prepaid/products',
    summary: 'The prepaid products a merchant the app is bound to has on sale',
    query: z.strictObject({ merchant_id: z.string().min(1).max(40) }),
    responses: { 200: z.object({ items: z.array(R.Product) }).meta({ id: 'OpenPrepaidProducts' }) },
    handler: async ({ query, app_id }, { services }) => {
      await services.apix.merchants.assertBound(app_id, query.merchant_id);
      return {
        status: 200,
        body: await services.prepaid.products({ merchant_id: query.merchant_id, on_sale: true }),
      };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10293000200000002',
    product: 'scenarios',
    name: '查询预付合约',
    level: 'A2',
    method: 'get',
    path: '/prepaid/contracts/:contract_id',
    summary: 'A contract of a merchant the app is bound to, with its write-offs',
    params: contractParams,
    responses: { 200: OpenContract },
    handler: async ({ params, app_id }, { services }) => {
      const { contract, write_offs } = await boundContract(services, app_id, params.contract_id);
      return { status: 200, body: { contract, write_offs } };
    },
  }),
  partnerOperation({
    code: 'OPSYUAN10293000200000003',
    product: 'scenarios',
    name: '登记预付核销',
    level: 'A2',
    method: 'post',
    path: '/prepaid/contracts/:contract_id/write-offs',
    summary:
      'Write off units under the merchant’s sequence number; the consumer’s confirmation releases them',
    params: contractParams,
    body: z.strictObject({
      seq: z.number().int().min(1).max(1_000_000),
      units: z.number().int().min(1).max(100_000_000),
    }),
    idempotent: { status: 201 },
    responses: { 201: R.writeOffCreated.meta({ id: 'OpenPrepaidWriteOff' }) },
    handler: async ({ params, body, app_id, idempotency }, { db, clock, services }) => {
      const { contract } = await boundContract(services, app_id, params.contract_id);
      const actor = { type: 'system' as const, id: `apix:${app_id}` };
      const made = await services.prepaid.writeOff(actor, contract.merchant_id, params.contract_id, body);
      // One write-off per (contract, seq) makes it exactly-once; the key remembers this answer.
      await db.tx((sql) => idempotency!.record(sql, made, clock.now()));
      return { status: 201, body: made };
    },
  }),
];
