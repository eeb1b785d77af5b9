import { DataTypes, type QueryInterface } from 'sequelize';

// Hard wallets and the closed park (issue 18): card parameters (caps by media type, KYC level and
// issuer), production batches, cards with their life cycle and the platform's view of the chip
// (replay position), online card transactions (loads/unloads with their counter and TAC), load and
// unload orders, terminals (TMS) and the versioned list deltas they are pushed, offline batches and
// records (unique by card+offline counter and by terminal+sequence), the exception queue, alerts;
// the park: organisations, departments, staff with badges, doors, canteen merchants, fund deposits,
// subsidy runs, grants and spends.
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const fen = (allowNull = false) => ({ type: DataTypes.BIGINT, allowNull, defaultValue: 0 });
const int = (allowNull = false) => ({ type: DataTypes.INTEGER, allowNull, defaultValue: 0 });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
const id = { ...str(40), primaryKey: true };

export async function up({ context: qi }: { context: QueryInterface }) {
  await createHardWalletIssuingTables(qi);
  await createHardWalletCardTables(qi);
  await createHardWalletTerminalTables(qi);
  await createHardWalletOfflineTables(qi);
  await createHardWalletExceptionTables(qi);
  await createParkOrgTables(qi);
  await createParkSubsidyTables(qi);
}

async function createHardWalletIssuingTables(qi: QueryInterface) {
  await qi.createTable('hw_params', {
    id,
    media_type: str(16),
    kyc_level: str(8),
    issuer: str(40),
    balance_max_fen: fen(),
    offline_single_max_fen: fen(),
    offline_count_max: int(),
    offline_cum_max_fen: fen(),
    no_pin_max_fen: fen(),
    floor_fen: fen(),
    updated_at: at(),
  });
  await qi.addIndex('hw_params', ['media_type', 'kyc_level', 'issuer'], {
    unique: true,
    name: 'ux_hw_params',
  });
  await qi.createTable('hw_batches', {
    id,
    beg_no: str(20),
    end_no: str(20),
    media_type: str(16),
    issuer: str(40),
    cos_version: str(16),
    key_version: int(),
    valid_until: str(10),
    deposit_fen: fen(),
    card_count: int(),
    created_by: str(40),
    created_at: at(),
  });
}

