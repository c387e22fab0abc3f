import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Installing mtlint as users do takes minutes: `npm run test:install` (vitest.install.config.ts).
    exclude: ['tests/install/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
