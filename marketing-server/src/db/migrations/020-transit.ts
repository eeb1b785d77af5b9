import { DataTypes, type QueryInterface } from 'sequelize';

// Rail transit and tram (issue 19): fare tables as versioned data (maker-checker), the ride-code
// issuer keys, riders and their pay-after agreements, gates and their sync state, tap batches and
// taps (deduplicated by id and by code serial), journeys priced at pairing, their charges (one
// bank order each), the blacklist as an append-only change log (gates sync by version), day
// tickets and TVM tickets (both paid through the cashier) and the service desk's actions.
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const fen = (allowNull = false) => ({ type: DataTypes.BIGINT, allowNull, defaultValue: 0 });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });
const text = (allowNull = false) => ({ type: DataTypes.TEXT('long'), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createTransitFareTables(qi);
  await createTransitRiderAndGateTables(qi);
  await createTransitTapAndJourneyTables(qi);
  await createTransitChargeAndBlacklistTables(qi);
  await createTransitTicketTables(qi);
  await createTransitDeskActionsTable(qi);
}

async function createTransitFareTables(qi: QueryInterface) {
  await qi.createTable('transit_fare_versions', {
    version: { type: DataTypes.INTEGER, primaryKey: true, allowNull: false },
    status: str(16),
    hash: str(32),
    table_json: text(),
    note: str(200, true),
    created_by: str(80),
    created_at: at(),
    decided_by: str(80, true),
    decided_at: at(true),
  });
  await qi.createTable('transit_issuer_keys', {
    kid: { ...str(16), primaryKey: true },
    public_pem: { type: DataTypes.TEXT, allowNull: false },
    private_pem: { type: DataTypes.TEXT, allowNull: false },
    created_at: at(),
    retired_at: at(true),
  });
}

async function createTransitRiderAndGateTables(qi: QueryInterface) {
  await qi.createTable('transit_riders', {
    user_id: { ...str(40), primaryKey: true },
    rider_token: str(40),
    rider_category: str(24),
    wallet_id: str(40, true),
    agreement_no: str(40, true),
    agreement_signed_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('transit_riders', ['rider_token'], { unique: true, name: 'ux_transit_riders_token' });
  await qi.createTable('transit_gates', {
    id: { ...str(40), primaryKey: true },
    station_id: str(32),
    kind: str(16),
    secret: str(64),
    keys_synced_at: at(true),
    blacklist_version: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
    last_sync_at: at(true),
    last_upload_at: at(true),
    created_at: at(),
  });
  await qi.createTable('transit_batches', {
    gate_id: { ...str(40), primaryKey: true },
    batch_id: { ...str(64), primaryKey: true },
    tap_count: { type: DataTypes.INTEGER, allowNull: false },
    answer_json: { type: DataTypes.TEXT, allowNull: false },
    received_at: at(),
  });
}

async function createTransitTapAndJourneyTables(qi: QueryInterface) {
  await qi.createTable('transit_taps', {
    id: { ...str(110), primaryKey: true },
    gate_id: str(40),
    batch_id: str(64),
    station_id: str(32),
    kind: str(8),
    media: str(16),
    rider_token: str(40),
    code_serial: str(40),
    tapped_at: at(),
    received_at: at(),
    offline: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    journey_id: str(40, true),
  });
  // A code serial is used once per direction: a copy shown at another gate is a replay.
  await qi.addIndex('transit_taps', ['code_serial', 'kind'], {
    unique: true,
    name: 'ux_transit_taps_serial',
  });
  await qi.addIndex('transit_taps', ['rider_token', 'journey_id'], { name: 'ix_transit_taps_rider' });
  await qi.addIndex('transit_taps', ['journey_id', 'tapped_at'], { name: 'ix_transit_taps_unpaired' });
  await qi.createTable('transit_journeys', {
    id: { ...str(40), primaryKey: true },
    user_id: str(40, true),
    rider_token: str(40),
    kind: str(12),
    entry_tap_id: str(110, true),
    exit_tap_id: str(110, true),
    entry_station: str(32, true),
    exit_station: str(32, true),
    entered_at: at(true),
    exited_at: at(true),
    status: str(16),
    rule: str(20),
    fare_fen: fen(),
    full_fare_fen: fen(),
    paid_fen: fen(),
    refunded_fen: fen(),
    breakdown_json: { type: DataTypes.TEXT, allowNull: false },
    fare_version: { type: DataTypes.INTEGER, allowNull: false },
    rider_category: str(24),
    day_ticket_id: str(40, true),
    operator_merchant_id: str(40),
    debt_since: at(true),
    day_key: str(8),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('transit_journeys', ['entry_tap_id'], {
    unique: true,
    name: 'ux_transit_journeys_entry',
  });
  await qi.addIndex('transit_journeys', ['exit_tap_id'], { unique: true, name: 'ux_transit_journeys_exit' });
  await qi.addIndex('transit_journeys', ['user_id', 'created_at'], { name: 'ix_transit_journeys_user' });
  await qi.addIndex('transit_journeys', ['status', 'debt_since'], { name: 'ix_transit_journeys_status' });
  await qi.addIndex('transit_journeys', ['day_key', 'entry_station'], { name: 'ix_transit_journeys_day' });
}

async function createTransitChargeAndBlacklistTables(qi: QueryInterface) {
  await qi.createTable('transit_charges', {
    id: { ...str(40), primaryKey: true },
    journey_id: str(40),
    generation: { type: DataTypes.INTEGER, allowNull: false },
    kind: str(12),
    user_id: str(40),
    wallet_id: str(40),
    operator_merchant_id: str(40),
    amount_fen: fen(),
    status: str(16),
    error_code: str(64, true),
    idem_key: str(255, true),
    created_at: at(),
    completed_at: at(true),
  });
  await qi.addIndex('transit_charges', ['journey_id', 'generation'], {
    unique: true,
    name: 'ux_transit_charges_gen',
  });
  await qi.addIndex('transit_charges', ['user_id', 'idem_key'], {
    unique: true,
    name: 'ux_transit_charges_idem',
  });
  await qi.createTable('transit_blacklist_changes', {
    version: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true, allowNull: false },
    rider_token: str(40),
    action: str(8),
    reason: str(40),
    at: at(),
  });
  await qi.addIndex('transit_blacklist_changes', ['rider_token', 'version'], {
    name: 'ix_transit_blacklist_rider',
  });
}

async function createTransitTicketTables(qi: QueryInterface) {
  await qi.createTable('transit_day_tickets', {
    id: { ...str(40), primaryKey: true },
    user_id: str(40),
    product_id: str(24),
    price_fen: fen(),
    order_id: str(40),
    status: str(20),
    valid_from: at(true),
    valid_until: at(true),
    last_exit_by: at(true),
    created_at: at(),
    paid_at: at(true),
  });
  await qi.addIndex('transit_day_tickets', ['order_id'], {
    unique: true,
    name: 'ux_transit_day_tickets_order',
  });
  await qi.addIndex('transit_day_tickets', ['user_id', 'status'], { name: 'ix_transit_day_tickets_user' });
  await qi.createTable('transit_tvms', {
    id: { ...str(40), primaryKey: true },
    station_id: str(32),
    secret: str(64),
    created_at: at(),
  });
  await qi.createTable('transit_tvm_tickets', {
    id: { ...str(40), primaryKey: true },
    tvm_id: str(40),
    request_no: str(64),
    from_station: str(32),
    to_station: str(32),
    fare_fen: fen(),
    fare_version: { type: DataTypes.INTEGER, allowNull: false },
    order_id: str(40),
    status: str(20),
    ticket_code: str(200, true),
    refund_id: str(40, true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('transit_tvm_tickets', ['tvm_id', 'request_no'], {
    unique: true,
    name: 'ux_transit_tvm_request',
  });
}

async function createTransitDeskActionsTable(qi: QueryInterface) {
  await qi.createTable('transit_desk_actions', {
    id: { ...str(40), primaryKey: true },
    operator_id: str(80),
    action: str(32),
    journey_id: str(40, true),
    user_id: str(40, true),
    amount_fen: fen(),
    reason: str(200),
    details_json: { type: DataTypes.TEXT, allowNull: false },
    created_at: at(),
  });
  await qi.addIndex('transit_desk_actions', ['journey_id'], { name: 'ix_transit_desk_journey' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of [
    'transit_desk_actions',
    'transit_tvm_tickets',
    'transit_tvms',
    'transit_day_tickets',
    'transit_blacklist_changes',
    'transit_charges',
    'transit_journeys',
    'transit_taps',
    'transit_batches',
    'transit_gates',
    'transit_riders',
    'transit_issuer_keys',
    'transit_fare_versions',
  ])
    await qi.dropTable(t);
}
