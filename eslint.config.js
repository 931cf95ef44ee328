import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const databaseDrivers = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'drizzle-kit'];

/** no-restricted-imports entries that say why the boundary exists. */
function forbid(names, message) {
  return { paths: names.filter((n) => !n.includes('*')).map((name) => ({ name, message })), patterns: names.filter((n) => n.includes('*')).map((group) => ({ group: [group], message })) };
}

function merge(...rules) {
  return { paths: rules.flatMap((r) => r.paths), patterns: rules.flatMap((r) => r.patterns) };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'native/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        merge(
          forbid(['electron'], 'The renderer talks to the core only through src/api (window.rapport.invoke or HTTP).'),
          forbid(nodeBuiltins, 'The renderer runs in a sandboxed browser context: no Node built-ins.'),
          forbid(databaseDrivers, 'Only electron/core/db touches the database.'),
        ),
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        merge(
          forbid(['electron', 'react', 'react-dom'], 'shared/ is imported by both sides: zod only.'),
          forbid(nodeBuiltins, 'shared/ is imported by the renderer: no Node built-ins.'),
          forbid(databaseDrivers, 'Only electron/core/db touches the database.'),
        ),
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        merge(
          forbid(['electron'], 'The core runs in plain Node (tests, CLI, browser mode): never import electron.'),
          forbid(databaseDrivers, 'Only electron/core/db imports better-sqlite3 and drizzle; add a query there.'),
        ),
      ],
    },
  },
  {
    files: ['electron/core/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', forbid(['electron'], 'The core runs in plain Node: never import electron.')],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', forbid(databaseDrivers, 'Hosts stay thin: SQL lives in electron/core/db.')],
    },
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        merge(forbid(databaseDrivers, 'Hosts stay thin: SQL lives in electron/core/db.'), forbid(['electron'], 'Browser mode and the CLI run without Electron.')),
      ],
    },
  },
);
