import schedule from 'node-schedule';
import type * as Mocks from 'mocks';
import type { RunningMock } from 'mocks';
import type { Config } from '../../config';
import { createCoreBankingClient } from '../../connectors/core-banking/client';
import { createEcnyOperatorClient } from '../../connectors/ecny-operator/client';
import type { Db } from '../../db/sql';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { PaymentService } from '../bank-orders';
import { DEFAULT_TIER_LIMITS } from './limits';
import { createEcnyService, type EcnyService } from './service';

// Wires the e-CNY business system of one process: the configured operators and core banking
// (ECNY_OPERATORS, CORE_BANKING_URL), or, where development backends are allowed, two operator
// simulators and a core-banking simulator in-process (real HTTP servers). Without either the module is
// off and its routes answer 503 ECNY_NOT_CONFIGURED.

type OperatorSpec = { id: string; url: string; code: string; secret: string };

/** `id=url|code|secret;…` → operator specs. */
export function parseOperators(v: string): OperatorSpec[] {
  return v.split(';').map((part) => {
    const [id, rest] = part.split('=');
    const [url, code, secret] = (rest ?? '').split('|');
    if (!id || !url || !/^[A-Z0-9]{14}$/.test(code ?? '') || !secret)
      throw new Error(`ECNY_OPERATORS: '${part}' is not id=url|code|secret`);
    return { id, url, code, secret };
  });
}

/** The institution's account at its core that exchanges clear against (the simulator's number). */
const CLEARING_ACCOUNT = '9001000000000001';
/** The institution's interest-expense account at its core (the simulator's number). */
const INTEREST_ACCOUNT = '9001000000000002';

export type EmbeddedEcny = {
  operators: Mocks.EcnyOperatorMock[];
  core: Mocks.CoreBankingMock;
  /** Where they listen (printed at start-up): the core, and each operator by id. */
  urls: { core: string; operators: Record<string, string> };
};

/** Two operators (routing per wallet) and the core, in-process: embedded mode, dev and tests. */
export async function startEmbeddedEcny(clock: Clock, mocks: RunningMock[]) {
  // `mocks` is a dev dependency: loaded only when simulators run in-process.
  const { createCoreBankingMock, createEcnyOperatorMock } = await import('mocks');
  const specs: OperatorSpec[] = [];
  const embedded: EmbeddedEcny = {
    operators: [],
    core: createCoreBankingMock({ now: () => clock.now() }),
    urls: { core: '', operators: {} },
  };
  for (const [id, code, prefix] of [
    ['op1', 'C1010211000012', '002250'],
    ['op2', 'C1030311000023', '003310'],
  ]) {
    const secret = `${id}-notice-secret`;
    const m = createEcnyOperatorMock({
      code,
      walletIdPrefix: prefix,
      notifySecret: secret,
      now: () => clock.now(),
    });
    const running = await m.listen();
    mocks.push(running);
    embedded.operators.push(m);
    specs.push({ id, url: running.url, code, secret });
    embedded.urls.operators[id] = running.url;
  }
  const core = await embedded.core.listen();
  mocks.push(core);
  embedded.urls.core = core.url;
  return { specs, coreUrl: core.url, embedded };
}

export async function createEcnyRuntime(deps: {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  mocks: RunningMock[];
}) {
  const { config } = deps;
  let specs = config.ecny.operators ? parseOperators(config.ecny.operators) : null;
  let coreUrl = config.ecny.coreUrl;
  let embedded: EmbeddedEcny | null = null;
  if ((!specs || !coreUrl) && config.devBackends) {
    const started = await startEmbeddedEcny(deps.clock, deps.mocks);
    specs = started.specs;
    coreUrl = started.coreUrl;
    embedded = started.embedded;
  }
  const service: EcnyService | null =
    specs && coreUrl
      ? createEcnyService({
          db: deps.db,
          clock: deps.clock,
          logger: deps.logger,
          orders: deps.orders,
          operators: specs.map((s) =>
            createEcnyOperatorClient({
              id: s.id,
              baseUrl: s.url,
              operatorCode: s.code,
              institutionCode: config.ecny.institutionCode,
              timeoutMs: config.ecny.timeoutMs,
            }),
          ),
          noticeSecrets: Object.fromEntries(specs.map((s) => [s.id, s.secret])),
          core: createCoreBankingClient({ baseUrl: coreUrl, timeoutMs: config.ecny.timeoutMs }),
          clearingAccount: CLEARING_ACCOUNT,
          interestAccount: INTEREST_ACCOUNT,
          tiers: { fallback: DEFAULT_TIER_LIMITS },
        })
      : null;
  return {
    service,
    embedded,
    /** The in-process operators learn where to send their dcep.909 notices once our port is known. */
    listening(baseUrl: string) {
      for (const [i, op] of (embedded?.operators ?? []).entries())
        op.setNotifyUrl(`${baseUrl}/api/v1/callbacks/ecny-operator/${specs![i].id}`);
    },
  };
}

/** Every ten minutes: accrue the days that ended and pay the quarters that are due (idempotent). */
export function startEcnyInterest(service: EcnyService | null, logger: Logger) {
  if (!service) return () => undefined;
  const job = schedule.scheduleJob('*/10 * * * *', () => {
    service.runInterest().catch((err) => logger.error('e-CNY interest run failed', { err }));
  });
  return () => job.cancel();
}

/** Every few seconds: core reversals and credits the core left unanswered. */
export function startEcnySweep(service: EcnyService | null, logger: Logger, everySeconds: number) {
  if (!service) return () => undefined;
  const every = Math.max(1, Math.min(59, Math.round(everySeconds)));
  const job = schedule.scheduleJob(`*/${every} * * * * *`, () => {
    service.sweepCore().catch((err) => logger.error('e-CNY core sweep failed', { err }));
  });
  return () => job.cancel();
}
