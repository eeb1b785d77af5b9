import { DataTypes, type QueryInterface } from 'sequelize';

// The APIX open platform (issue 20): partner apps and their credentials, citizens' consents and
// second factors for A2 calls, the API call log (kept per JR/T 0185), the hash-chained admin actions
// on apps, the event outbox business transactions write into, and webhook endpoints and deliveries.
const str = (n: number, allowNull = false) => ({ type: DataTypes.STRING(n), allowNull });
const text = (allowNull = false) => ({ type: DataTypes.TEXT, allowNull });
const int = (allowNull = false) => ({ type: DataTypes.INTEGER, allowNull, defaultValue: 0 });
const at = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await createApixAppTables(qi);
  await createApixConsentTables(qi);
  await createApixAuditLogTables(qi);
  await createEventOutboxAndWebhookTables(qi);
}

async function createApixAppTables(qi: QueryInterface) {
  await qi.createTable('apix_apps', {
    id: { ...str(40), primaryKey: true },
    org_name: str(120),
    name: str(80),
    state: str(20),
    tier: str(16),
    rate_limit_per_minute: { type: DataTypes.INTEGER, allowNull: true },
    products: text(),
    licence_no: str(64, true),
    ip_allowlist: text(),
    callback_url: str(512, true),
    created_by: str(40),
    created_at: at(),
    updated_at: at(),
  });
  await qi.createTable('apix_credentials', {
    serial_no: { ...str(40), primaryKey: true },
    app_id: str(40),
    environment: str(12),
    scheme: str(8),
    public_key: text(true),
    secret: str(128, true),
    status: str(12),
    created_at: at(),
    revoked_at: at(true),
  });
  await qi.addIndex('apix_credentials', ['app_id', 'environment', 'status'], { name: 'ix_apix_cred_app' });
}

async function createApixConsentTables(qi: QueryInterface) {
  await qi.createTable('apix_consents', {
    id: { ...str(40), primaryKey: true },
    app_id: str(40),
    user_id: str(40),
    operations: text(),
    granted_at: at(),
    revoked_at: at(true),
  });
  await qi.addIndex('apix_consents', ['user_id'], { name: 'ix_apix_consents_user' });
  await qi.createTable('apix_second_factors', {
    id: { ...str(40), primaryKey: true },
    consent_id: str(40),
    code_hash: str(64),
    expires_at: at(),
    used_at: at(true),
    created_at: at(),
  });
  await qi.addIndex('apix_second_factors', ['consent_id', 'code_hash'], { name: 'ix_apix_2fa' });
}

async function createApixAuditLogTables(qi: QueryInterface) {
  await qi.createTable('apix_api_logs', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    request_id: str(64),
    app_id: str(40, true),
    environment: str(12, true),
    operation_code: str(24, true),
    method: str(8),
    path: str(255),
    status: int(),
    latency_ms: int(),
    verdict: str(48),
    params: text(true),
    ip: str(64),
    created_at: at(),
    retain_until: at(),
  });
  await qi.addIndex('apix_api_logs', ['app_id', 'id'], { name: 'ix_apix_logs_app' });
  await qi.addIndex('apix_api_logs', ['retain_until'], { name: 'ix_apix_logs_retain' });
  await qi.createTable('apix_admin_actions', {
    id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
    app_id: str(40),
    seq: int(),
    action: str(48),
    actor_id: str(40),
    payload: text(),
    prev_hash: str(64),
    hash: str(64),
    created_at: at(),
  });
  await qi.addIndex('apix_admin_actions', ['app_id', 'seq'], { unique: true, name: 'ux_apix_actions_seq' });
}

async function createEventOutboxAndWebhookTables(qi: QueryInterface) {
  await qi.createTable('event_outbox', {
    id: { ...str(40), primaryKey: true },
    type: str(64),
    subject_id: str(40),
    payload: text(),
    created_at: at(),
    dispatched_at: at(true),
  });
  await qi.addIndex('event_outbox', ['dispatched_at', 'created_at'], { name: 'ix_event_outbox_pending' });
  await qi.createTable('apix_endpoints', {
    id: { ...str(40), primaryKey: true },
    app_id: str(40),
    url: str(512),
    event_types: text(),
    secret: str(128),
    status: str(12),
    disabled_reason: str(255, true),
    created_at: at(),
    updated_at: at(),
  });
  await qi.addIndex('apix_endpoints', ['app_id'], { name: 'ix_apix_endpoints_app' });
  await qi.createTable('apix_deliveries', {
    id: { ...str(40), primaryKey: true },
    event_id: str(40),
    endpoint_id: str(40),
    app_id: str(40),
    event_type: str(64),
    payload: text(),
    status: str(12),
    attempts: int(),
    next_attempt_at: at(),
    last_status_code: { type: DataTypes.INTEGER, allowNull: true },
    last_error: str(255, true),
    created_at: at(),
    delivered_at: at(true),
  });
  await qi.addIndex('apix_deliveries', ['event_id', 'endpoint_id'], {
    unique: true,
    name: 'ux_apix_delivery',
  });
  await qi.addIndex('apix_deliveries', ['status', 'next_attempt_at'], { name: 'ix_apix_delivery_due' });
  await qi.addIndex('apix_deliveries', ['app_id', 'created_at'], { name: 'ix_apix_delivery_app' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  for (const t of [
    'apix_deliveries',
    'apix_endpoints',
    'event_outbox',
    'apix_admin_actions',
    'apix_api_logs',
    'apix_second_factors',
    'apix_consents',
    'apix_credentials',
    'apix_apps',
  ])
    await qi.dropTable(t);
}
