import type { RunningMock } from 'mocks';
import type { Config } from '../../config';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { createHardWalletClient } from '../../connectors/hard-wallet/client';
import type { Db } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { Actor } from '../audit';
import type { PaymentService } from '../bank-orders';
import * as cards from './cards';
import type { HwDeps } from './deps';
import * as counterLoads from './counter-loads';
import * as distributions from './distributions';
import * as exceptions from './exceptions';
import { BLACKLIST, entriesOf } from './lists';
import * as loads from './loads';
import * as loss from './loss';
import * as offline from './offline';
import { listParams } from './params';
import * as park from './park';
import * as subsidies from './subsidies';
import * as terminals from './terminals';

// The hard-wallet service: every part of the module bound to one deps object. The card back end is
// the configured one (HARD_WALLET_URL), or — where development backends are allowed — the simulator
// started in-process (a real HTTP server).

export type EmbeddedHardWallet = {
  url: string;
  apiToken: string;
  masterKey: string;
  mock: import('mocks').HardWalletMock;
};

export async function startEmbeddedBackEnd(
  config: Config,
  clock: Clock,
  running: RunningMock[],
): Promise<EmbeddedHardWallet> {
  const { createHardWalletMock } = await import('mocks');
  const mock = createHardWalletMock({
    masterKey: config.hardWallet.masterKey,
    apiToken: config.hardWallet.apiToken,
    now: () => clock.now(),
  });
  const r = await mock.listen();
  running.push(r);
  return { url: r.url, apiToken: config.hardWallet.apiToken, masterKey: config.hardWallet.masterKey, mock };
}

export async function createHardWalletService(d: {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  running: RunningMock[];
}) {
  const hw = d.config.hardWallet;
  let embedded: EmbeddedHardWallet | null = null;
  let url = hw.url;
  if (!url) {
    if (!d.config.devBackends)
      throw new Error('HARD_WALLET_URL not configured; the simulator runs only in embedded mode');
    embedded = await startEmbeddedBackEnd(d.config, d.clock, d.running);
    url = embedded.url;
  }
  const deps: HwDeps = {
    db: d.db,
    clock: d.clock,
    logger: d.logger,
    client: createHardWalletClient({
      baseUrl: url,
      apiToken: hw.apiToken,
      timeoutMs: d.config.bank.timeoutMs,
    }),
    masterKey: hw.masterKey,
    orders: d.orders,
    tempLossHours: hw.tempLossHours,
    quietPeriodHours: hw.quietPeriodHours,
    heartbeatSeconds: hw.heartbeatSeconds,
    offlineAfterBeats: hw.offlineAfterBeats,
  };
  const purpose = loads.cardOrderPurpose((sql, o, ok, now) => loss.afterCardOrder(deps, sql, o, ok, now));
  d.orders.register('card_load', purpose);
  d.orders.register('card_unload', purpose);
  d.orders.registerChannel('hard_wallet', loads.cardChannel(deps));
  return { ...bind(deps), ...bindTerminals(deps), ...bindPark(deps), deps, embedded, backEndUrl: url };
}

function bind(deps: HwDeps) {
  return {
    listParams: () => listParams(deps.db),
    createBatch: (a: Actor, b: cards.BatchInput) => cards.createBatch(deps, a, b),
    listBatches: () => cards.listBatches(deps),
    personalizeBatch: (a: Actor, id: string) => cards.personalizeBatch(deps, a, id),
    stock: () => distributions.stock(deps),
    listLocations: () => distributions.listLocations(deps),
    createLocation: (a: Actor, b: Parameters<typeof distributions.createLocation>[2]) =>
      distributions.createLocation(deps, a, b),
    listDistributions: (s?: distributions.DistributionStatus) => distributions.listDistributions(deps, s),
    getDistribution: (id: string) => distributions.getDistribution(deps, id),
    createDistribution: (a: Actor, b: distributions.DistributionInput) =>
      distributions.createDistribution(deps, a, b),
    dispatchDistribution: (a: Actor, id: string) => distributions.dispatchDistribution(deps, a, id),
    cancelDistribution: (a: Actor, id: string) => distributions.cancelDistribution(deps, a, id),
    receiveDistribution: (a: Actor, id: string, b: Parameters<typeof distributions.receiveDistribution>[3]) =>
      distributions.receiveDistribution(deps, a, id, b),
    resolveDistribution: (a: Actor, id: string, b: Parameters<typeof distributions.resolveDistribution>[3]) =>
      distributions.resolveDistribution(deps, a, id, b),
    issueCard: async (a: Actor, b: cards.IssueInput) =>
      cards.cardDto(deps.db, await cards.issueCard(deps, a, b)),
    bindCard: async (a: Actor, id: string, w: string) =>
      cards.cardDto(deps.db, await cards.bindCard(deps, a, id, w)),
    freezeCard: async (a: Actor, id: string, f: boolean) =>
      cards.cardDto(deps.db, await cards.freezeCard(deps, a, id, f)),
    getCard: async (id: string, holder?: string) => {
      const c = await cards.cardById(deps.db, id);
      if (holder !== undefined && c.holder_user_id !== holder)
        throw (await import('../../shared/domain-error')).notFound('卡片');
      return cards.cardDto(deps.db, c);
    },
    listCards: async (f: { status?: string; holder_user_id?: string; limit: number }) =>
      Promise.all((await cards.listCards(deps, f)).map((c) => cards.cardDto(deps.db, c))),
    requestCardOrder: (
      a: Actor,
      b: Parameters<typeof loads.requestCardOrder>[2],
      t?: IdempotencyTicket | null,
    ) => loads.requestCardOrder(deps, a, b, t),
    requestCounterLoad: (a: Actor, b: counterLoads.CounterLoadInput, t?: IdempotencyTicket | null) =>
      counterLoads.requestCounterLoad(deps, a, b, t),
    counterLoadReceipt: (id: string) => counterLoads.counterLoadReceipt(deps, id),
    getOrder: (id: string, holder?: string) => loads.getOrder(deps, id, holder),
    listOrders: (cardId: string, holder?: string) => loads.listOrders(deps, cardId, holder),
    reportLoss: async (a: Actor, id: string, kind: 'temp' | 'formal', holder?: string) =>
      cards.cardDto(deps.db, await loss.reportLoss(deps, a, id, kind, holder)),
    revertLoss: async (a: Actor, id: string) => cards.cardDto(deps.db, await loss.revertLoss(deps, a, id)),
    replaceCard: async (a: Actor, id: string, no: string, locationId: string) => {
      const r = await loss.replaceCard(deps, a, id, no, locationId);
      return {
        old: await cards.cardDto(deps.db, r.old),
        replacement: await cards.cardDto(deps.db, r.replacement),
      };
    },
    cancelCard: async (a: Actor, id: string) => {
      const r = await loss.cancelPresent(deps, a, id);
      return {
        card: await cards.cardDto(deps.db, await cards.cardById(deps.db, id)),
        unload_order_id: r.order_id,
      };
    },
    sweepQuietPeriods: () => loss.sweepQuietPeriods(deps),
    retryClose: async (a: Actor, id: string, toWallet?: string) =>
      cards.cardDto(deps.db, await loss.retryClose(deps, a, id, toWallet)),
    sweepTempLosses: () => loss.sweepTempLosses(deps),
  };
}

