import { DataTypes, type QueryInterface } from 'sequelize';

// Hard wallets, wave 2 (issue 18): stock locations (the warehouse, bank branches, vending machines),
// distribution orders of blank cards between them (created → in transit → received, a short receipt
// held as a discrepancy for a second person), the open order a card is reserved by; and counter
// loads (柜面圈存): a branch loads a card from cash or the holder's deposit account, so an order
// records its funding source, branch and deposit account.
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const int = (allowNull = false) => ({ type: DataTypes.INTEGER, allowNull, defaultValue: 0 });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.createTable('hw_locations', {
    id: { ...str(40), primaryKey: true },
    /** warehouse | branch | vending */
    kind: str(12),
    name: str(64),
    terminal_id: str(40, true),
    created_by: str(40),
    created_at: at(),
  });
  await qi.addIndex('hw_locations', ['name'], { unique: true, name: 'ux_hw_locations_name' });
  // Every card made so far sits at `warehouse` (migration 019): that location exists from now on.
  await qi.bulkInsert('hw_locations', [
    {
      id: 'warehouse',
      kind: 'warehouse',
      name: '总仓',
      terminal_id: null,
      created_by: 'system',
      created_at: new Date(),
    },
  ]);
  await qi.createTable('hw_distributions', {
    id: { ...str(40), primaryKey: true },
    from_location: str(40),
    to_location: str(40),
    /** created | in_transit | received | discrepancy | cancelled (distributions.ts) */
    status: str(16),
    quantity: int(),
    beg_no: str(20),
    end_no: str(20),
    received_count: int(true),
    missing_card_nos: { type: DataTypes.TEXT, allowNull: true },
    note: str(200, true),
    created_by: str(40),
    dispatched_by: str(40, true),
    received_by: str(40, true),
    resolved_by: str(40, true),
    created_at: at(),
    dispatched_at: at(true),
    received_at: at(true),
    resolved_at: at(true),
    updated_at: at(),
  });
  await qi.addIndex('hw_distributions', ['status', 'created_at'], { name: 'ix_hw_distributions_status' });
  await qi.addColumn('hw_cards', 'distribution_id', str(40, true));
  await qi.addIndex('hw_cards', ['location', 'status'], { name: 'ix_hw_cards_location' });
  await qi.addColumn('hw_orders', 'funding', str(12, true));
  await qi.addColumn('hw_orders', 'location_id', str(40, true));
  await qi.addColumn('hw_orders', 'deposit_account', str(40, true));
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('hw_orders', 'deposit_account');
  await qi.removeColumn('hw_orders', 'location_id');
  await qi.removeColumn('hw_orders', 'funding');
  await qi.removeIndex('hw_cards', 'ix_hw_cards_location');
  await qi.removeColumn('hw_cards', 'distribution_id');
  await qi.dropTable('hw_distributions');
  await qi.dropTable('hw_locations');
}
