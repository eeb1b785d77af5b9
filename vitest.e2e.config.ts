import { defineConfig } from 'vitest/config';

// Browser tests of the built front ends (h5/dist, admin/dist), each served by the real server in
// embedded mode; one browser at a time (two cores; each suite starts its own server).
export default defineConfig({
  test: {
    include: ['h5/e2e/**/*.e2e.test.ts', 'admin/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
  },
});
