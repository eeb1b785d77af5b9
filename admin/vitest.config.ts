import { defineConfig } from 'vitest/config';

// Unit tests of the admin panel's logic (the rule builder's JSON round trip, amounts, request bodies).
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
