import { DataTypes, type QueryInterface } from 'sequelize';

// Merchant-funded campaigns (issue 16 item 4): a funder of kind merchant belongs to one merchant,
// and a deposit says where its money came from: 'declared' (a transfer the funder says it made, a
// second person or the bank statement confirms it) or 'merchant_wallet' (a bank order from the
// merchant's own wallet, confirmed by that order's final state).
export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.addColumn('funders', 'merchant_id', { type: DataTypes.STRING(40), allowNull: true });
  await qi.addIndex('funders', ['merchant_id'], { unique: true, name: 'ux_funders_merchant' });
  await qi.addColumn('deposits', 'source', {
    type: DataTypes.STRING(16),
    allowNull: false,
    defaultValue: 'declared',
  });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.removeColumn('deposits', 'source');
  await qi.removeIndex('funders', 'ux_funders_merchant');
  await qi.removeColumn('funders', 'merchant_id');
}
