// Generated from the partner OpenAPI document by `npm run gen:api`. Do not edit.
export const OPERATIONS = {
  getOpenV1Campaigns: {
    operationId: 'getOpenV1Campaigns',
    code: 'OPSYUAN10191000100000001',
    method: 'GET',
    path: '/api/v1/open/v1/campaigns',
    idempotent: false,
    actsForCitizen: false,
  },
  getOpenV1CampaignsById: {
    operationId: 'getOpenV1CampaignsById',
    code: 'OPSYUAN10191000100000002',
    method: 'GET',
    path: '/api/v1/open/v1/campaigns/{id}',
    idempotent: false,
    actsForCitizen: false,
  },
  postOpenV1Coupons: {
    operationId: 'postOpenV1Coupons',
    code: 'OPSYUAN10291000200000001',
    method: 'POST',
    path: '/api/v1/open/v1/coupons',
    idempotent: true,
    actsForCitizen: true,
  },
  getOpenV1ClaimsById: {
    operationId: 'getOpenV1ClaimsById',
    code: 'OPSYUAN10291000200000002',
    method: 'GET',
    path: '/api/v1/open/v1/claims/{id}',
    idempotent: false,
    actsForCitizen: false,
  },
  getOpenV1TransitNetwork: {
    operationId: 'getOpenV1TransitNetwork',
    code: 'OPSYUAN10193000100000001',
    method: 'GET',
    path: '/api/v1/open/v1/transit/network',
    idempotent: false,
    actsForCitizen: false,
  },
  getOpenV1TransitFares: {
    operationId: 'getOpenV1TransitFares',
    code: 'OPSYUAN10193000100000002',
    method: 'GET',
    path: '/api/v1/open/v1/transit/fares',
    idempotent: false,
    actsForCitizen: false,
  },
} as const;
export type OperationId = keyof typeof OPERATIONS;
