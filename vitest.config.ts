import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Installing mtlint as users do takes minutes: `npm run test:install` (vitest.install.config.ts).
    exclude: ['tests/install/**', 'node_modules/**'],
    testTimeout: 20000,
    // Test files share loaded modules (the engine, rules, dictionary) instead of each importing them again: on this
    // 2-core machine, with one worker, that was 26 s of a 132 s run under load. A file that mocks a module loads it
    // afresh with vi.resetModules (tests/write.test.ts); spies are restored after each test.
    isolate: false,
  },
});
