import { DataTypes, type QueryInterface } from 'sequelize';

// Payment PINs (issue 15 item 2): a citizen's 6-digit PIN, kept only as a salted scrypt hash, with the
// count of consecutive wrong entries and the lock they set; and the short-lived single-use tokens a
// correct PIN buys, each bound to (citizen, purpose, amount_fen) and kept as a SHA-256 of the token.
export async function up({ context: qi }: { context: QueryInterface }) {
  const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
  const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
  await qi.createTable('payment_pins', {
    user_id: { ...str(40), primaryKey: true },
    /** scrypt parameters, salt and hash: `scrypt$N$r$p$<salt hex>$<hash hex>`. */
    pin_hash: str(200),
    failed_count: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    locked_until: at(true),
    set_at: at(),
    updated_at: at(),
  });
  await qi.createTable('payment_tokens', {
    token_hash: { ...str(64), primaryKey: true },
    user_id: str(40),
    purpose: str(16),
    amount_fen: { type: DataTypes.BIGINT, allowNull: false },
    expires_at: at(),
    used_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('payment_tokens', ['expires_at'], { name: 'ix_payment_tokens_expires' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('payment_tokens');
  await qi.dropTable('payment_pins');
}
