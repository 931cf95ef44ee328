// npm run bench:first-paint: the time from navigation to the first screen showing data, on the 50,000-student office
// (the cached office of npm run bench:office), in browser mode. Two kinds of visit, each timed from the address being
// opened until the screen's data is on it (the dashboard: its cards and funnel; My day: its first list):
// - first visit: a fresh browser context each time (an empty cache), with the token in the address;
// - returning: the same browser, which has visited before (its cache holds the app's hash-named code): each morning
//   after the first.
// The page itself notes, on each animation frame from its first, when the Shell and then the screen's data are in the
// document (`benchClock`): Playwright's own waiting polls ever more slowly (every 500 ms after the first 270 ms), which
// added up to half a second to what was timed. Playwright's locators then check the same data by role and name.
// Prints median and p95 per screen and kind. `--root` measures another checkout's web host and built renderer (e.g. a
// worktree of an earlier commit, for a baseline), on the same office.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sourceMigrationsFolder, sourceRoot } from '../../electron/core/paths';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/browser';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { updateSettings } from '../../electron/core/office/settings';
import { dashboardShowsData, timing } from './hosts';
import { benchOffice } from './office-file';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '15' },
    root: { type: 'string', default: sourceRoot },
    screens: { type: 'string', default: 'dashboard' },
    rebuild: { type: 'boolean', default: false },
  },
});
const root = values.root;
const runs = Number(values.runs);
const token = 'bench-token-0123456789abcdef';
const port = 5978;
const budgetMs = 1000;

type ScreenName = 'dashboard' | 'my-day';

/** Each screen: its address and what "showing data" means on it, to Playwright (by role and name). */
const screens: Record<ScreenName, { hash: string; shown: (page: Page) => Promise<void> }> = {
  dashboard: { hash: '#/dashboard', shown: dashboardShowsData },
  // My day's line under its title counts what is due once myDay.get has answered, and its cards are drawn with it.
  'my-day': {
    hash: '#/my-day',
    shown: (page) =>
      page
        .getByRole('main')
        .getByText(/ · (nothing due|[\d,]+ things? to do)$/)
        .waitFor(),
  },
};

const isScreenName = (name: string): name is ScreenName => Object.prototype.hasOwnProperty.call(screens, name);

/**
 * Runs in the page from its first frame (an init script, so it needs no import): on every animation frame it looks
 * for the Shell's navigation and then for the screen's data, the same things `screens` waits for, and notes the time
 * of the first frame each was in the document, as epoch milliseconds.
 */
function benchClock(screen: ScreenName): void {
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ');
  const card = (pattern: RegExp) => Array.from(document.querySelectorAll('main a')).some((link) => pattern.test(text(link)));
  const dataShown: Record<ScreenName, () => boolean> = {
    dashboard: () =>
      card(/^Goal met in .+ ?: ?\d+%/) &&
      card(/^Reference-ready ?: ?[\d,]+%?/) &&
      card(/^Connections losing touch ?: ?[\d,]+/) &&
      document.querySelector('main [role="list"][aria-label="Event funnel"]') !== null,
    'my-day': () => / · (nothing due|[\d,]+ things? to do)/.test(text(document.querySelector('main'))),
  };
  const clock: { shell?: number; data?: number } = {};
  Object.assign(window, { benchClock: clock });
  const frame = () => {
    const now = performance.timeOrigin + performance.now();
    clock.shell ??= document.querySelector('nav[aria-label="Main navigation"]') ? now : undefined;
    clock.data ??= clock.shell !== undefined && dataShown[screen]() ? now : undefined;
    if (clock.data === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** My day is one advisor's: "I am" is set, on the run's copy, to the advisor with the largest caseload. */
async function actAsBusiestAdvisor(dbPath: string): Promise<void> {
  const db = await openDatabase({ path: dbPath, migrationsFolder: sourceMigrationsFolder });
  try {
    const advisorId = db.sqlite
      .prepare(`select advisor_id from students where advisor_id is not null and status = 'active' group by advisor_id order by count(*) desc limit 1`)
      .pluck()
      .get();
    if (typeof advisorId !== 'number') throw new Error('the bench office has no advisor with students');
    updateSettings(db, { currentAdvisorId: advisorId });
  } finally {
    closeDatabase(db);
  }
}

function startHost(dbPath: string): Promise<() => Promise<void>> {
  const host = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/web/run.ts', '--db', dbPath, '--port', String(port), '--token', token, '--no-daily-backup'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  host.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    host.kill('SIGTERM');
    await new Promise((resolve) => host.on('exit', resolve));
  };
  return new Promise((resolve, reject) => {
    // Timed once its reader threads are up: before that the main thread answers, and the readers compiling the core
    // from source take a core away from the browser being timed.
    host.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('Reads: on reader threads')) resolve(stop);
      // A checkout from before the host said so (a baseline): give its readers the time they take.
      else if (text.includes('Rapport (browser mode) at')) setTimeout(() => resolve(stop), 15_000);
    });
    host.on('exit', () => reject(new Error(`the web host stopped: ${stderr.slice(0, 300)}`)));
  });
}