async function createHardWalletCardTables(qi: QueryInterface) {
  await qi.createTable('hw_cards', {
    id,
    card_no: str(20),
    batch_id: str(40),
    media_type: str(16),
    issuer: str(40),
    key_version: int(),
    status: str(16),
    location: str(40),
    holder_user_id: str(40, true),
    holder_name: str(40, true),
    holder_kind: str(12, true),
    kyc_level: str(8),
    soft_wallet_id: str(40, true),
    loss_at: at(true),
    quiet_until: at(true),
    replaced_by: str(40, true),
    after_quiet: str(12, true),
    blacklisted: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    chain_counter: int(),
    chain_online_counter: int(),
    chain_balance_fen: fen(),
    order_lock: str(40, true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('hw_cards', ['card_no'], { unique: true, name: 'ux_hw_cards_no' });
  await qi.addIndex('hw_cards', ['holder_user_id'], { name: 'ix_hw_cards_holder' });
  await qi.addIndex('hw_cards', ['status', 'quiet_until'], { name: 'ix_hw_cards_status' });
  await qi.createTable('hw_card_txns', {
    id,
    card_id: str(40),
    online_counter: int(),
    offline_counter: int(),
    direction: str(12),
    amount_fen: fen(),
    balance_after_fen: fen(),
    out_trade_no: str(40),
    tac: str(16),
    created_at: at(),
  });
  await qi.addIndex('hw_card_txns', ['card_id', 'online_counter'], { unique: true, name: 'ux_hw_card_txns' });
  await qi.createTable('hw_orders', {
    id,
    card_id: str(40),
    user_id: str(40, true),
    direction: str(12),
    from_card_id: str(40, true),
    intent: str(16, true),
    soft_wallet_id: str(40, true),
    amount_fen: fen(),
    init_online_counter: int(true),
    init_offline_counter: int(true),
    status: str(16),
    tac: str(16, true),
    result_online_counter: int(true),
    result_balance_fen: fen(true),
    error_code: str(40, true),
    created_by: str(40),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('hw_orders', ['card_id'], { name: 'ix_hw_orders_card' });
}

async function createHardWalletTerminalTables(qi: QueryInterface) {
  await qi.createTable('hw_terminals', {
    id,
    terminal_no: str(20),
    kind: str(16),
    merchant_id: str(40),
    store_name: str(80),
    org_id: str(40, true),
    status: str(16),
    session_key: str(64, true),
    batch_no: int(),
    program_version: str(16, true),
    target_program_version: str(16, true),
    param_version: int(),
    blacklist_version: int(),
    whitelist_version: int(),
    unuploaded_count: int(),
    seq_contiguous: int(),
    last_heartbeat_at: at(true),
    last_signed_on_at: at(true),
    created_by: str(40),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('hw_terminals', ['terminal_no'], { unique: true, name: 'ux_hw_terminals_no' });
  // One row per pushed list (blacklist, each organisation's door whitelist, parameters): its version
  // is bumped under the row lock by every writer, so versions commit in order and a terminal that
  // synced to v never misses an entry of v.
  await qi.createTable('hw_lists', {
    list: { ...str(48), primaryKey: true },
    version: int(),
    updated_at: at(),
  });
  await qi.createTable('hw_list_entries', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    list: str(48),
    version: int(),
    card_no: str(20),
    op: str(8),
    reason: str(40),
    created_at: at(),
  });
  await qi.addIndex('hw_list_entries', ['list', 'version'], { name: 'ix_hw_list_entries' });
}

async function createHardWalletOfflineTables(qi: QueryInterface) {
  await qi.createTable('hw_offline_batches', {
    id,
    terminal_id: str(40),
    batch_no: int(),
    upload_no: int(),
    records: int(),
    accepted: int(),
    duplicates: int(),
    rejected: int(),
    received_at: at(),
  });
  await qi.addIndex('hw_offline_batches', ['terminal_id', 'received_at'], { name: 'ix_hw_offline_batches' });
  await qi.createTable('hw_offline_records', {
    id,
    card_id: str(40),
    offline_counter: int(),
    online_counter: int(),
    terminal_id: str(40),
    terminal_seq: int(),
    merchant_id: str(40),
    amount_fen: fen(),
    balance_before_fen: fen(),
    balance_after_fen: fen(),
    occurred_at: at(),
    tac: str(16),
    status: str(12),
    batch_id: str(40),
    applied_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('hw_offline_records', ['card_id', 'offline_counter'], {
    unique: true,
    name: 'ux_hw_rec_card',
  });
  await qi.addIndex('hw_offline_records', ['terminal_id', 'terminal_seq'], {
    unique: true,
    name: 'ux_hw_rec_term',
  });
  await qi.addIndex('hw_offline_records', ['status', 'card_id'], { name: 'ix_hw_rec_status' });
}

async function createHardWalletExceptionTables(qi: QueryInterface) {
  await qi.createTable('hw_exceptions', {
    id,
    terminal_id: str(40, true),
    card_no: str(20, true),
    record_id: str(40, true),
    offline_counter: int(true),
    terminal_seq: int(true),
    amount_fen: fen(),
    code: str(40),
    detail: str(255),
    raw: { type: DataTypes.TEXT, allowNull: true },
    status: str(12),
    proposal: str(12, true),
    proposed_by: str(40, true),
    decided_by: str(40, true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('hw_exceptions', ['status', 'created_at'], { name: 'ix_hw_exceptions' });
  await qi.createTable('hw_alerts', {
    id,
    terminal_id: str(40),
    kind: str(16),
    from_seq: int(true),
    to_seq: int(true),
    status: str(12),
    created_at: at(),
    resolved_at: at(true),
  });
  await qi.addIndex('hw_alerts', ['terminal_id', 'kind', 'status'], { name: 'ix_hw_alerts' });
}

async function createParkOrgTables(qi: QueryInterface) {
  await qi.createTable('park_orgs', { id, name: str(80), created_at: at() });
  await qi.createTable('park_departments', { id, org_id: str(40), name: str(80), created_at: at() });
  await qi.createTable('park_staff', {
    id,
    org_id: str(40),
    department_id: str(40),
    name: str(40),
    user_id: str(40, true),
    card_id: str(40, true),
    status: str(16),
    created_at: at(),
    offboarded_at: at(true),
  });
  await qi.addIndex('park_staff', ['org_id'], { name: 'ix_park_staff_org' });
  await qi.addIndex('park_staff', ['card_id'], { name: 'ix_park_staff_card' });
  await qi.createTable('park_canteens', { id, org_id: str(40), merchant_id: str(40), created_at: at() });
}

async function createParkSubsidyTables(qi: QueryInterface) {
  await qi.createTable('park_fund_deposits', {
    id,
    org_id: str(40),
    amount_fen: fen(),
    reference: str(80),
    status: str(12),
    recorded_by: str(40),
    confirmed_by: str(40, true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.createTable('park_subsidy_runs', {
    id,
    org_id: str(40),
    month: str(7),
    amount_per_staff_fen: fen(),
    windows: str(255),
    return_rule: str(12),
    status: str(12),
    total_fen: fen(),
    returned_fen: fen(),
    created_by: str(40),
    approved_by: str(40, true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('park_subsidy_runs', ['org_id', 'month'], { unique: true, name: 'ux_park_runs_month' });
  await qi.createTable('park_subsidy_grants', {
    id,
    run_id: str(40),
    staff_id: str(40),
    card_id: str(40),
    amount_fen: fen(),
    spent_fen: fen(),
    returned_fen: fen(),
    created_at: at(),
  });
  await qi.addIndex('park_subsidy_grants', ['run_id', 'staff_id'], { unique: true, name: 'ux_park_grants' });
  await qi.addIndex('park_subsidy_grants', ['card_id'], { name: 'ix_park_grants_card' });
  await qi.createTable('park_subsidy_spends', {
    id,
    payment_no: str(48),
    grant_id: str(40),
    card_id: str(40),
    terminal_id: str(40),
    merchant_id: str(40),
    amount_fen: fen(),
    occurred_at: at(),
    created_at: at(),
  });
  await qi.addIndex('park_subsidy_spends', ['terminal_id', 'payment_no'], {
    unique: true,
    name: 'ux_park_spends',
  });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of [
    'park_subsidy_spends',
    'park_subsidy_grants',
    'park_subsidy_runs',
    'park_fund_deposits',
    'park_canteens',
    'park_staff',
    'park_departments',
    'park_orgs',
    'hw_alerts',
    'hw_exceptions',
    'hw_offline_records',
    'hw_offline_batches',
    'hw_list_entries',
    'hw_lists',
    'hw_terminals',
    'hw_orders',
    'hw_card_txns',
    'hw_cards',
    'hw_batches',
    'hw_params',
  ])
    await qi.dropTable(t);
}
