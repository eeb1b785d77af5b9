import { randomBytes } from 'node:crypto';
import type { Db, Sql } from '../db/sql';
import type { Clock } from '../shared/time';
import type { RoleGrant, SodRule } from './permissions';
import type { Principal, TokenClaims } from './tokens';

export type AdminPrincipal = Extract<Principal, { typ: 'admin' }>;

/** One admin operation as the route registry knows it: its permission and the built-in roles it lists. */
export type Operation = {
  permission: string;
  roles: readonly string[];
  summary: string;
  tags: readonly string[];
};

type RoleRow = { id: string; display_name: string; builtin: number | boolean; permissions: string };

export function roleGrant(r: RoleRow): RoleGrant {
  return { id: r.id, display_name: r.display_name, permissions: JSON.parse(r.permissions) as string[] };
}

export async function rolesOf(sql: Sql, userId: string): Promise<RoleGrant[]> {
  const rows = await sql.query<RoleRow>(
    'SELECT r.id, r.display_name, r.builtin, r.permissions FROM admin_user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? ORDER BY r.id',
    [userId],
  );
  return rows.map(roleGrant);
}

export async function rolesById(sql: Sql, ids: readonly string[]): Promise<RoleGrant[]> {
  if (!ids.length) return [];
  const rows = await sql.query<RoleRow>(
    `SELECT id, display_name, builtin, permissions FROM roles WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY id`,
    [...ids],
  );
  return rows.map(roleGrant);
}

export async function sodRules(sql: Sql): Promise<SodRule[]> {
  const rows = await sql.query<{
    id: string;
    name: string;
    left_name: string;
    right_name: string;
    left_permissions: string;
    right_permissions: string;
  }>(
    'SELECT id, name, left_name, right_name, left_permissions, right_permissions FROM sod_rules ORDER BY id',
  );
  return rows.map((r) => ({
    ...r,
    left_permissions: JSON.parse(r.left_permissions) as string[],
    right_permissions: JSON.parse(r.right_permissions) as string[],
  }));
}

/** Writes an admin user with its role assignments (the seed, tests and approved proposals use it). */
export async function insertAdminUser(
  sql: Sql,
  u: {
    id: string;
    username: string;
    password_hash: string;
    display_name: string;
    roles: readonly string[];
    merchant_id?: string | null;
    funder_id?: string | null;
  },
  now: Date,
): Promise<void> {
  await sql.exec(
    'INSERT INTO admin_users (id, username, password_hash, display_name, roles, merchant_id, funder_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)',
    [
      u.id,
      u.username,
      u.password_hash,
      u.display_name,
      '[]',
      u.merchant_id ?? null,
      u.funder_id ?? null,
      now,
      now,
    ],
  );
  for (const role of u.roles) {
    await sql.exec('INSERT INTO admin_user_roles (user_id, role_id, created_at) VALUES (?,?,?)', [
      u.id,
      role,
      now,
    ]);
  }
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/**
 * Server-side admin sessions: the token names a session; every request checks the session is live
 * and reads the user's current roles, so logout and role changes take effect at once.
 */
export function createAccessControl(deps: { db: Db; clock: Clock; sessionMaxSeconds: number }) {
  const ctx = makeAccessControlContext(deps);
  return {
    createSession: createSession.bind(null, ctx),
    resolve: resolve.bind(null, ctx),
    revokeSession: revokeSession.bind(null, ctx),
    syncBuiltinRoles: syncBuiltinRoles.bind(null, ctx),
    /** Called by buildApp with every permission-checked route. */
    useOperations: useOperations.bind(null, ctx),
    operations: operations.bind(null, ctx),
  };
}

type AccessControlContext = ReturnType<typeof makeAccessControlContext>;

/** The state and collaborators that createAccessControl's operations share. */
function makeAccessControlContext(deps: { db: Db; clock: Clock; sessionMaxSeconds: number }) {
  const { db, clock } = deps;
  return { deps, db, clock, operations: [] as readonly Operation[] };
}

async function createSession(ctx: AccessControlContext, userId: string): Promise<string> {
  const { clock, db, deps } = ctx;
  const id = randomBytes(24).toString('base64url');
  const now = clock.now();
  await db.exec('INSERT INTO admin_sessions (id, user_id, created_at, expires_at) VALUES (?,?,?,?)', [
    id,
    userId,
    now,
    new Date(now.getTime() + deps.sessionMaxSeconds * 1000),
  ]);
  return id;
}

/** The principal behind an admin token, or null when its session is over. */
async function resolve(
  ctx: AccessControlContext,
  claims: Extract<TokenClaims, { typ: 'admin' }>,
): Promise<AdminPrincipal | null> {
  const { db, clock } = ctx;
  const rows = await db.query<{
    user_id: string;
    expires_at: Date | string;
    revoked_at: Date | string | null;
    merchant_id: string | null;
    funder_id: string | null;
  }>(
    'SELECT s.user_id, s.expires_at, s.revoked_at, u.merchant_id, u.funder_id FROM admin_sessions s JOIN admin_users u ON u.id = s.user_id WHERE s.id = ?',
    [claims.sid],
  );
  const s = rows[0];
  if (!s || s.user_id !== claims.sub || s.revoked_at || asDate(s.expires_at) <= clock.now()) return null;
  const roles = await rolesOf(db, s.user_id);
  return {
    typ: 'admin',
    sub: s.user_id,
    sid: claims.sid,
    roles: roles.map((r) => r.id),
    permissions: new Set(roles.flatMap((r) => r.permissions)),
    merchant_id: s.merchant_id,
    funder_id: s.funder_id,
  };
}

async function revokeSession(ctx: AccessControlContext, sid: string, reason: string): Promise<void> {
  const { db, clock } = ctx;
  await db.exec(
    'UPDATE admin_sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL',
    [clock.now(), reason, sid],
  );
}

/** Built-in roles hold exactly the operations whose routes list them; written at every start. */
async function syncBuiltinRoles(ctx: AccessControlContext): Promise<void> {
  const { db, clock } = ctx;
  const ops = ctx.operations;
  const builtins = await db.query<{ id: string; permissions: string }>(
    'SELECT id, permissions FROM roles WHERE builtin = ?',
    [true],
  );
  for (const role of builtins) {
    const perms = JSON.stringify(
      ops
        .filter((o) => o.roles.includes(role.id))
        .map((o) => o.permission)
        .sort(),
    );
    if (perms === role.permissions) continue;
    await db.exec('UPDATE roles SET permissions = ?, updated_at = ? WHERE id = ?', [
      perms,
      clock.now(),
      role.id,
    ]);
  }
}
/** Called by buildApp with every permission-checked route. */
function useOperations(ctx: AccessControlContext, ops: readonly Operation[]) {
  ctx.operations = ops;
}

function operations(ctx: AccessControlContext) {
  return ctx.operations;
}

/** Ends every live session of a user (their roles changed): their next request must log in again. */
export async function revokeUserSessions(
  sql: Sql,
  userId: string,
  reason: string,
  now: Date,
): Promise<number> {
  const res = await sql.exec(
    'UPDATE admin_sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL',
    [now, reason, userId],
  );
  return res.affectedRows;
}

export type AccessControl = ReturnType<typeof createAccessControl>;