interface Sample {
  shell: number;
  data: number;
}

/** Both clocks of one visit, from the address being opened: the app's frame on screen (its code loaded and run), then the screen's data. */
async function visit(page: Page, screen: ScreenName): Promise<Sample> {
  const start = performance.timeOrigin + performance.now();
  await page.goto(`http://127.0.0.1:${port}/?token=${token}${screens[screen].hash}`);
  await screens[screen].shown(page);
  const clock = await page.waitForFunction(() => {
    const noted: unknown = Reflect.get(window, 'benchClock');
    return typeof noted === 'object' &&
      noted !== null &&
      'data' in noted &&
      typeof noted.data === 'number' &&
      'shell' in noted &&
      typeof noted.shell === 'number'
      ? { shell: noted.shell, data: noted.data }
      : null;
  });
  const noted = await clock.jsonValue();
  if (!noted) throw new Error('the page noted no time');
  return { shell: noted.shell - start, data: noted.data - start };
}

/** A page that notes its own times for the screen (benchClock) on every load. */
async function timedPage(context: BrowserContext, screen: ScreenName): Promise<Page> {
  const page = await context.newPage();
  // tsx names inner functions with an `__name` helper of its own, absent from the page: the script brings a stand-in.
  await page.addInitScript({ content: `const __name = (fn) => fn; (${benchClock.toString()})(${JSON.stringify(screen)});` });
  return page;
}

async function firstVisits(browser: Browser, screen: ScreenName): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const sample = await visit(await timedPage(context, screen), screen);
      if (i > 0) samples.push(sample); // the first is a warm-up: the host's first queries, Chromium's first start
    } finally {
      await context.close();
    }
  }
  return samples;
}

async function returningVisits(browser: Browser, screen: ScreenName): Promise<Sample[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await timedPage(context, screen);
    const samples: Sample[] = [];
    // Two untimed visits: the cache fills on the first, Chromium keeps the code compiled from the second.
    for (let i = 0; i < runs + 2; i++) {
      await page.goto('about:blank');
      const sample = await visit(page, screen);
      if (i >= 2) samples.push(sample);
    }
    return samples;
  } finally {
    await context.close();
  }
}

function report(name: string, kind: string, samples: Sample[]): boolean {
  const shell = timing(samples.map((s) => s.shell));
  const t = timing(samples.map((s) => s.data));
  const over = t.p50 >= budgetMs;
  const label = `${name} (${kind})`;
  console.log(
    `  ${label.padEnd(24)} median ${t.p50.toFixed(0).padStart(5)} ms   p95 ${t.p95.toFixed(0).padStart(5)} ms   (${over ? `over the ${budgetMs} ms budget` : 'ok'})`,
  );
  console.log(`  ${'  the Shell on screen'.padEnd(24)} median ${shell.p50.toFixed(0).padStart(5)} ms   p95 ${shell.p95.toFixed(0).padStart(5)} ms`);
  return over;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) throw new Error(`${root}: the renderer is not built (npm run build)`);
  const executable = chromiumExecutable();
  if (!executable) throw new Error('no Chromium (set RAPPORT_CHROMIUM)');
  const { path } = await benchOffice(Number(values.students), values.rebuild);
  if (values.screens.split(',').includes('my-day')) await actAsBusiestAdvisor(path);
  const stop = await startHost(path);
  const browser = await chromium.launch({ executablePath: executable, args: chromiumArgs });
  let failed = false;
  try {
    console.log(`First paint on the ${values.students}-student office, ${runs} runs each, renderer and host from ${root}`);
    for (const name of values.screens.split(',')) {
      if (!isScreenName(name)) throw new Error(`unknown screen "${name}" (one of ${Object.keys(screens).join(', ')})`);
      if (report(name, 'first visit', await firstVisits(browser, name))) failed = true;
      if (report(name, 'returning', await returningVisits(browser, name))) failed = true;
    }
  } finally {
    await browser.close();
    await stop();
  }
  if (failed) process.exitCode = 1;
}

await main();
