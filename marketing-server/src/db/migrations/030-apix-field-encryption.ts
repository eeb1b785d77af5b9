import { DataTypes, type QueryInterface } from 'sequelize';

// APIX, issue 20 items 2 and 5: the per-app, per-environment API keys that encrypt personal-data
// fields (AEAD_SM4_GCM / AEAD_AES_256_GCM envelopes), partner users who log into the developer portal
// for their own organisation, and the claims sandbox credentials make (never production claims).
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('apix_api_keys', {
    serial_no: { ...str(40), primaryKey: true },
    app_id: str(40),
    environment: str(12),
    algorithm: str(20),
    secret: str(64),
    status: str(12),
    // A production key is made when an approver applies the change; the partner reads it once.
    revealed_at: at(true),
    created_at: at(),
    revoked_at: at(true),
  });
  await qi.addIndex('apix_api_keys', ['app_id', 'environment', 'status'], { name: 'ix_apix_api_keys_app' });
  await qi.createTable('apix_partner_users', {
    user_id: { ...str(40), primaryKey: true },
    org_name: str(120),
    created_at: at(),
  });
  await qi.addIndex('apix_partner_users', ['org_name'], { name: 'ix_apix_partner_users_org' });
  await qi.createTable('apix_sandbox_claims', {
    id: { ...str(40), primaryKey: true },
    app_id: str(40),
    campaign_id: str(40),
    kind: str(16),
    amount_fen: { type: DataTypes.INTEGER, allowNull: false },
    status: str(16),
    coupon_code_masked: str(32, true),
    use_end_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('apix_sandbox_claims', ['app_id'], { name: 'ix_apix_sandbox_claims_app' });
  const now = new Date();
  await qi.bulkInsert('roles', [
    {
      id: 'partner_developer',
      display_name: '合作方开发者',
      builtin: true,
      permissions: '[]',
      created_by: null,
      created_at: now,
      updated_at: now,
    },
  ]);
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.bulkDelete('roles', { id: 'partner_developer' });
  for (const t of ['apix_sandbox_claims', 'apix_partner_users', 'apix_api_keys']) await qi.dropTable(t);
}
