import { DataTypes, QueryTypes, type QueryInterface } from 'sequelize';

const str = (n: number, nullable = false) => ({ type: DataTypes.STRING(n), allowNull: nullable });
const time = (nullable = false) => ({ type: DataTypes.DATE(3), allowNull: nullable });
const text = (nullable = false) => ({ type: DataTypes.TEXT, allowNull: nullable });

/** The roles that existed as names in code; their permissions are written at start-up from the routes. */
const BUILTIN_ROLES: [string, string][] = [
  ['admin', '用户与角色管理员'],
  ['campaign_manager', '活动经办'],
  ['approver', '复核审批'],
  ['funder', '出资方'],
  ['risk_analyst', '风控分析'],
  ['auditor', '审计'],
  ['merchant_operator', '商户收银'],
  ['registrar', '商户与资金方登记'],
];

/**
 * Separation of duties as data: a user may not hold two roles of which one grants a permission on the
 * left and another a permission on the right (permission = "METHOD /path" of an operation).
 */
const SOD_RULES: {
  id: string;
  name: string;
  left_name: string;
  right_name: string;
  left: string[];
  right: string[];
}[] = [
  {
    id: 'campaign_maker_checker',
    name: '活动经办与活动复核不能由同一人担任',
    left_name: '活动经办（创建、修改、提交）',
    right_name: '活动复核（批准、驳回）',
    left: ['POST /admin/campaigns', 'PATCH /admin/campaigns/{id}', 'POST /admin/campaigns/{id}/submit'],
    right: ['POST /admin/campaigns/{id}/approve', 'POST /admin/campaigns/{id}/reject'],
  },
  {
    id: 'funder_approver',
    name: '出资与审批不能由同一人担任',
    left_name: '出资（登记存款）',
    right_name: '审批（批准活动）',
    left: ['POST /admin/funders/{id}/deposits'],
    right: ['POST /admin/campaigns/{id}/approve'],
  },
  {
    id: 'payee_settlement',
    name: '收款账户变更与结算执行不能由同一人担任',
    left_name: '收款账户变更（提出商户结算钱包变更）',
    right_name: '结算执行（发起结算）',
    left: ['PUT /admin/merchants/{id}/wallet'],
    right: ['POST /admin/settlements/runs'],
  },
  {
    id: 'deposit_record_confirm',
    name: '存款登记与存款确认不能由同一人担任',
    left_name: '存款登记',
    right_name: '存款确认（确认入账、驳回）',
    left: ['POST /admin/funders/{id}/deposits'],
    right: [
      'POST /admin/funders/{id}/deposits/{deposit_id}/confirm',
      'POST /admin/funders/{id}/deposits/{deposit_id}/reject',
    ],
  },
];

// Roles, user → role assignments, separation-of-duties rules, admin sessions and change requests
// (maker-checker for user, role, payee and tariff changes).
export async function up({ context: qi }: { context: QueryInterface }) {
  await createAccessTables(qi);
  const now = new Date();
  await seedBuiltinRolesAndRules(qi, now);
  await carryOverUserRoles(qi, now);
}

async function createAccessTables(qi: QueryInterface) {
  await qi.createTable('roles', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    display_name: str(64),
    builtin: { type: DataTypes.BOOLEAN, allowNull: false },
    permissions: text(),
    created_by: str(40, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.createTable('admin_user_roles', {
    user_id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    role_id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    created_at: time(),
  });
  await qi.addIndex('admin_user_roles', ['role_id'], { name: 'ix_admin_user_roles_role' });
  await qi.createTable('sod_rules', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    name: str(128),
    left_name: str(128),
    right_name: str(128),
    left_permissions: text(),
    right_permissions: text(),
    created_at: time(),
  });
  await qi.createTable('admin_sessions', {
    id: { type: DataTypes.STRING(64), primaryKey: true, allowNull: false },
    user_id: str(40),
    created_at: time(),
    expires_at: time(),
    revoked_at: time(true),
    revoked_reason: str(32, true),
  });
  await qi.addIndex('admin_sessions', ['user_id'], { name: 'ix_admin_sessions_user' });
  await qi.createTable('change_requests', {
    id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    kind: str(32),
    target_id: str(64, true),
    payload: text(),
    summary: text(),
    status: str(16),
    proposed_by: str(40),
    decided_by: str(40, true),
    decided_at: time(true),
    decision_comment: str(255, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('change_requests', ['kind', 'status'], { name: 'ix_change_requests_kind_status' });
}

async function seedBuiltinRolesAndRules(qi: QueryInterface, now: Date) {
  await qi.bulkInsert(
    'roles',
    BUILTIN_ROLES.map(([id, display_name]) => ({
      id,
      display_name,
      builtin: true,
      permissions: '[]',
      created_by: null,
      created_at: now,
      updated_at: now,
    })),
  );
  await qi.bulkInsert(
    'sod_rules',
    SOD_RULES.map((r) => ({
      id: r.id,
      name: r.name,
      left_name: r.left_name,
      right_name: r.right_name,
      left_permissions: JSON.stringify(r.left),
      right_permissions: JSON.stringify(r.right),
      created_at: now,
    })),
  );
}

async function carryOverUserRoles(qi: QueryInterface, now: Date) {
  // Today's users keep the roles written in admin_users.roles (a JSON list, no longer read).
  const users = await qi.sequelize.query<{ id: string; roles: string }>('SELECT id, roles FROM admin_users', {
    type: QueryTypes.SELECT,
  });
  const known = new Set(BUILTIN_ROLES.map(([id]) => id));
  const rows = users.flatMap((u) =>
    (JSON.parse(u.roles || '[]') as string[])
      .filter((r) => known.has(r))
      .map((role_id) => ({ user_id: u.id, role_id, created_at: now })),
  );
  if (rows.length) await qi.bulkInsert('admin_user_roles', rows);
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of ['change_requests', 'admin_sessions', 'sod_rules', 'admin_user_roles', 'roles']) {
    await qi.dropTable(t);
  }
}
