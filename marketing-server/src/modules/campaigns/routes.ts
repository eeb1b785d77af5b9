import { z } from 'zod';
import * as R from './responses';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { CampaignService } from './service';
import type { CampaignAction } from './state-machine';
import {
  campaignIdParams,
  commentBody,
  createCampaignBody,
  listCampaignsQuery,
  optionalCommentBody,
  updateCampaignBody,
} from './schemas';
import type { Role } from '../../http/auth';

const ACTIONS: { action: CampaignAction; roles: Role[]; summary: string; needsComment?: boolean }[] = [
  { action: 'submit', roles: ['campaign_manager'], summary: 'Submit a draft for approval (maker)' },
  {
    action: 'approve',
    roles: ['approver'],
    summary: 'Approve: reserve the budget and pre-split the stock (checker ≠ maker)',
  },
  { action: 'reject', roles: ['approver'], summary: 'Reject with a comment', needsComment: true },
  { action: 'revise', roles: ['campaign_manager'], summary: 'Take a rejected campaign back to draft' },
  { action: 'pause', roles: ['campaign_manager'], summary: 'Pause claims' },
  { action: 'resume', roles: ['campaign_manager'], summary: 'Resume claims' },
  { action: 'stop', roles: ['campaign_manager', 'approver'], summary: 'Stop the campaign early' },
];

const readers: Role[] = ['campaign_manager', 'approver', 'funder', 'auditor', 'risk_analyst'];

export function registerCampaignRoutes(kit: RouteKit, campaigns: CampaignService) {
  registerCampaignListRoutes(kit, campaigns);
  registerCampaignVersionRoutes(kit, campaigns);
}

function registerCampaignListRoutes(kit: RouteKit, campaigns: CampaignService) {
  kit.route({
    method: 'get',
    path: '/admin/campaigns',
    summary: 'List campaigns (cursor-paginated)',
    tags: ['campaigns'],
    responses: { 200: R.getAdminCampaigns },
    auth: { kind: 'admin', roles: readers },
    query: listCampaignsQuery,
    handler: async ({ query }) => ({ status: 200, body: await campaigns.listCampaigns(query) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/campaigns',
    summary: 'Create a campaign draft',
    tags: ['campaigns'],
    responses: { 201: R.postAdminCampaigns },
    auth: { kind: 'admin', roles: ['campaign_manager'] },
    body: createCampaignBody,
    handler: async ({ body, principal, requestId }) => ({
      status: 201,
      body: await campaigns.createCampaign(actorOf(principal), body, { requestId }),
    }),
  });
  kit.route({
    method: 'get',
    path: '/admin/campaigns/:id',
    summary: 'One campaign with live stock figures',
    tags: ['campaigns'],
    responses: { 200: R.getAdminCampaignsById },
    auth: { kind: 'admin', roles: readers },
    params: campaignIdParams,
    handler: async ({ params }) => ({ status: 200, body: await campaigns.getCampaign(params.id) }),
  });
  kit.route({
    method: 'patch',
    path: '/admin/campaigns/:id',
    summary: 'Edit a draft (each edit is a new version)',
    tags: ['campaigns'],
    responses: { 200: R.patchAdminCampaignsById },
    auth: { kind: 'admin', roles: ['campaign_manager'] },
    params: campaignIdParams,
    body: updateCampaignBody,
    handler: async ({ params, body, principal, requestId }) => ({
      status: 200,
      body: await campaigns.updateCampaign(actorOf(principal), params.id, body, { requestId }),
    }),
  });
}

function registerCampaignVersionRoutes(kit: RouteKit, campaigns: CampaignService) {
  kit.route({
    method: 'get',
    path: '/admin/campaigns/:id/versions',
    summary: 'Versions of a campaign with what changed',
    tags: ['campaigns'],
    responses: { 200: R.getAdminCampaignsByIdVersions },
    auth: { kind: 'admin', roles: readers },
    params: campaignIdParams,
    handler: async ({ params }) => ({
      status: 200,
      body: { items: await campaigns.listVersions(params.id) },
    }),
  });
  for (const a of ACTIONS) {
    kit.route({
      method: 'post',
      path: `/admin/campaigns/:id/${a.action}`,
      summary: a.summary,
      tags: ['campaigns'],
      responses: { 200: R.postAdminCampaignsByIdAAction },
      auth: { kind: 'admin', roles: a.roles },
      params: campaignIdParams,
      body: (a.needsComment ? commentBody : optionalCommentBody) as z.ZodType<{ comment?: string }>,
      handler: async ({ params, body, principal, requestId }) => ({
        status: 200,
        body: await campaigns.transition(actorOf(principal), params.id, a.action, {
          requestId,
          comment: body?.comment,
        }),
      }),
    });
  }
}
