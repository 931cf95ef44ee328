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
/** The office server (npm run office) on a new file whose first admin the CLI adds, as the README says (office-*.spec.ts). */
export const officePort = 5905;
/** A second office server for the working day of office-day.spec.ts: its own file, people and records. */
export const officeDayPort = 5906;
/** An office nobody has opened, for students.spec.ts: it loads the demo through the welcome screen itself. */
export const welcomePort = 5907;
/** The office server of sso.spec.ts: single sign-on set up through Settings against a provider the spec starts on loopback. */
export const ssoPort = 5908;
/** The office server of sso-saml.spec.ts: SAML set up through the API against a test IdP the spec starts on loopback. */
export const samlPort = 5909;
/** The office server of two-step.spec.ts: admins set up two-step sign-in through Settings and the enrol gate. */
export const twoStepPort = 5910;
export const officeAdmin = { email: 'olive.admin@example.edu', name: 'Olive Admin', password: 'violet harbour lantern 42' };

/** A host on a fresh office file: `start` is its command line for the file's path. */
function host(port: number, name: string, start: (db: string) => string) {
  // Each office in its own folder, started afresh: its backups/ (beside the file) belong to it alone.
  const folder = `.tmp/e2e/${name}`;
  return {
    command: `rm -rf ${folder} && mkdir -p ${folder} && ${start(`${folder}/rapport.db`)}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe' as const,
  };
}

function server(port: number, name: string) {
  return host(port, name, (db) => `node --import tsx electron/web/run.ts --db ${db} --port ${port} --token ${e2eToken}`);
}

function officeServer(port: number, name: string) {
  const { email, name: adminName, password } = officeAdmin;
  return host(
    port,
    name,
    (db) =>
      `printf '%s' '${password}' | node --import tsx electron/cli/index.ts --db ${db} users add --email ${email} --name '${adminName}' --role admin --password-stdin` +
      ` && node --import tsx electron/office/run.ts --db ${db} --port ${port} --no-daily-backup`,
  );
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
    // Dialogs and menus appear without their transitions: on a loaded 2-core machine a click that lands during an
    // opening transition can be lost. structure.spec.ts turns motion back on where it tests the transitions themselves.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    server(demoPort, 'demo'),
    server(emptyPort, 'empty'),
    server(dashboardPort, 'dashboard'),
    server(firstRunPort, 'first-run'),
    server(welcomePort, 'welcome'),
    officeServer(officePort, 'office'),
    officeServer(officeDayPort, 'office-day'),
    officeServer(twoStepPort, 'two-step'),
    officeServer(samlPort, 'sso-saml'),
    officeServer(ssoPort, 'sso'),
  ],
});
