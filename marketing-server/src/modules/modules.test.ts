import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Sequelize } from 'sequelize';
import { migrator } from '../db';
import { ROLES, type AuthRequirement } from '../http/auth';
import type { RouteKit } from '../http/router-kit';
import { accounts } from './ledger';
import { CORE, type ModuleContext, type ModuleDescriptor } from '../platform/module';
import { orderServiceProviders } from '../platform/services';
import { MODULES } from '.';

const here = path.dirname(fileURLToPath(import.meta.url));
const folders = fs
  .readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Anything, however deep: routes only capture their services at registration, never call them. */
const anything: unknown = new Proxy(() => anything, { get: () => anything, apply: () => anything });

/** The routes each module registers, without a server. */
function routesOf(m: ModuleDescriptor) {
  const specs: { method: string; path: string; auth: AuthRequirement }[] = [];
  const kit = { route: (spec: (typeof specs)[number]) => specs.push(spec), limiter: anything } as RouteKit;
  m.routes?.(kit, anything as ModuleContext);
  return specs;
}

/** The names and `prefix:`es of modules/ledger/accounts.ts (a function builds `prefix:<id>[:<id>…]`). */
const ledgerAccounts = Object.values(accounts).map((a) => {
  if (typeof a === 'string') return a;
  const built = (a as (...ids: string[]) => string)('\0', '\0', '\0');
  return built.slice(0, built.indexOf('\0'));
});

describe('the module list and the descriptors agree', () => {
  it('names are unique and each is a folder under modules/, and every folder is listed', () => {
    const names = MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(folders);
  });

  it("each folder's door exports exactly one descriptor, the one in MODULES", async () => {
    for (const m of MODULES) {
      const door = (await import(`./${m.name}/index.ts`)) as Record<string, unknown>;
      const descriptors = Object.values(door).filter(
        (v) => typeof v === 'object' && v !== null && 'name' in v && 'migrations' in v,
      );
      expect(descriptors, m.name).toEqual([m]);
    }
  });

  it('every migration in db/index.ts is owned by exactly one module (or core), and no owner names an unknown one', async () => {
    const sequelize = new Sequelize('sqlite::memory:', { logging: false });
    // On an empty database every migration is pending, in the order db/index.ts lists them.
    const MIGRATION_NAMES = (await migrator(sequelize).pending()).map((m) => m.name);
    await sequelize.close();
    const owned = [...CORE.migrations, ...MODULES.flatMap((m) => m.migrations)];
    expect([...owned].sort()).toEqual([...MIGRATION_NAMES].sort());
    expect(new Set(owned).size).toBe(owned.length);
  });

  it('every ledger account of modules/ledger/accounts.ts is declared by exactly one module, and only those', () => {
    const declared = MODULES.flatMap((m) => m.ledgerAccounts ?? []);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual([...ledgerAccounts].sort());
  });

  it('every ledger invariant has its own key in the check answer', () => {
    const keys = MODULES.flatMap((m) => (m.ledgerInvariants ?? []).map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys)
      expect(['balanced', 'checked_at', 'total_fen', 'unbalanced_postings', 'campaigns']).not.toContain(k);
  });

  it("every route's roles are built-in roles of access control", () => {
    const known = new Set<string>(ROLES);
    const unknown = MODULES.flatMap((m) =>
      routesOf(m).flatMap((r) =>
        r.auth.kind === 'admin'
          ? r.auth.roles
              .filter((role) => !known.has(role))
              .map((role) => `${m.name}: ${r.method} ${r.path} → ${role}`)
          : [],
      ),
    );
    expect(unknown).toEqual([]);
    expect(MODULES.flatMap(routesOf).length).toBeGreaterThan(50);
  });

  it('no two modules register the same operation', () => {
    const ops = MODULES.flatMap((m) => routesOf(m).map((r) => `${r.method} ${r.path}`));
    expect(ops.filter((o, i) => ops.indexOf(o) !== i)).toEqual([]);
  });
  it('every service a module needs is provided by exactly one module, built before it, and no needs form a cycle', () => {
    const provided = MODULES.flatMap((m) => m.services?.provides ?? []);
    expect(new Set(provided).size).toBe(provided.length);
    const order = orderServiceProviders(MODULES).map((m) => m.name);
    for (const m of MODULES)
      for (const need of m.services?.needs ?? []) {
        const provider = MODULES.find((p) => p.services?.provides.includes(need))!;
        expect(order.indexOf(provider.name), `${m.name} needs ${need}`).toBeLessThan(order.indexOf(m.name));
      }
  });

  it('the provider order refuses a need nobody provides and a cycle of needs', () => {
    const make = (name: string, provides: string[], needs: string[]) =>
      ({
        name,
        migrations: [],
        services: { provides, needs, create: () => ({}) },
      }) as unknown as ModuleDescriptor;
    expect(() => orderServiceProviders([make('a', ['x'], ['nobody'])])).toThrow(/no module provides/);
    expect(() => orderServiceProviders([make('a', ['x'], ['y']), make('b', ['y'], ['x'])])).toThrow(/cycle/);
    expect(() => orderServiceProviders([make('a', ['x'], []), make('b', ['x'], [])])).toThrow(/both a and b/);
  });
});
