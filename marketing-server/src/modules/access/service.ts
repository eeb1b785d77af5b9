import type { Db, Sql } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { refused, notFound } from '../../shared/domain-error';
import {
  insertAdminUser,
  revokeUserSessions,
  rolesById,
  rolesOf,
  sodRules,
  type AccessControl,
  type AdminPrincipal,
} from '../../security/access';
import { decideChange, listChanges, proposeChange, type ChangeRow } from '../../security/change-requests';
import { conflictMessage, rulesSplitBy, sodConflicts, type RoleGrant } from '../../security/permissions';
import { hashPassword } from '../../security/passwords';
import type { TokenService } from '../../security/tokens';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import type { Actor } from '../audit';

export type AccessProposal =
  | {
      kind: 'user.create';
      username: string;
      display_name: string;
      password: string;
      roles: string[];
      merchant_id?: string | null;
      funder_id?: string | null;
    }
  | { kind: 'user.roles'; user_id: string; roles: string[] }
  | { kind: 'role.create'; id: string; display_name: string; permissions: string[] }
  | { kind: 'role.update'; role_id: string; display_name?: string; permissions: string[] };

export const ACCESS_KINDS = ['user.create', 'user.roles', 'role.create', 'role.update'] as const;

type StoredProposal =
  | (Omit<Extract<AccessProposal, { kind: 'user.create' }>, 'password'> & {
      id: string;
      password_hash: string;
    })
  | Exclude<AccessProposal, { kind: 'user.create' }>;

/**
 * User administration: users, roles and their assignments change only by proposal, approved by a
 * second user administrator; a change of roles ends the user's sessions.
 */
export function createAccessService(deps: {
  db: Db;
  clock: Clock;
  access: AccessControl;
  adminTokens: TokenService;
}) {
  return {
    issue: issue.bind(null, deps),
    me: me.bind(null, deps),
    logout: logout.bind(null, deps),
    listUsers: listUsers.bind(null, deps),
    listRoles: listRoles.bind(null, deps),
    permissionCatalogue: permissionCatalogue.bind(null, deps),
    sodRules: accessServiceSodRules.bind(null, deps),
    proposals: proposals.bind(null, deps),
    propose: propose.bind(null, deps),
    decide: decide.bind(null, deps),
  };
}

function issue(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  p: AdminPrincipal,
) {
  const { token, expires_at } = deps.adminTokens.issue({ typ: 'admin', sub: p.sub, sid: p.sid });
  return { token, expires_at: toRfc3339(expires_at) };
}

async function me(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  p: AdminPrincipal,
) {
  const { db } = deps;
  const u = (
    await db.query<{ id: string; username: string; display_name: string }>(
      'SELECT id, username, display_name FROM admin_users WHERE id = ?',
      [p.sub],
    )
  )[0];
  return {
    id: u.id,
    username: u.username,
    display_name: u.display_name,
    roles: p.roles,
    permissions: [...p.permissions].sort(),
    merchant_id: p.merchant_id ?? null,
    funder_id: p.funder_id ?? null,
  };
}

async function listUsers(deps: { db: Db; clock: Clock; access: AccessControl; adminTokens: TokenService }) {
  const { db } = deps;
  const users = await db.query<{
    id: string;
    username: string;
    display_name: string;
    merchant_id: string | null;
    funder_id: string | null;
  }>('SELECT id, username, display_name, merchant_id, funder_id FROM admin_users ORDER BY username');
  const links = await db.query<{ user_id: string; role_id: string }>(
    'SELECT user_id, role_id FROM admin_user_roles ORDER BY role_id',
  );
  return {
    items: users.map((u) => ({
      ...u,
      roles: links.filter((l) => l.user_id === u.id).map((l) => l.role_id),
    })),
  };
}

async function listRoles(deps: { db: Db; clock: Clock; access: AccessControl; adminTokens: TokenService }) {
  const { db } = deps;
  const rows = await db.query<{
    id: string;
    display_name: string;
    builtin: number | boolean;
    permissions: string;
    created_by: string | null;
  }>('SELECT id, display_name, builtin, permissions, created_by FROM roles ORDER BY builtin DESC, id');
  return {
    items: rows.map((r) => ({
      id: r.id,
      display_name: r.display_name,
      builtin: Boolean(r.builtin),
      permissions: JSON.parse(r.permissions) as string[],
      created_by: r.created_by,
    })),
  };
}

