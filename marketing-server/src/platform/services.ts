// Builds the modules' services from their descriptors' providers: each provider runs once, after the
// providers of what it needs, in module order otherwise. The platform names no module here.
import type { ModuleDescriptor, PlatformInfra, PlatformServices, ServiceProvider } from './module';

type ServiceName = keyof PlatformServices;

/** Which module provides each service; a name provided twice is a wiring error. */
function providersByService(modules: readonly ModuleDescriptor[]): Map<ServiceName, ModuleDescriptor> {
  const by = new Map<ServiceName, ModuleDescriptor>();
  for (const m of modules) {
    for (const name of m.services?.provides ?? []) {
      const other = by.get(name);
      if (other) throw new Error(`service ${String(name)} is provided by both ${other.name} and ${m.name}`);
      by.set(name, m);
    }
  }
  return by;
}

/**
 * The modules with a provider, each after the providers of its `needs` (depth-first, module order
 * among equals). Refuses an unknown need and a cycle of needs (late binding is the way out of one).
 */
export function orderServiceProviders(modules: readonly ModuleDescriptor[]): ModuleDescriptor[] {
  const by = providersByService(modules);
  const done = new Set<ModuleDescriptor>();
  const visiting = new Set<ModuleDescriptor>();
  const order: ModuleDescriptor[] = [];
  const visit = (m: ModuleDescriptor, path: string[]) => {
    if (done.has(m)) return;
    if (visiting.has(m)) throw new Error(`service needs form a cycle: ${[...path, m.name].join(' → ')}`);
    visiting.add(m);
    for (const need of m.services!.needs ?? []) {
      const provider = by.get(need);
      if (!provider) throw new Error(`${m.name} needs service ${String(need)}, which no module provides`);
      visit(provider, [...path, m.name]);
    }
    visiting.delete(m);
    done.add(m);
    order.push(m);
  };
  for (const m of modules) if (m.services) visit(m, []);
  return order;
}

async function runProvider(
  provider: ServiceProvider,
  name: string,
  infra: PlatformInfra,
  services: PlatformServices,
) {
  const made = await provider.create(infra, services);
  const expected = [...provider.provides].map(String).sort();
  const got = Object.keys(made).sort();
  if (expected.join() !== got.join())
    throw new Error(
      `module ${name} declared services [${expected.join(', ')}] but built [${got.join(', ')}]`,
    );
  Object.assign(services, made);
}

/** Every module's services, built in dependency order into one object (shared with late binders). */
export async function createModuleServices(
  modules: readonly ModuleDescriptor[],
  infra: PlatformInfra,
): Promise<PlatformServices> {
  const services = {} as PlatformServices;
  for (const m of orderServiceProviders(modules)) await runProvider(m.services!, m.name, infra, services);
  return services;
}
