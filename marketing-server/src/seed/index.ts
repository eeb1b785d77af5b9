// The demo scenarios `npm start` runs once the server listens (demo mode only), in this order. Each
// prints its own lines; a failing scenario is reported and the others still run. Adding a module
// with a demo is its seed file here plus one entry (the seed layer sits above the platform, so
// modules cannot carry their demos in their descriptors without depending on it).
import type { Platform } from '../platform';
import { apixDemoLines, seedApixDemo } from './apix-demo';
import { driveParkDemo } from './park-demo';
import { driveDemoParking } from './parking-demo';
import { seedPrepaidDemo } from './prepaid-demo';
import { driveDemoTransit } from './transit-demo';

export { DEMO_ADMINS, seedDemo } from './demo';

export type DemoScenario = {
  /** What the failure line names (in English, like the rest of the start-up log). */
  name: string;
  /** Runs only in embedded mode (it writes keys or drives simulators that exist only there). */
  embeddedOnly?: boolean;
  /** `selfUrl` is where the server listens (loopback), for scenarios that call it over HTTP. */
  run(p: Platform, selfUrl: string): Promise<string[]>;
};

export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  // The gate simulator drives demo cars through the lot.
  { name: 'Parking demo', run: (p) => driveDemoParking(p) },
  { name: 'Prepaid demo', run: (p) => seedPrepaidDemo(p) },
  // The closed park's lunch rush through the terminal simulators.
  { name: 'Park demo', run: (p, url) => driveParkDemo(p, `${url}/api/v1`) },
  {
    name: 'APIX sandbox seed',
    embeddedOnly: true,
    run: async (p) => apixDemoLines(await seedApixDemo(p), p),
  },
  { name: 'Transit demo', run: (p, url) => driveDemoTransit(p, url) },
];

/** Runs every scenario that applies, in order; a failure is one line, never the end of the start. */
export async function runDemoScenarios(p: Platform, selfUrl: string): Promise<string[]> {
  const lines: string[] = [];
  for (const s of DEMO_SCENARIOS) {
    if (s.embeddedOnly && !p.config.embedded) continue;
    lines.push(...(await s.run(p, selfUrl).catch((err: Error) => [`  ${s.name} failed: ${err.message}`])));
  }
  return lines;
}
