import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const databaseDrivers = ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'drizzle-kit'];
// Any path through a folder named electron (the package itself, or ../../electron/core/…).
const electronFolder = String.raw`(^|/)electron(/|$)`;
// core/db from a host, by any relative path.
const coreDbFolder = String.raw`(^|/)core/db(/|$)`;
// The raw driver, reached through the open database: db.sqlite, and statements prepared or pragmas run on a handle.
const driverAccess = [
  {
    selector: "MemberExpression[property.name='sqlite']",
    message: 'Only electron/core/db touches the driver (db.sqlite): add a function there.',
  },
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(prepare|pragma)$/]",
    message: 'Only electron/core/db runs SQL: add a function there.',
  },
];

/** no-restricted-imports entries that say why the boundary exists. */
function forbid(names, message) {
  return {
    paths: names.filter((n) => !n.includes('*')).map((name) => ({ name, message })),
    patterns: names.filter((n) => n.includes('*')).map((group) => ({ group: [group], message })),
  };
}

/** A no-restricted-imports pattern over the import text itself, so relative paths ('../../electron/…') count too. */
function forbidPath(regex, message) {
  return { paths: [], patterns: [{ regex, message }] };
}

function merge(...rules) {
  return { paths: rules.flatMap((r) => r.paths), patterns: rules.flatMap((r) => r.patterns) };
}

/** Every host (desktop main and preload, browser mode, office server, CLI): no driver, no core/db. */
const hostsStayThin = [
  forbid(databaseDrivers, 'Hosts stay thin: SQL lives in electron/core/db.'),
  forbidPath(coreDbFolder, 'Hosts go through the core (dispatch, services, core/office/database.ts), never core/db.'),
];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'native/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
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
          forbidPath(electronFolder, 'The renderer never imports electron/**: it talks to the core only through src/api.'),
          forbid(nodeBuiltins, 'The renderer runs in a sandboxed browser context: no Node built-ins.'),
          forbid(databaseDrivers, 'Only electron/core/db touches the database.'),
        ),
      ],
    },
  },
  // shared/ at each depth: a relative path may not climb out of it (shared/api/x.ts may import ../domain, not ../../).
  ...['shared/*.ts', 'shared/*/*.ts', 'shared/*/*/**/*.ts'].map((files, depth) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        merge(
          forbid(['electron', 'react', 'react-dom'], 'shared/ is imported by both sides: zod only.'),
          forbidPath(String.raw`^(?!zod(/|$)|\.|@shared/)`, 'shared/ imports only zod and itself.'),
          forbidPath(`^(\\.\\./){${depth + 1}}`, 'shared/ imports only zod and itself, never a folder beside it.'),
          forbidPath(electronFolder, 'shared/ never imports electron/**: the renderer imports shared.'),
          forbid(nodeBuiltins, 'shared/ is imported by the renderer: no Node built-ins.'),
          forbid(databaseDrivers, 'Only electron/core/db touches the database.'),
        ),
      ],
    },
  })),
  {
    // Only core/db holds the driver: everywhere else in the app, no db.sqlite and no prepared SQL.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/core/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...driverAccess] },
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
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', merge(...hostsStayThin)],
    },
  },
  {
    files: ['electron/web/**/*.ts', 'electron/office/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', merge(...hostsStayThin, forbid(['electron'], 'Browser mode, the office server and the CLI run without Electron.'))],
    },
  },
);
