import { DataTypes, type QueryInterface } from 'sequelize';

// Ownership checked against authoritative registries. A plate is unverified until the vehicle registry
// confirms that the citizen's verified real name is its registered owner (`verified_plate`: at most one
// verified holder per plate). A lot's pay-by-plate lookup lets the citizen who looked a car up read
// that session while it is open (`parking_session_lookups`). A verified ID number has one holder
// (`identity_holders`); a second account verifying the same one is a review for an admin.
const str = (len: number, allowNull = false) => ({ type: DataTypes.STRING(len), allowNull });
const time = (allowNull = false) => ({ type: DataTypes.DATE(3), allowNull });

export async function up({ context: qi }: { context: QueryInterface }) {
  await qi.addColumn('parking_plates', 'verified_at', time(true));
  await qi.addColumn('parking_plates', 'verified_plate', str(16, true));
  await qi.addIndex('parking_plates', ['verified_plate'], { unique: true, name: 'uq_plates_verified' });

  await qi.createTable('parking_session_lookups', {
    session_id: { ...str(40), primaryKey: true },
    user_id: { ...str(40), primaryKey: true },
    created_at: time(),
  });

  await qi.createTable('identity_holders', {
    id_hash: { ...str(64), primaryKey: true },
    user_id: str(40),
    verified_at: time(),
  });
  // Accounts verified before: the earliest (ids are time-ordered) holds each ID number.
  await qi.sequelize.query(
    `INSERT INTO identity_holders (id_hash, user_id, verified_at)
     SELECT u.id_hash, MIN(u.id), MIN(u.updated_at) FROM users u WHERE u.id_hash IS NOT NULL GROUP BY u.id_hash`,
  );

  await qi.createTable('identity_reviews', {
    id: { ...str(40), primaryKey: true },
    id_hash: str(64),
    holder_user_id: str(40),
    claimant_user_id: str(40),
    real_name: str(64),
    id_number_masked: str(32),
    status: str(16),
    /** `${claimant}|${id_hash}` while pending: one open review per account and ID number. */
    pending_key: str(120, true),
    decision: str(24, true),
    note: str(255, true),
    resolved_by: str(40, true),
    created_at: time(),
    resolved_at: time(true),
  });
  await qi.addIndex('identity_reviews', ['pending_key'], { unique: true, name: 'uq_idrev_pending' });
  await qi.addIndex('identity_reviews', ['status', 'created_at'], { name: 'ix_idrev_status' });
  await qi.addIndex('identity_reviews', ['claimant_user_id'], { name: 'ix_idrev_claimant' });
}

export async function down({ context: qi }: { context: QueryInterface }) {
  await qi.dropTable('identity_reviews');
  await qi.dropTable('identity_holders');
  await qi.dropTable('parking_session_lookups');
  await qi.removeIndex('parking_plates', 'uq_plates_verified');
  await qi.removeColumn('parking_plates', 'verified_plate');
  await qi.removeColumn('parking_plates', 'verified_at');
}
