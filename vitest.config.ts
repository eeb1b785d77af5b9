import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules-engine/src/**/*.test.ts', 'marketing-server/src/**/*.test.ts', 'mocks/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration suites each create their own MySQL database, so files may run in parallel,
    // but two cores saturate quickly under the claim storms; keep it to two workers.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    pool: 'forks',
  },
});
