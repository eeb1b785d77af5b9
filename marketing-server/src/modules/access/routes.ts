import { z } from 'zod';
import * as R from './responses';
import { forbidden } from '../../shared/domain-error';
import { actorOf, type RouteKit } from '../../http/router-kit';
import type { AdminPrincipal } from '../../security/access';
import type { Principal } from '../../security/tokens';
import type { AccessService } from './service';

const roleId = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be 2–40 lowercase letters, digits or _');
const roleList = z.array(roleId).max(20);
const permissions = z.array(z.string().min(3).max(200)).min(1).max(500);

const proposal = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('user.create'),
    username: z.string().regex(/^[A-Za-z0-9_.-]{2,64}$/, 'must be 2–64 letters, digits, _ . or -'),
    display_name: z.string().trim().min(1).max(64),
    password: z.string().min(10, 'must be at least 10 characters').max(128),
    roles: roleList,
    merchant_id: z.string().min(1).max(40).nullable().optional(),
    funder_id: z.string().min(1).max(40).nullable().optional(),
  }),
  z.strictObject({ kind: z.literal('user.roles'), user_id: z.string().min(1).max(40), roles: roleList }),
  z.strictObject({
    kind: z.literal('role.create'),
    id: roleId,
    display_name: z.string().trim().min(1).max(64),
    permissions,
  }),
  z.strictObject({
    kind: z.literal('role.update'),
    role_id: roleId,
    display_name: z.string().trim().min(1).max(64).optional(),
    permissions,
  }),
]);

function adminOf(p: Principal | null): AdminPrincipal {
  if (!p || p.typ !== 'admin') throw forbidden();
  return p;
}

const session = { kind: 'admin_session' } as const;
const userAdmin = { kind: 'admin', roles: ['admin'] } as const;

export function registerAccessRoutes(kit: RouteKit, access: AccessService) {
  registerAccessAuthRoutes(kit, access);
  registerAccessPermissionsRoutes(kit, access);
  registerAccessProposalDecisionRoutes(kit, access);
}

function registerAccessAuthRoutes(kit: RouteKit, access: AccessService) {
  kit.route({
    method: 'get',
    path: '/admin/auth/me',
    summary: 'The logged-in admin user with their current roles and permissions',
    tags: ['admin'],
    responses: { 200: R.getAdminAuthMe },
    auth: session,
    handler: async ({ principal }) => ({ status: 200, body: await access.me(adminOf(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/auth/refresh',
    summary: 'A fresh short-lived token for the same (still live) session',
    tags: ['admin'],
    responses: { 200: R.postAdminAuthRefresh },
    auth: session,
    handler: async ({ principal }) => ({ status: 200, body: access.issue(adminOf(principal)) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/auth/logout',
    summary: 'End the session: its tokens stop working at once',
    tags: ['admin'],
    responses: { 204: null },
    auth: session,
    handler: async ({ principal }) => {
      await access.logout(adminOf(principal));
      return { status: 204 };
    },
  });
  kit.route({
    method: 'get',
    path: '/admin/access/users',
    summary: 'Admin users with their roles',
    tags: ['access'],
    responses: { 200: R.getAdminAccessUsers },
    auth: userAdmin,
    handler: async () => ({ status: 200, body: await access.listUsers() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/access/roles',
    summary: 'Roles (built-in and custom) with their permissions',
    tags: ['access'],
    responses: { 200: R.getAdminAccessRoles },
    auth: userAdmin,
    handler: async () => ({ status: 200, body: await access.listRoles() }),
  });
}

function registerAccessPermissionsRoutes(kit: RouteKit, access: AccessService) {
  kit.route({
    method: 'get',
    path: '/admin/access/permissions',
    summary: 'Every permission (an admin operation), grouped by tag, with the built-in roles that hold it',
    tags: ['access'],
    responses: { 200: R.getAdminAccessPermissions },
    auth: userAdmin,
    handler: async () => ({ status: 200, body: access.permissionCatalogue() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/access/sod-rules',
    summary: 'Separation-of-duties rules: permissions no two roles of one user may split',
    tags: ['access'],
    responses: { 200: R.getAdminAccessSodRules },
    auth: userAdmin,
    handler: async () => ({ status: 200, body: await access.sodRules() }),
  });
  kit.route({
    method: 'get',
    path: '/admin/access/proposals',
    summary: 'Proposed user and role changes',
    tags: ['access'],
    responses: { 200: R.getAdminAccessProposals },
    auth: userAdmin,
    query: z.strictObject({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
    handler: async ({ query }) => ({ status: 200, body: await access.proposals(query.status) }),
  });
  kit.route({
    method: 'post',
    path: '/admin/access/proposals',
    summary: 'Propose a user or role change (applied only when another user administrator approves it)',
    tags: ['access'],
    responses: { 201: R.postAdminAccessProposals },
    auth: userAdmin,
    body: proposal,
    handler: async ({ body, principal, requestId }) => ({
      status: 201,
      body: await access.propose(actorOf(principal), body, requestId),
    }),
  });
}

function registerAccessProposalDecisionRoutes(kit: RouteKit, access: AccessService) {
  for (const decision of ['approve', 'reject'] as const) {
    kit.route({
      method: 'post',
      path: `/admin/access/proposals/:id/${decision}`,
      summary: decision === 'approve' ? 'Approve and apply a proposed change' : 'Reject a proposed change',
      tags: ['access'],
      responses: { 200: R.postAdminAccessProposalsByIdDecision },
      auth: userAdmin,
      params: z.strictObject({ id: z.string().min(1).max(40) }),
      body: z.strictObject({ comment: z.string().trim().min(1).max(255).optional() }),
      handler: async ({ params, body, principal, requestId }) => ({
        status: 200,
        body: await access.decide(actorOf(principal), params.id, decision, body.comment, requestId),
      }),
    });
  }
}
