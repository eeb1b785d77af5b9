import { DataTypes, type QueryInterface } from 'sequelize';

const id = () => ({ type: DataTypes.STRING(40), primaryKey: true, allowNull: false });
const fen = (allowNull = false) => ({ type: DataTypes.BIGINT, allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
const str = (len: number, allowNull = false) => ({ type: DataTypes.STRING(len), allowNull });
const int = (allowNull = false) => ({ type: DataTypes.INTEGER, allowNull });
const text = (allowNull = true) => ({ type: DataTypes.TEXT, allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createUsersTables(qi);
  await createDepositsTables(qi);
  await createCampaignDayTables(qi);
  await createLedgerEntriesTables(qi);
}

async function createUsersTables(qi: QueryInterface) {
  await qi.createTable('users', {
    id: id(),
    openid: str(64, true),
    phone: str(20, true),
    real_name: str(64, true),
    id_number_masked: str(32, true),
    id_hash: str(64, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('users', ['openid'], { unique: true, name: 'uq_users_openid' });
  await qi.addIndex('users', ['phone'], { unique: true, name: 'uq_users_phone' });
  await qi.createTable('otp_challenges', {
    id: id(),
    phone: str(20),
    code_hash: str(64),
    attempts: int(),
    expires_at: time(),
    consumed_at: time(true),
    created_at: time(),
  });
  await qi.addIndex('otp_challenges', ['phone', 'created_at'], { name: 'ix_otp_phone' });
  await qi.createTable('admin_users', {
    id: id(),
    username: str(64),
    password_hash: str(255),
    display_name: str(64),
    roles: str(255),
    merchant_id: str(40, true),
    funder_id: str(40, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('admin_users', ['username'], { unique: true, name: 'uq_admin_users_username' });
  await qi.createTable('funders', {
    id: id(),
    name: str(128),
    kind: str(16),
    created_at: time(),
    updated_at: time(),
  });
  await qi.createTable('merchants', {
    id: id(),
    name: str(128),
    category: str(32),
    created_at: time(),
    updated_at: time(),
  });
}

async function createDepositsTables(qi: QueryInterface) {
  await qi.createTable('deposits', {
    id: id(),
    funder_id: str(40),
    amount_fen: fen(),
    reference: str(128),
    created_by: str(40),
    created_at: time(),
  });
  await qi.addIndex('deposits', ['funder_id', 'created_at'], { name: 'ix_deposits_funder' });
  await qi.createTable('campaigns', {
    id: id(),
    kind: str(16),
    name: str(128),
    description: text(),
    funder_id: str(40),
    status: str(24),
    budget_fen: fen(),
    face_fen: fen(),
    reserved_fen: fen(),
    stock_total: int(),
    config: text(false),
    claim_start_at: time(),
    claim_end_at: time(),
    use_end_at: time(true),
    created_by: str(40),
    submitted_by: str(40, true),
    approved_by: str(40, true),
    version: int(),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('campaigns', ['status', 'claim_start_at'], { name: 'ix_campaigns_status' });
  await qi.createTable('campaign_versions', {
    campaign_id: { type: DataTypes.STRING(40), primaryKey: true },
    version: { type: DataTypes.INTEGER, primaryKey: true },
    snapshot: text(false),
    created_by: str(40),
    created_at: time(),
  });
  await qi.createTable('campaign_packets', {
    campaign_id: { type: DataTypes.STRING(40), primaryKey: true },
    seq: { type: DataTypes.INTEGER, primaryKey: true },
    amount_fen: fen(),
  });
  await qi.createTable('campaign_stock_buckets', {
    campaign_id: { type: DataTypes.STRING(40), primaryKey: true },
    bucket: { type: DataTypes.INTEGER, primaryKey: true },
    first_seq: int(),
    size: int(),
    remaining: int(),
    open: { type: DataTypes.TINYINT, allowNull: false },
  });
}

async function createCampaignDayTables(qi: QueryInterface) {
  await qi.createTable('campaign_day_counts', {
    campaign_id: { type: DataTypes.STRING(40), primaryKey: true },
    day: { type: DataTypes.STRING(8), primaryKey: true },
    claimed: int(),
  });
  await qi.createTable('claims', {
    id: id(),
    campaign_id: str(40),
    user_id: str(40),
    kind: str(16),
    amount_fen: fen(),
    packet_seq: int(),
    user_slot: str(48),
    person_slot: str(120, true),
    status: str(16),
    coupon_code: str(20, true),
    use_start_at: time(true),
    use_end_at: time(true),
    channel: str(16, true),
    device_id: str(64, true),
    created_at: time(),
    updated_at: time(),
  });
  await qi.addIndex('claims', ['campaign_id', 'user_id', 'user_slot'], {
    unique: true,
    name: 'uq_claims_user_slot',
  });
  await qi.addIndex('claims', ['campaign_id', 'person_slot'], {
    unique: true,
    name: 'uq_claims_person_slot',
  });
  await qi.addIndex('claims', ['campaign_id', 'packet_seq'], { unique: true, name: 'uq_claims_packet' });
  await qi.addIndex('claims', ['coupon_code'], { unique: true, name: 'uq_claims_coupon_code' });
  await qi.addIndex('claims', ['user_id', 'created_at'], { name: 'ix_claims_user' });
  await qi.addIndex('claims', ['status', 'use_end_at'], { name: 'ix_claims_expiry' });
  await qi.createTable('coupon_redemptions', {
    id: id(),
    claim_id: str(40),
    campaign_id: str(40),
    merchant_id: str(40),
    order_no: str(64),
    order_amount_fen: fen(),
    discount_fen: fen(),
    payable_fen: fen(),
    status: str(16),
    operator_id: str(40),
    created_at: time(),
    refunded_at: time(true),
  });
  await qi.addIndex('coupon_redemptions', ['merchant_id', 'order_no'], {
    unique: true,
    name: 'uq_redemption_order',
  });
  await qi.addIndex('coupon_redemptions', ['claim_id'], { name: 'ix_redemption_claim' });
}

async function createLedgerEntriesTables(qi: QueryInterface) {
  await qi.createTable('ledger_entries', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    txn_id: str(40),
    account: str(64),
    amount_fen: fen(),
    kind: str(24),
    campaign_id: str(40, true),
    ref_id: str(64, true),
    created_at: time(),
  });
  await qi.addIndex('ledger_entries', ['account'], { name: 'ix_ledger_account' });
  await qi.addIndex('ledger_entries', ['txn_id'], { name: 'ix_ledger_txn' });
  await qi.addIndex('ledger_entries', ['campaign_id', 'kind'], { name: 'ix_ledger_campaign' });
  await qi.createTable('idempotency_keys', {
    scope: { type: DataTypes.STRING(160), primaryKey: true },
    idem_key: { type: DataTypes.STRING(255), primaryKey: true },
    request_hash: str(64),
    status_code: int(),
    response_body: text(false),
    created_at: time(),
    expires_at: time(),
  });
  await qi.addIndex('idempotency_keys', ['expires_at'], { name: 'ix_idem_expiry' });
  await qi.createTable('audit_logs', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    actor_type: str(16),
    actor_id: str(40),
    action: str(48),
    entity_type: str(32),
    entity_id: str(40),
    changes: text(),
    comment: text(),
    request_id: str(64, true),
    created_at: time(),
  });
  await qi.addIndex('audit_logs', ['entity_type', 'entity_id'], { name: 'ix_audit_entity' });
  await qi.addIndex('audit_logs', ['created_at'], { name: 'ix_audit_time' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of [
    'audit_logs',
    'idempotency_keys',
    'ledger_entries',
    'coupon_redemptions',
    'claims',
    'campaign_day_counts',
    'campaign_stock_buckets',
    'campaign_packets',
    'campaign_versions',
    'campaigns',
    'deposits',
    'merchants',
    'funders',
    'admin_users',
    'otp_challenges',
    'users',
  ]) {
    await qi.dropTable(t);
  }
}
