import { DataTypes, type QueryInterface } from 'sequelize';

// Gate controllers' request nonces, remembered for the signature window like the bank's callback
// nonces (a replayed signed plate event is refused), and a flag for the demo seed's lot, so the demo
// drives and re-points only the lot it created, never a real one in a shared database.
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('parking_gate_nonces', {
    lot_id: { type: DataTypes.STRING(40), primaryKey: true, allowNull: false },
    nonce: { type: DataTypes.STRING(64), primaryKey: true, allowNull: false },
    seen_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await qi.addIndex('parking_gate_nonces', ['seen_at'], { name: 'ix_gate_nonces_seen' });
  await qi.addColumn('parking_lots', 'is_demo', {
    type: DataTypes.BOOLEAN,
    allowNull: false,
    defaultValue: false,
  });
  // SQLite is only ever the embedded mode's own file: its demo lot, seeded before this flag existed,
  // is still the demo lot. A MySQL database may be shared, so nothing there is assumed to be demo data.
  if (qi.sequelize.getDialect() === 'sqlite')
    await qi.sequelize.query("UPDATE parking_lots SET is_demo = 1 WHERE name = '天河体育中心停车场'");
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('parking_lots', 'is_demo');
  await qi.dropTable('parking_gate_nonces');
}
