import type { Redis } from 'ioredis';
import type { Config } from '../config';
import type { BankWalletClient } from '../connectors/bank-wallet/client';
import type { IdentityRegistryClient, VehicleRegistryClient } from '../connectors/registries/client';
import type { Db } from '../db/sql';
import type { RouteKit } from '../http/router-kit';
import type { JobQueue } from '../queue/queue';
import type { AccessControl } from '../security/access';
import type { ClaimTokens } from '../security/claim-tokens';
import type { TokenService } from '../security/tokens';
import type { Logger } from '../shared/logger';
import type { Clock } from '../shared/time';
import type { Simulators } from './embedded';
import type { z } from 'zod';
import type { Reply, Responses } from '../http/route';
import type { IdempotencyTicket } from '../idempotency/ticket';

/**
 * The services the modules offer, by name; a module's routes and jobs take theirs from here. Each
 * module's door adds its own entries (declaration merging: `declare module '../../platform/module'`)
 * and builds them with its descriptor's `services` provider, so this file names no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlatformServices {}

/** In-process simulators a module started (embedded mode), for demos and tests; added like services. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EmbeddedHandles {}

/** What the platform builds before any module (one per process) and hands to the service providers. */
export type PlatformInfra = {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  queue: JobQueue;
  redis: Redis | null;
  /** The bank's wallet API (the in-process simulator's in embedded mode). */
  bank: BankWalletClient;
  /** Where each backend is and the simulators started in embedded mode (platform/embedded.ts). */
  sims: Simulators;
  registries: { identity: IdentityRegistryClient; vehicles: VehicleRegistryClient };
  tokens: TokenService;
  adminTokens: TokenService;
  accessControl: AccessControl;
  /** Every registered module's partner operations (the APIX catalogue). */
  partnerOperations(): readonly PartnerOperation[];
  /** Runs once the HTTP server listens, with the base URL its own callbacks reach it at. */
  onListening(fn: (baseUrl: string) => unknown): void;
  /** Runs at shutdown, after the jobs stopped, in the order registered. */
  onClose(fn: () => unknown): void;
  /** Where a provider leaves its in-process simulators for demos and tests. */
  embedded: Partial<EmbeddedHandles>;
};

/**
 * How a module builds the services it offers. `needs` are the services it reads while building
 * (the platform builds those first); a service it only calls later may be read from `services`
 * when called (late binding), which is how two modules that call each other are wired.
 */
export type ServiceProvider = {
  provides: readonly (keyof PlatformServices)[];
  needs?: readonly (keyof PlatformServices)[];
  create(
    infra: PlatformInfra,
    services: PlatformServices,
  ): Partial<PlatformServices> | Promise<Partial<PlatformServices>>;
};

/** What one invariant found: `balanced` and the issues, plus any figures it shows the auditor. */
export type InvariantResult = { balanced: boolean; issues: string[] } & Record<string, unknown>;

/**
 * A property of the books a module vouches for, proven by the ledger check (GET /admin/ledger/check
 * and the nightly job). `key` names its section of the check's answer (e.g. `parking`).
 */
export type LedgerInvariant = { key: string; check(db: Db): Promise<InvariantResult> };

/** Everything a module's routes and jobs may use; built once per process by platform.ts. */
export type ModuleContext = {
  db: Db;
  clock: Clock;
  logger: Logger;
  config: Config;
  services: PlatformServices;
  claimTokens: ClaimTokens;
  /** Every registered module's invariants, in module order (for the ledger module's check). */
  ledgerInvariants: readonly LedgerInvariant[];
  /** Every registered module's partner operations, in module order (the APIX catalogue). */
  partnerOperations: readonly PartnerOperation[];
};

/** Who a partner operation runs for: the app that signed the call and, for A2, the citizen who consented. */
export type PartnerCall<P = unknown, Q = unknown, B = unknown> = {
  app_id: string;
  environment: 'sandbox' | 'production';
  /** The citizen the call acts for (operations with `actsForCitizen`), after consent and second factor. */
  citizen_id: string | null;
  params: P;
  query: Q;
  body: B;
  idempotency: IdempotencyTicket | null;
  requestId: string;
};

