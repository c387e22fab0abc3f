// Installation tests (`npm run test:install`, run by .ci/run): slow, as they install mtlint the ways users do.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/install/**/*.test.ts'],
    testTimeout: 600000,
    hookTimeout: 600000,
  },
});
