import { DataTypes, type QueryInterface } from 'sequelize';

// Merchant onboarding under maker-checker (issue 16 item 4): a registrar files an application with
// the licence fields, a second person reviews it, and only an approved application becomes a
// merchant (its id is recorded on the application).
export async function up({ context: qi }: { context: QueryInterface }) {
  const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
  const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
  await qi.createTable('merchant_applications', {
    id: { ...str(40), primaryKey: true },
    /** The registered name on the business licence (营业执照名称). */
    legal_name: str(128),
    /** The name shown to citizens. */
    name: str(128),
    /** 统一社会信用代码 (18 characters). */
    licence_no: str(18),
    category: str(32),
    contact_phone: str(16),
    /** The deposit account the merchant is settled to (a payee: changed later only by maker-checker). */
    settlement_account_no: str(32),
    status: str(16), // submitted | approved | rejected
    applied_by: str(40),
    reviewed_by: str(40, true),
    review_comment: str(255, true),
    merchant_id: str(40, true),
    created_at: at(),
    decided_at: at(true),
  });
  await qi.addIndex('merchant_applications', ['licence_no', 'status'], { name: 'ix_merchant_app_licence' });
  await qi.addIndex('merchant_applications', ['status', 'created_at'], { name: 'ix_merchant_app_status' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('merchant_applications');
}
