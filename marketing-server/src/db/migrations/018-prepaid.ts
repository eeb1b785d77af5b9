import { DataTypes, type QueryInterface } from 'sequelize';

// Prepaid-funds supervision (issue 17, modules/prepaid): sector rules as data, merchants onboarded
// for prepaid sales (reviewed), their products, consumer contracts whose money sits in the escrow's
// contract wallet, write-offs (one per (contract, seq)), every instruction to the escrow backend (its
// id is the bank order's out_trade_no), complaints, and the regulator's freeze proposals.
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const fen = () => ({ type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 });
const int = () => ({ type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
const text = () => ({ type: DataTypes.TEXT, allowNull: false });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createPrepaidMerchantTables(qi);
  await createPrepaidContractTables(qi);
  await createPrepaidInstructionsTable(qi);
  await createPrepaidComplaintAndFreezeTables(qi);
  await insertRegulatorRole(qi);
}

async function createPrepaidMerchantTables(qi: QueryInterface) {
  await qi.createTable('prepaid_sector_rules', {
    id: { ...str(40), primaryKey: true },
    name: str(80),
    sector: str(24),
    region: str(24),
    rule_json: text(),
    created_at: at(),
  });
  await qi.createTable('prepaid_merchants', {
    merchant_id: { ...str(40), primaryKey: true },
    rule_id: str(40),
    licence_since: str(10),
    credit_status: str(16),
    revenue_last_year_fen: fen(),
    escrow_tier: str(16),
    status: str(16),
    applied_by: str(40),
    reviewed_by: str(40, true),
    review_comment: str(255, true),
    closure_notice_at: at(true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.createTable('prepaid_products', {
    id: { ...str(40), primaryKey: true },
    merchant_id: str(40),
    kind: str(16),
    name: str(80),
    price_fen: fen(),
    total_units: int(),
    unit_price_fen: fen(),
    gift_fen: fen(),
    duration_days: int(),
    terms: text(),
    status: str(16),
    created_at: at(),
  });
  await qi.addIndex('prepaid_products', ['merchant_id'], { name: 'ix_prepaid_products_merchant' });
}

async function createPrepaidContractTables(qi: QueryInterface) {
  await qi.createTable('prepaid_contracts', {
    id: { ...str(40), primaryKey: true },
    merchant_id: str(40),
    product_id: str(40),
    user_id: str(40),
    idem_key: str(64),
    kind: str(16),
    product_json: text(),
    paid_fen: fen(),
    total_units: int(),
    used_units: int(),
    released_fen: fen(),
    releasing_fen: fen(),
    refunded_fen: fen(),
    refunding_fen: fen(),
    status: str(24),
    refund_reason: str(24, true),
    cashier_order_id: str(40, true),
    wallet_id: str(32, true),
    starts_at: at(true),
    ends_at: at(true),
    cooling_off_until: at(true),
    frozen_at: at(true),
    auto_refund_at: at(true),
    escrow_frozen: int(),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('prepaid_contracts', ['user_id', 'idem_key'], {
    unique: true,
    name: 'uq_prepaid_contracts_idem',
  });
  await qi.addIndex('prepaid_contracts', ['merchant_id', 'status'], {
    name: 'ix_prepaid_contracts_merchant',
  });
  await qi.addIndex('prepaid_contracts', ['cashier_order_id'], { name: 'ix_prepaid_contracts_order' });
  await qi.createTable('prepaid_writeoffs', {
    id: { ...str(40), primaryKey: true },
    contract_id: str(40),
    seq: int(),
    units: int(),
    amount_fen: fen(),
    status: str(16),
    request_hash: str(64),
    created_by: str(64),
    confirm_due_at: at(),
    confirmed_by: str(16, true),
    instruction_id: str(40, true),
    created_at: at(),
    decided_at: at(true),
  });
  await qi.addIndex('prepaid_writeoffs', ['contract_id', 'seq'], {
    unique: true,
    name: 'uq_prepaid_writeoffs_seq',
  });
  await qi.addIndex('prepaid_writeoffs', ['status', 'confirm_due_at'], { name: 'ix_prepaid_writeoffs_due' });
}

async function createPrepaidInstructionsTable(qi: QueryInterface) {
  await qi.createTable('prepaid_instructions', {
    id: { ...str(40), primaryKey: true },
    dedupe_key: str(96),
    contract_id: str(40),
    merchant_id: str(40),
    type: str(16),
    amount_fen: fen(),
    writeoff_id: str(40, true),
    reason: str(24, true),
    status: str(16),
    error_code: str(64, true),
    created_at: at(),
    completed_at: at(true),
  });
  await qi.addIndex('prepaid_instructions', ['dedupe_key'], {
    unique: true,
    name: 'uq_prepaid_instructions_key',
  });
  await qi.addIndex('prepaid_instructions', ['contract_id'], { name: 'ix_prepaid_instructions_contract' });
}

async function createPrepaidComplaintAndFreezeTables(qi: QueryInterface) {
  await qi.createTable('prepaid_complaints', {
    id: { ...str(40), primaryKey: true },
    contract_id: str(40),
    merchant_id: str(40),
    user_id: str(40),
    reason: str(255),
    created_at: at(),
  });
  await qi.addIndex('prepaid_complaints', ['merchant_id'], { name: 'ix_prepaid_complaints_merchant' });
  await qi.createTable('prepaid_freezes', {
    id: { ...str(40), primaryKey: true },
    merchant_id: str(40),
    action: str(16),
    reason: str(255),
    status: str(16),
    proposed_by: str(40),
    decided_by: str(40, true),
    created_at: at(),
    decided_at: at(true),
  });
}

async function insertRegulatorRole(qi: QueryInterface) {
  const now = new Date();
  await qi.bulkInsert('roles', [
    {
      id: 'regulator',
      display_name: '预付资金监管',
      builtin: true,
      permissions: '[]',
      created_by: null,
      created_at: now,
      updated_at: now,
    },
  ]);
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.bulkDelete('roles', { id: 'regulator' });
  for (const t of [
    'prepaid_freezes',
    'prepaid_complaints',
    'prepaid_instructions',
    'prepaid_writeoffs',
    'prepaid_contracts',
    'prepaid_products',
    'prepaid_merchants',
    'prepaid_sector_rules',
  ])
    await qi.dropTable(t);
}
