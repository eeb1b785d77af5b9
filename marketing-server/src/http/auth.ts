import type { Context } from 'koa';
import type { AccessControl, AdminPrincipal } from '../security/access';
import type { Principal, TokenService } from '../security/tokens';
import { forbidden, unauthorized } from './errors';

/** The built-in roles; an operation's route lists the ones whose permission set includes it. */
export const ROLES = [
  'campaign_manager',
  'approver',
  'funder',
  'risk_analyst',
  'auditor',
  'merchant_operator',
  'registrar',
  'ecny_officer',
  'regulator',
  'partner_developer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * `admin` operations need the permission `METHOD /path`, which the listed built-in roles (and any
 * custom role that picked it) grant; `admin_session` ones only a live admin session (me, logout).
 */
export type AuthRequirement =
  | { kind: 'none' }
  | { kind: 'citizen' }
  | { kind: 'admin'; roles: readonly Role[] }
  | { kind: 'admin_session' }
  /** A partner app's signed request (modules/apix verifies it) for one catalogue operation. */
  | { kind: 'partner'; operation: string };

/** Verifies a partner's signed request for an operation (signature, nonce, IP, quota, consent). */
export type PartnerAuthenticator = (ctx: Context, operation: string) => Promise<Principal>;

export type { AdminPrincipal };

export type AuthDeps = { tokens: TokenService; access: AccessControl; partners?: PartnerAuthenticator };

export async function authenticate(
  ctx: Context,
  deps: AuthDeps,
  req: AuthRequirement,
  permission: string,
): Promise<Principal | null> {
  if (req.kind === 'none') return null;
  if (req.kind === 'partner') {
    if (!deps.partners) throw unauthorized('开放平台未启用');
    return deps.partners(ctx, req.operation);
  }
  const header = ctx.get('authorization');
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match) throw unauthorized();
  const claims = deps.tokens.verify(match[1]);
  if (!claims) throw unauthorized('登录已过期，请重新登录');
  if (req.kind === 'citizen') {
    if (claims.typ !== 'citizen') throw forbidden('仅限市民用户');
    return claims;
  }
  if (claims.typ !== 'admin') throw forbidden();
  const principal = await deps.access.resolve(claims);
  if (!principal) throw unauthorized('登录已失效（已退出或角色已变更），请重新登录');
  if (req.kind === 'admin' && !principal.permissions.has(permission)) {
    throw forbidden(`当前角色无权执行此操作（${permission}）`);
  }
  return principal;
}

export function principalId(p: Principal | null): string {
  return p ? `${p.typ}:${p.sub}` : 'anonymous';
}
