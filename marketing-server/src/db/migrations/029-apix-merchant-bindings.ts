import { DataTypes, type QueryInterface } from 'sequelize';

// APIX payment, prepaid and operations products (issue 20 item 3): which merchants a partner app may
// act for (a maker-checker change sets each binding), and the app's own out_trade_no namespace (one
// row per app and out_trade_no, whatever the merchant: the key that makes it unique per app).
export async function up({ context: qi }: { context: QueryInterface }) {
  const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
  const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
  await qi.createTable('apix_merchant_bindings', {
    app_id: { ...str(40), primaryKey: true },
    merchant_id: { ...str(40), primaryKey: true },
    /** active | revoked (a revoked binding stops new orders, refunds and write-offs at once). */
    status: str(12),
    /** The approved change that set the current status. */
    change_id: str(40),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('apix_merchant_bindings', ['merchant_id'], { name: 'ix_apix_bindings_merchant' });
  await qi.createTable('apix_trade_nos', {
    app_id: { ...str(40), primaryKey: true },
    out_trade_no: { ...str(32), primaryKey: true },
    merchant_id: str(40),
    created_at: at(),
  });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('apix_trade_nos');
  await qi.dropTable('apix_merchant_bindings');
}
