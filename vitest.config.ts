import { defineConfig } from 'vitest/config';
import { pathAliases } from './path-aliases';

export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      // The core, the hosts and the tests against real SQLite, on Node.
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
      // Renderer code (pure functions and hooks), typechecked with tsconfig.web.json. Pure tests need no DOM;
      // a hook test asks for happy-dom in its first line (`// @vitest-environment happy-dom`).
      { extends: true, test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