function permissionCatalogue(deps: {
  db: Db;
  clock: Clock;
  access: AccessControl;
  adminTokens: TokenService;
}) {
  const { access } = deps;
  const byTag = new Map<string, { permission: string; summary: string; roles: readonly string[] }[]>();
  for (const op of access.operations()) {
    const tag = op.tags[0] ?? 'other';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag)!.push({ permission: op.permission, summary: op.summary, roles: op.roles });
  }
  return { groups: [...byTag.entries()].map(([tag, operations]) => ({ tag, operations })) };
}

async function assertNoConflict(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  sql: Sql,
  roles: RoleGrant[],
) {
  const conflicts = sodConflicts(await sodRules(sql), roles);
  if (conflicts.length) {
    throw refused('SOD_CONFLICT', conflictMessage(conflicts[0]), {
      rules: conflicts.map((c) => ({ rule: c.rule.id, roles: [c.left_role.id, c.right_role.id] })),
    });
  }
}

async function existingRoles(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  sql: Sql,
  ids: string[],
): Promise<RoleGrant[]> {
  const unique = [...new Set(ids)];
  const found = await rolesById(sql, unique);
  const missing = unique.filter((id) => !found.some((r) => r.id === id));
  if (missing.length) throw refused('UNKNOWN_ROLE', `角色不存在：${missing.join('、')}`);
  return found;
}

async function validateRole(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  sql: Sql,
  role: RoleGrant,
) {
  const { access } = deps;
  const known = new Set(access.operations().map((o) => o.permission));
  const unknown = role.permissions.filter((p) => !known.has(p));
  if (unknown.length) throw refused('UNKNOWN_PERMISSION', `权限不存在：${unknown.join('、')}`);
  const split = rulesSplitBy(await sodRules(sql), role);
  if (split.length) {
    throw refused(
      'SOD_CONFLICT',
      `职责分离冲突：角色「${role.display_name}」不能同时包含「${split[0].left_name}」与「${split[0].right_name}」——${split[0].name}`,
    );
  }
  // Every holder of the role must stay free of conflicts with the new permissions.
  const holders = await sql.query<{ user_id: string }>(
    'SELECT user_id FROM admin_user_roles WHERE role_id = ?',
    [role.id],
  );
  for (const h of holders) {
    const others = (await rolesOf(sql, h.user_id)).filter((r) => r.id !== role.id);
    await assertNoConflict(deps, sql, [...others, role]);
  }
}

async function builtinOrThrow(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  sql: Sql,
  roleId: string,
) {
  const rows = await sql.query<{ builtin: number | boolean }>('SELECT builtin FROM roles WHERE id = ?', [
    roleId,
  ]);
  if (!rows[0]) throw notFound('角色');
  if (rows[0].builtin) {
    throw refused('BUILTIN_ROLE', '内置角色的权限由系统定义，不能修改；请新建自定义角色');
  }
}

/** Everything a proposal must satisfy, checked when it is made and again when it is approved. */
async function check(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  sql: Sql,
  p: StoredProposal,
) {
  switch (p.kind) {
    case 'user.create': {
      const taken = await sql.query('SELECT id FROM admin_users WHERE username = ?', [p.username]);
      if (taken.length) throw refused('USERNAME_TAKEN', `用户名「${p.username}」已存在`);
      await assertNoConflict(deps, sql, await existingRoles(deps, sql, p.roles));
      return;
    }
    case 'user.roles': {
      const user = await sql.query('SELECT id FROM admin_users WHERE id = ?', [p.user_id]);
      if (!user.length) throw notFound('用户');
      await assertNoConflict(deps, sql, await existingRoles(deps, sql, p.roles));
      return;
    }
    case 'role.create': {
      const taken = await sql.query('SELECT id FROM roles WHERE id = ?', [p.id]);
      if (taken.length) throw refused('ROLE_EXISTS', `角色「${p.id}」已存在`);
      await validateRole(deps, sql, { id: p.id, display_name: p.display_name, permissions: p.permissions });
      return;
    }
    case 'role.update': {
      await builtinOrThrow(deps, sql, p.role_id);
      const [current] = await rolesById(sql, [p.role_id]);
      await validateRole(deps, sql, {
        id: p.role_id,
        display_name: p.display_name ?? current.display_name,
        permissions: p.permissions,
      });
    }
  }
}

function summaryOf(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  p: StoredProposal,
): string {
  switch (p.kind) {
    case 'user.create':
      return `新建用户 ${p.username}（${p.display_name}），角色：${p.roles.join('、') || '无'}`;
    case 'user.roles':
      return `设置用户 ${p.user_id} 的角色为：${p.roles.join('、') || '无'}`;
    case 'role.create':
      return `新建角色 ${p.id}（${p.display_name}），${p.permissions.length} 项权限`;
    case 'role.update':
      return `修改角色 ${p.role_id} 的权限为 ${p.permissions.length} 项`;
  }
}