function bindTerminals(deps: HwDeps) {
  return {
    registerTerminal: (a: Actor, b: Parameters<typeof terminals.registerTerminal>[2]) =>
      terminals.registerTerminal(deps, a, b),
    merchantOptions: () => terminals.merchantOptions(deps),
    authenticateTerminal: (get: (h: string) => string, raw: string, signOn: boolean) =>
      terminals.authenticateTerminal(deps, get, raw, signOn),
    signOn: (t: terminals.TerminalRow, v: Parameters<typeof terminals.signOn>[2]) =>
      terminals.signOn(deps, t, v),
    heartbeat: (t: terminals.TerminalRow, b: Parameters<typeof terminals.heartbeat>[2]) =>
      terminals.heartbeat(deps, t, b),
    sweepOffline: () => terminals.sweepOffline(deps),
    rollout: (a: Actor, b: Parameters<typeof terminals.rollout>[2]) => terminals.rollout(deps, a, b),
    listTerminals: () => terminals.listTerminals(deps),
    listAlerts: (s?: 'open' | 'resolved') => terminals.listAlerts(deps, s),
    ingestBatch: (t: terminals.TerminalRow, b: Parameters<typeof offline.ingestBatch>[2]) =>
      offline.ingestBatch(deps, t, b),
    listOfflineBatches: () => exceptions.listBatches(deps),
    listExceptions: (s?: string) => exceptions.listExceptions(deps, s),
    proposeException: (a: Actor, id: string, p: 'accept' | 'reject', c: string) =>
      exceptions.propose(deps, a, id, p, c),
    decideException: (a: Actor, id: string, ok: boolean) => exceptions.decide(deps, a, id, ok),
    blacklist: () => entriesOf(deps.db, BLACKLIST),
    sellAtMachine: async (t: terminals.TerminalRow, cardNo: string) =>
      cards.cardDto(deps.db, await cards.sellAtMachine(deps, t, cardNo)),
  };
}

function bindPark(deps: HwDeps) {
  return {
    createOrg: (a: Actor, b: { name: string; departments: string[] }) => park.createOrg(deps, a, b),
    listOrgs: () => park.listOrgs(deps),
    addCanteen: (a: Actor, org: string, m: string) => park.addCanteen(deps, a, org, m),
    onboardStaff: (a: Actor, s: park.StaffInput) => park.onboardStaff(deps, a, s),
    listStaff: (org: string) => park.listStaff(deps, org),
    offboard: (a: Actor, id: string) => park.offboard(deps, a, id),
    whitelist: (org: string) => park.whitelist(deps, org),
    recordDeposit: (
      a: Actor,
      org: string,
      b: { amount_fen: number; reference: string },
      t?: IdempotencyTicket | null,
    ) => park.recordDeposit(deps, a, org, b, t),
    confirmDeposit: (a: Actor, id: string) => park.confirmDeposit(deps, a, id),
    createRun: (a: Actor, b: Parameters<typeof subsidies.createRun>[2]) => subsidies.createRun(deps, a, b),
    approveRun: (a: Actor, id: string) => subsidies.approveRun(deps, a, id),
    closeRun: (a: Actor, id: string) => subsidies.closeRun(deps, a, id),
    listRuns: (org?: string) => subsidies.listRuns(deps, org),
    spendSubsidy: (t: terminals.TerminalRow, b: Parameters<typeof subsidies.spendSubsidy>[2]) =>
      subsidies.spendSubsidy(deps, t, b),
    subsidyBill: (user: string) => subsidies.subsidyBill(deps, user),
  };
}

export type HardWalletService = Awaited<ReturnType<typeof createHardWalletService>>;
