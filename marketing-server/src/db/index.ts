import { Sequelize } from 'sequelize';
import { Umzug } from 'umzug';
import * as init from './migrations/001-init';
import * as leanClaimPath from './migrations/002-lean-claim-path';
import * as ruleSets from './migrations/003-rule-sets';
import * as risk from './migrations/004-risk';
import * as bankWallet from './migrations/005-bank-wallet';
import * as campaignDayStats from './migrations/006-campaign-day-stats';
import * as parking from './migrations/007-parking';
import * as bankOrders from './migrations/008-bank-orders';
import * as depositConfirmation from './migrations/009-deposit-confirmation';
import * as personSlotPeriods from './migrations/010-person-slot-periods';
import * as ledgerCheckRuns from './migrations/011-ledger-check-runs';
import * as ownershipVerification from './migrations/012-ownership-verification';
import * as accessControl from './migrations/013-access-control';
import * as gateNoncesDemoLot from './migrations/014-gate-nonces-demo-lot';
import * as ecnyBusinessSystem from './migrations/016-ecny-business-system';
import * as ecnyInterest from './migrations/023-ecny-interest';
import * as cashier from './migrations/017-cashier';
import * as hardWallet from './migrations/019-hard-wallet';
import * as apix from './migrations/021-apix';
import * as prepaid from './migrations/018-prepaid';
import * as transit from './migrations/020-transit';
import * as merchantOnboarding from './migrations/022-merchant-onboarding';
import * as paymentPin from './migrations/024-payment-pin';
import * as campaignReminders from './migrations/027-campaign-reminders';
import * as reminderChannel from './migrations/028-reminder-channel';
import * as apixMerchantBindings from './migrations/029-apix-merchant-bindings';
import * as ecnySubWallets from './migrations/031-ecny-sub-wallets';
import * as hardWalletStock from './migrations/032-hard-wallet-stock';
import * as apixFieldEncryption from './migrations/030-apix-field-encryption';
import * as merchantFunders from './migrations/033-merchant-funders';
import { createMysqlDb } from './mysql';
import { createSqliteDb } from './sqlite';
import type { Db } from './sql';

export type Database = { db: Db; sequelize: Sequelize; dialect: 'mysql' | 'sqlite' };

// Migrations are listed here (not globbed) so they run the same under tsx, vitest and a bundle.
const MIGRATIONS = [
  { name: '001-init', ...init },
  { name: '002-lean-claim-path', ...leanClaimPath },
  { name: '003-rule-sets', ...ruleSets },
  { name: '004-risk', ...risk },
  { name: '005-bank-wallet', ...bankWallet },
  { name: '006-campaign-day-stats', ...campaignDayStats },
  { name: '007-parking', ...parking },
  { name: '008-bank-orders', ...bankOrders },
  { name: '009-deposit-confirmation', ...depositConfirmation },
  { name: '010-person-slot-periods', ...personSlotPeriods },
  { name: '011-ledger-check-runs', ...ledgerCheckRuns },
  { name: '012-ownership-verification', ...ownershipVerification },
  { name: '014-gate-nonces-demo-lot', ...gateNoncesDemoLot },
  // 013 was written while 014 landed; it runs last (umzug runs whatever has not run, in this order).
  { name: '013-access-control', ...accessControl },
  { name: '017-cashier', ...cashier },
  { name: '016-ecny-business-system', ...ecnyBusinessSystem },
  { name: '019-hard-wallet', ...hardWallet },
  { name: '021-apix', ...apix },
  { name: '018-prepaid', ...prepaid },
  { name: '020-transit', ...transit },
  { name: '022-merchant-onboarding', ...merchantOnboarding },
  { name: '023-ecny-interest', ...ecnyInterest },
  { name: '024-payment-pin', ...paymentPin },
  { name: '027-campaign-reminders', ...campaignReminders },
  { name: '028-reminder-channel', ...reminderChannel },
  { name: '029-apix-merchant-bindings', ...apixMerchantBindings },
  { name: '031-ecny-sub-wallets', ...ecnySubWallets },
  { name: '032-hard-wallet-stock', ...hardWalletStock },
  { name: '030-apix-field-encryption', ...apixFieldEncryption },
  { name: '033-merchant-funders', ...merchantFunders },
];

export function sqliteFileFromUrl(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '') || ':memory:';
}

export async function openDatabase(
  url: string,
  opts: { poolSize?: number; acquireTimeoutMs?: number } = {},
): Promise<Database> {
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const mysqlUrl = url.replace(/^mariadb:/, 'mysql:');
    const sequelize = new Sequelize(mysqlUrl, {
      dialect: 'mysql',
      logging: false,
      timezone: '+00:00',
      pool: { max: 5 },
      define: { underscored: true },
    });
    return {
      db: createMysqlDb(mysqlUrl, opts.poolSize, opts.acquireTimeoutMs),
      sequelize,
      dialect: 'mysql',
    };
  }
  if (url.startsWith('sqlite:')) {
    const file = sqliteFileFromUrl(url);
    const db = createSqliteDb(file);
    const sequelize = new Sequelize({
      dialect: 'sqlite',
      storage: file,
      logging: false,
      define: { underscored: true },
    });
    await sequelize.query('PRAGMA busy_timeout = 10000');
    return { db, sequelize, dialect: 'sqlite' };
  }
  throw new Error(`Unsupported DATABASE_URL scheme: ${url.split(':')[0]} (use mysql:// or sqlite:)`);
}

export function migrator(sequelize: Sequelize) {
  return new Umzug({
    migrations: MIGRATIONS.map((m) => ({ name: m.name, up: m.up, down: m.down })),
    context: sequelize.getQueryInterface(),
    storage: {
      async executed({ context }) {
        await context.createTable('schema_migrations', {
          name: { type: 'VARCHAR(255)', primaryKey: true, allowNull: false },
        });
        const rows = (await context.sequelize.query('SELECT name FROM schema_migrations', {
          type: 'SELECT',
        })) as { name: string }[];
        return rows.map((r) => r.name);
      },
      async logMigration({ name, context }) {
        await context.bulkInsert('schema_migrations', [{ name }]);
      },
      async unlogMigration({ name, context }) {
        await context.bulkDelete('schema_migrations', { name });
      },
    },
    logger: undefined,
  });
}

export async function migrate(database: Database): Promise<void> {
  await migrator(database.sequelize).up();
}