/**
 * One operation of the APIX open platform, contributed by the module that owns the capability: the
 * catalogue, the routes under /api/v1/open/v1, the partner OpenAPI document, signatures, quotas and the
 * call log all come from this entry (modules/apix registers it). A new capability is one entry.
 */
export type PartnerOperation = {
  /** U_API_ID-style code (JR/T 0185): OP + 6-char institution + level 01/02 + 6-char class + 8 digits. */
  code: string;
  product: 'marketing' | 'payment' | 'scenarios' | 'operations';
  /** Its name in the catalogue (Simplified Chinese). */
  name: string;
  /** A1: read-only product information; A2: funds or account information (signature, IP allowlist). */
  level: 'A1' | 'A2';
  /** Acts for one citizen: needs that citizen's consent and a second factor on every call. */
  actsForCitizen?: boolean;
  method: 'get' | 'post';
  /** Under /api/v1/open/v1. */
  path: string;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Responses;
  /** Moves money or stock: requires an Idempotency-Key (scoped to the app). */
  idempotent?: { status: number };
  /** A per-app cap for this operation (requests a minute) below the app's tier. */
  perMinute?: number;
  /**
   * Top-level fields holding personal data (phone, real_name, id_number): in the body a partner may
   * send them as AEAD envelopes; in answers they leave as envelopes under the app's API key, or masked
   * when the app has none (modules/apix/api-keys.ts).
   */
  personal?: { body?: readonly string[]; response?: readonly string[] };
  /**
   * How the operation treats sandbox credentials. A1 operations (published product information) answer
   * both environments alike. An A2 operation (funds, accounts, a citizen's data) is refused to sandbox
   * keys with APIX_SANDBOX_UNAVAILABLE unless it declares `separate`: it keeps sandbox calls apart from
   * production data and money itself (modules/apix/operations.ts: sandbox claims, a test identity). The
   * gateway enforces it, so a new A2 operation cannot forget.
   */
  sandbox?: 'separate';
  // The input is typed by the owning module (see partnerOperation() in modules/apix).
  handler(call: PartnerCall, ctx: ModuleContext): Promise<Reply>;
};

/** Stops what a job started (timers, sweeps); called once at shutdown. */
export type StopJob = () => unknown;

/** A timer or sweep a module runs in processes started with jobs on (RUN_JOBS). */
export type ModuleJob = { name: string; start(ctx: ModuleContext): StopJob | Promise<StopJob> };

/**
 * One module, as the platform sees it: the only thing `modules/<name>/index.ts` must export for the
 * platform (the rest of the door is what other modules may use). Adding a module is its folder plus
 * one line in `modules/index.ts` (see docs/ADDING-A-MODULE.md).
 */
export type ModuleDescriptor = {
  /** The folder's name under src/modules/. */
  name: string;
  /**
   * The migrations this module owns, by name. They stay one ordered list in db/index.ts; each is
   * owned by exactly one module (or the `core` pseudo-module), checked by modules/modules.test.ts.
   */
  migrations: readonly string[];
  /** Ledger accounts it declares: exact names (`wallet_out`) or prefixes ending in `:` (`funder:`). */
  ledgerAccounts?: readonly string[];
  /** The ledger invariants it contributes (about the accounts and tables it owns). */
  ledgerInvariants?: readonly LedgerInvariant[];
  /** Builds the services it offers (platform/services.ts orders the providers by what they need). */
  services?: ServiceProvider;
  /** Registers its HTTP routes (called in module order: the order routes match and appear in OpenAPI). */
  routes?(kit: RouteKit, ctx: ModuleContext): void;
  /** Its timers and sweeps. */
  jobs?: readonly ModuleJob[];
  /** What it offers partners through the APIX open platform (one entry per operation). */
  partnerOperations?: readonly PartnerOperation[];
};

/** Owns what belongs to no single module: the first schema (001-init), tables of many modules at once. */
export const CORE = { name: 'core', migrations: ['001-init'] } as const;

/** Every partner operation of the given modules, in their order. */
export function partnerOperationsOf(modules: readonly ModuleDescriptor[]): PartnerOperation[] {
  return modules.flatMap((m) => m.partnerOperations ?? []);
}

/** Every invariant of the given modules, in their order. */
export function ledgerInvariantsOf(modules: readonly ModuleDescriptor[]): LedgerInvariant[] {
  return modules.flatMap((m) => m.ledgerInvariants ?? []);
}
