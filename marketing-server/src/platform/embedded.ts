// Embedded mode: the outside parties (WeChat, SMS, the bank, the identity and vehicle registries, the
// demo lot's gate controller) as in-process simulators, still spoken to over HTTP, and the demo wiring
// around them. `mocks` is a dev dependency: it is imported here, dynamically, only when a backend's URL
// is missing, so a production install (no dev dependencies, every URL configured) never loads it.
import type * as Mocks from 'mocks';
import type { RunningMock } from 'mocks';
import type { Config } from '../config';
import { createBankWalletClient } from '../connectors/bank-wallet/client';
import type { Db } from '../db/sql';
import type { ParkingService } from '../modules/parking';
import type { Clock } from '../shared/time';

type BankWalletMock = ReturnType<typeof Mocks.createBankWalletMock>;
type ParkingGateMock = ReturnType<typeof Mocks.createParkingGateMock>;
type IdentityRegistryMock = ReturnType<typeof Mocks.createIdentityRegistryMock>;
type VehicleRegistryMock = ReturnType<typeof Mocks.createVehicleRegistryMock>;

/**
 * Setting the simulators up (the platform's funded wallet, merchants' settlement wallets) is not a
 * money path with a caller waiting: it waits as long as a loaded machine needs, not the bank client's
 * short timeout (tests run with 300 ms, and a start or a suite once failed on it under load).
 */
const SIMULATOR_SETUP_TIMEOUT_MS = 15_000;

/** What embedded mode's in-process bank gives the platform's institutional wallet to pay from. */
const EMBEDDED_PAYER_FUNDS_FEN = 10_000_000_000; // ¥100,000,000

export type BackendUrls = {
  wechat: string;
  sms: string;
  bank: string;
  identityRegistry: string;
  vehicleRegistry: string;
};

export type Simulators = {
  /** Where each backend is: the configured URL, or the simulator started in its place. */
  urls: BackendUrls;
  /** The wallet red packets are paid from (the configured one, or one opened at the simulator). */
  payerWalletId: string | undefined;
  /** The in-process bank (null when BANK_API_URL is configured). */
  bank: BankWalletMock | null;
  /** The in-process registries (null when both are configured). */
  registries: { identity: IdentityRegistryMock | null; vehicles: VehicleRegistryMock | null } | null;
  /** Every simulator running in this process (closed with the platform). */
  running: RunningMock[];
  /** Loads `mocks` (embedded mode only) for the gate controllers started later. */
  mocks: typeof Mocks | null;
};

function configuredUrls(config: Config): Partial<BackendUrls> {
  return {
    wechat: config.wechat.apiUrl,
    sms: config.sms.apiUrl,
    bank: config.bank.apiUrl,
    identityRegistry: config.registries.identityUrl,
    vehicleRegistry: config.registries.vehicleUrl,
  };
}

/**
 * In-process simulators stand in for backends only where development backends are allowed (loadConfig
 * already refuses such a configuration; this guards platforms built from a hand-made one).
 */
export function refuseSimulatorsOutsideDev(config: Config) {
  if (config.devBackends) return;
  const names: Record<keyof BackendUrls, string> = {
    wechat: 'WECHAT_API_URL',
    sms: 'SMS_API_URL',
    bank: 'BANK_API_URL',
    identityRegistry: 'IDENTITY_REGISTRY_URL',
    vehicleRegistry: 'VEHICLE_REGISTRY_URL',
  };
  const urls = configuredUrls(config);
  const missing = (Object.keys(names) as (keyof BackendUrls)[]).filter((k) => !urls[k]).map((k) => names[k]);
  if (missing.length)
    throw new Error(`${missing.join(', ')} not configured; in-process simulators run only in embedded mode`);
}

/** The in-process bank simulator: a real HTTP server, with the platform's own funded wallet. */
async function startBank(mocks: typeof Mocks, config: Config, clock: Clock) {
  const mock = mocks.createBankWalletMock({
    callbackSecret: config.bank.callbackSecret,
    now: () => clock.now(),
  });
  const running = await mock.listen();
  const client = createBankWalletClient({ baseUrl: running.url, timeoutMs: SIMULATOR_SETUP_TIMEOUT_MS });
  const payer = await client.openWallet({
    wallet_type: 'WT09',
    merchant_id: 'shuyuan',
    name: '数元平台营销资金',
  });
  const funded = await fetch(`${running.url}/__mock/fund`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ wallet_id: payer.wallet_id, amount_fen: EMBEDDED_PAYER_FUNDS_FEN }),
  });
  if (!funded.ok) throw new Error(`could not fund the embedded bank wallet: HTTP ${funded.status}`);
  return { mock, running, payerWalletId: payer.wallet_id };
}