async function propose(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  actor: Actor,
  input: AccessProposal,
  requestId: string,
) {
  const { clock, db } = deps;
  // A new user's password is kept only as its hash, from the proposal on.
  let stored: StoredProposal;
  if (input.kind === 'user.create') {
    const { password, ...rest } = input;
    stored = { ...rest, id: newId('adm'), password_hash: await hashPassword(password) };
  } else {
    stored = input;
  }
  const now = clock.now();
  return db.tx(async (sql) => {
    await check(deps, sql, stored);
    const { password_hash: _hash, ...audited } = stored as StoredProposal & { password_hash?: string };
    return proposeChange(
      sql,
      {
        kind: stored.kind,
        target_id: targetOf(stored),
        payload: stored as unknown as Record<string, unknown>,
        audited: audited as Record<string, unknown>,
        summary: summaryOf(deps, stored),
        actor,
        requestId,
      },
      now,
    );
  });
}

async function apply(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  sql: Sql,
  row: ChangeRow,
  now: Date,
): Promise<Record<string, unknown>> {
  const p = JSON.parse(row.payload) as StoredProposal;
  await check(deps, sql, p);
  switch (p.kind) {
    case 'user.create':
      await insertAdminUser(sql, { ...p, password_hash: p.password_hash }, now);
      return { user_id: p.id, roles: p.roles };
    case 'user.roles': {
      const before = (await rolesOf(sql, p.user_id)).map((r) => r.id);
      await sql.exec('DELETE FROM admin_user_roles WHERE user_id = ?', [p.user_id]);
      for (const role of new Set(p.roles)) {
        await sql.exec('INSERT INTO admin_user_roles (user_id, role_id, created_at) VALUES (?,?,?)', [
          p.user_id,
          role,
          now,
        ]);
      }
      const revoked = await revokeUserSessions(sql, p.user_id, 'roles_changed', now);
      return { roles: { from: before, to: [...new Set(p.roles)] }, sessions_revoked: revoked };
    }
    case 'role.create':
      try {
        await sql.exec(
          'INSERT INTO roles (id, display_name, builtin, permissions, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?)',
          [
            p.id,
            p.display_name,
            false,
            JSON.stringify([...new Set(p.permissions)].sort()),
            row.proposed_by,
            now,
            now,
          ],
        );
      } catch (err) {
        if (isDuplicateKeyError(err)) throw refused('ROLE_EXISTS', `角色「${p.id}」已存在`);
        throw err;
      }
      return { role_id: p.id, permissions: p.permissions };
    case 'role.update': {
      const [before] = await rolesById(sql, [p.role_id]);
      await sql.exec('UPDATE roles SET display_name = ?, permissions = ?, updated_at = ? WHERE id = ?', [
        p.display_name ?? before.display_name,
        JSON.stringify([...new Set(p.permissions)].sort()),
        now,
        p.role_id,
      ]);
      const holders = await sql.query<{ user_id: string }>(
        'SELECT user_id FROM admin_user_roles WHERE role_id = ?',
        [p.role_id],
      );
      for (const h of holders) await revokeUserSessions(sql, h.user_id, 'roles_changed', now);
      return { permissions: { from: before.permissions, to: p.permissions } };
    }
  }
}

async function decide(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  actor: Actor,
  id: string,
  decision: 'approve' | 'reject',
  comment: string | undefined,
  requestId: string,
) {
  const { db, clock } = deps;
  return decideChange(
    { db, clock },
    { id, kinds: ACCESS_KINDS, actor, decision, comment, requestId, apply: apply.bind(null, deps) },
  );
}
function logout(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  p: AdminPrincipal,
) {
  const { access } = deps;
  return access.revokeSession(p.sid, 'logout');
}

async function accessServiceSodRules(deps: {
  db: Db;
  clock: Clock;
  access: AccessControl;
  adminTokens: TokenService;
}) {
  const { db } = deps;
  return { items: await sodRules(db) };
}

async function proposals(
  deps: {
    db: Db;
    clock: Clock;
    access: AccessControl;
    adminTokens: TokenService;
  },
  status?: string,
) {
  const { db } = deps;
  return { items: await listChanges(db, { kinds: ACCESS_KINDS, status }) };
}

function targetOf(p: StoredProposal): string {
  switch (p.kind) {
    case 'user.create':
      return p.id;
    case 'user.roles':
      return p.user_id;
    case 'role.create':
      return p.id;
    case 'role.update':
      return p.role_id;
  }
}

export type AccessService = ReturnType<typeof createAccessService>;
