import type { Context } from 'koa';
import type { Principal, TokenService } from '../security/tokens';
import { forbidden, unauthorized } from './errors';

export const ROLES = [
  'campaign_manager',
  'approver',
  'funder',
  'risk_analyst',
  'auditor',
  'merchant_operator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type AuthRequirement =
  { kind: 'none' } | { kind: 'citizen' } | { kind: 'admin'; roles: readonly Role[] };

export type AdminPrincipal = Extract<Principal, { typ: 'admin' }>;

export function authenticate(ctx: Context, tokens: TokenService, req: AuthRequirement): Principal | null {
  if (req.kind === 'none') return null;
  const header = ctx.get('authorization');
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) throw unauthorized();
  const principal = tokens.verify(match[1]);
  if (!principal) throw unauthorized('登录已过期，请重新登录');
  if (req.kind === 'citizen') {
    if (principal.typ !== 'citizen') throw forbidden('仅限市民用户');
    return principal;
  }
  if (principal.typ !== 'admin') throw forbidden();
  // `admin` may do everything; other roles only what the route lists.
  const allowed = principal.roles.includes('admin') || req.roles.some((r) => principal.roles.includes(r));
  if (!allowed) throw forbidden(`需要以下角色之一: ${req.roles.join(', ')}`);
  return principal;
}

export function principalId(p: Principal | null): string {
  return p ? `${p.typ}:${p.sub}` : 'anonymous';
}