/** Starts a simulator for every backend without a configured URL (none, and no import, otherwise). */
export async function startSimulators(config: Config, clock: Clock): Promise<Simulators> {
  const urls = configuredUrls(config);
  const sims: Simulators = {
    urls: urls as BackendUrls,
    payerWalletId: config.bank.payerWalletId,
    bank: null,
    registries: null,
    running: [],
    mocks: null,
  };
  if (Object.values(urls).every(Boolean)) return sims;
  const mocks = await import('mocks');
  sims.mocks = mocks;
  const listen = async (m: { listen(): Promise<RunningMock> }) => {
    const running = await m.listen();
    sims.running.push(running);
    return running.url;
  };
  const { appId, appSecret } = config.wechat;
  urls.wechat ??= await listen(mocks.createWechatMock({ appId, appSecret }));
  urls.sms ??= await listen(mocks.createSmsMock());
  // The vehicle registry shares the real-name hash key (ID_HASH_SECRET): no ID number for a plate check.
  const { apiToken } = config.registries;
  const identity = urls.identityRegistry ? null : mocks.createIdentityRegistryMock({ apiToken });
  const vehicles = urls.vehicleRegistry
    ? null
    : mocks.createVehicleRegistryMock({ apiToken, idHashKey: config.idHashSecret });
  if (identity) urls.identityRegistry = await listen(identity);
  if (vehicles) urls.vehicleRegistry = await listen(vehicles);
  if (identity || vehicles) sims.registries = { identity, vehicles };
  if (!urls.bank) {
    const bank = await startBank(mocks, config, clock);
    sims.running.push(bank.running);
    sims.bank = bank.mock;
    sims.payerWalletId = bank.payerWalletId;
    urls.bank = bank.running.url;
  }
  return sims;
}

/** Opens a settlement wallet at the embedded bank for every merchant that has none. */
async function openMerchantWallets(db: Db, sims: Simulators, clock: Clock) {
  const bank = createBankWalletClient({ baseUrl: sims.urls.bank, timeoutMs: SIMULATOR_SETUP_TIMEOUT_MS });
  const merchants = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM merchants WHERE wallet_id IS NULL',
  );
  for (const m of merchants) {
    const w = await bank.openWallet({ wallet_type: 'WT09', merchant_id: m.id, name: m.name });
    await db.exec('UPDATE merchants SET wallet_id = ?, updated_at = ? WHERE id = ?', [
      w.wallet_id,
      clock.now(),
      m.id,
    ]);
  }
}

/**
 * The in-process bank keeps its books in memory, so after a restart the wallets the database knows
 * are gone: citizens bind again, and every merchant gets a fresh settlement wallet.
 */
export async function adoptEmbeddedBank(sims: Simulators, db: Db, clock: Clock) {
  if (!sims.bank) return;
  await db.exec('DELETE FROM wallet_bindings');
  await db.exec('UPDATE merchants SET wallet_id = NULL');
  await openMerchantWallets(db, sims, clock);
}

type DemoDeps = {
  sims: Simulators;
  config: Config;
  db: Db;
  clock: Clock;
  parking: ParkingService;
};

/**
 * What embedded mode does once the server listens: the bank learns where to call back, and the demo
 * lot's gate controller starts in-process (a real HTTP server) pointed at us.
 */
export function createEmbeddedDemo({ sims, config, db, clock, parking }: DemoDeps) {
  const gates = new Map<string, ParkingGateMock>();
  let ownUrl: string | null = null;

  async function startGates(serverUrl: string) {
    // Demo data only, in demo mode only: the seeded demo lot, never the lots of a shared database.
    if (!config.seedDemo || !sims.mocks) return;
    const lots = await db.query<{ id: string; gate_secret: string }>(
      'SELECT id, gate_secret FROM parking_lots WHERE is_demo = ?',
      [true],
    );
    for (const lot of lots) {
      if (gates.has(lot.id)) continue;
      const lanes = await db.query<{ id: string; direction: 'entry' | 'exit' }>(
        'SELECT id, direction FROM parking_lanes WHERE lot_id = ?',
        [lot.id],
      );
      const gate = sims.mocks.createParkingGateMock({
        lotId: lot.id,
        secret: lot.gate_secret,
        lanes: lanes.map((l) => ({ lane_id: l.id, direction: l.direction })),
        eventsUrl: `${serverUrl}/api/v1/parking/gate-events`,
        now: () => clock.now(),
      });
      const running = await gate.listen();
      sims.running.push(running);
      gates.set(lot.id, gate);
      await parking.setGateUrl(lot.id, running.url);
    }
  }

  return {
    /** The in-process gate controllers, by lot id (started by listened()). */
    gates,
    /** The server listens at host:port: point the bank's callbacks and the demo gates at it. */
    async listened(host: string, port: number) {
      if (!sims.bank) return;
      const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
      sims.bank.setCallbackUrl(`http://${h}:${port}/api/v1/callbacks/bank-wallet`);
      ownUrl = `http://${h}:${port}`;
      await startGates(ownUrl);
    },
    /** Gate controllers for lots created after listen() (the demo seed in tests). */
    async startGates() {
      if (sims.bank && ownUrl) await startGates(ownUrl);
    },
    /** Merchants created since start-up get a wallet at the in-process bank. */
    async openMerchantWallets() {
      if (sims.bank) await openMerchantWallets(db, sims, clock);
    },
  };
}
