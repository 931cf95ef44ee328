import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/browser';

// Browser-mode servers on fresh databases, one per kind of office a spec needs; every spec makes its own data in
// its office (through the API in a beforeAll, or by loading the demo when the office is empty), so each runs alone.
export const e2eToken = 'e2e-token-0123456789abcdef';
export const demoPort = 5901;
/** An office started empty; specs add their own records through its API (tests/e2e/empty-office.ts). */
export const emptyPort = 5902;
/** The dashboard's office: a demo loaded by its spec, figures compared with the API. */
export const dashboardPort = 5903;
/** An office nobody has opened yet: the first-run screen itself (first-run-empty.spec.ts). */
export const firstRunPort = 5904;

function server(port: number, name: string) {
  // Each office in its own folder, started afresh: its backups/ (beside the file) belong to it alone.
  const folder = `.tmp/e2e/${name}`;
  return {
    command: `rm -rf ${folder} && mkdir -p ${folder} && node --import tsx electron/web/run.ts --db ${folder}/rapport.db --port ${port} --token ${e2eToken}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [server(demoPort, 'demo'), server(emptyPort, 'empty'), server(dashboardPort, 'dashboard'), server(firstRunPort, 'first-run')],
});
