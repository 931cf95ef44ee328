// The hosts on the large office: peak memory of the web host (serving what the screens ask for) and of
// CLI commands, and the renderer's time from navigation to the dashboard and the caseload showing data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { sourceRoot } from '../../electron/core/paths';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/browser';
import { kpiCard } from '../../tests/e2e/kpi';
import type { Timing } from './stats';

const token = 'bench-token-0123456789abcdef';
const maxrss = join(sourceRoot, 'scripts/bench/maxrss.mjs');

function peakKb(stderr: string): number {
  const m = /rapport-bench-maxrss-kb (\d+)/.exec(stderr);
  return m ? Number(m[1]) : Number.NaN;
}

/** Peak memory (MB) of a CLI command on the office. */
export function cliPeakMb(dbPath: string, args: string[]): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', maxrss, 'electron/cli/index.ts', '--db', dbPath, ...args], {
    cwd: sourceRoot,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`rapport ${args.join(' ')}: ${run.stderr.slice(0, 300)}`);
  return peakKb(run.stderr) / 1024;
}

/** Showing data means all three of the dashboard's procedures have answered: a card from each, and the funnel. */
export async function dashboardShowsData(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Goal met in .+ ?: \d+%/ }).waitFor();
  await kpiCard(page, 'Reference-ready').waitFor();
  await kpiCard(page, 'Connections losing touch').waitFor();
  await page.getByRole('list', { name: 'Event funnel' }).waitFor();
}

export function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

/**
 * Starts browser mode on the office, drives the dashboard and the caseload in Chromium `runs` times,
 * and returns both timings and the web host's peak memory (MB) once it has served all of it.
 */
export async function webHostBench(dbPath: string, runs: number): Promise<{ dashboard: Timing; caseload: Timing; peakMb: number } | { skipped: string }> {
  if (!existsSync(join(sourceRoot, 'out/renderer/index.html'))) return { skipped: 'the renderer is not built (npm run build)' };
  const executable = chromiumExecutable();
  if (!executable) return { skipped: 'no Chromium (set RAPPORT_CHROMIUM)' };
  const port = 5977;
  const host = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', maxrss, 'electron/web/run.ts', '--db', dbPath, '--port', String(port), '--token', token, '--no-daily-backup'],
    {
      cwd: sourceRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  host.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    host.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Rapport (browser mode) at')) resolve();
    });
    host.on('exit', () => reject(new Error(`the web host stopped: ${stderr.slice(0, 300)}`)));
  });
  const browser = await chromium.launch({ executablePath: executable, args: chromiumArgs });
  const dashboard: number[] = [];
  const caseload: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?token=${token}`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    for (let i = 0; i < runs; i++) {
      // From a blank page each time, so nothing is served from the previous screen's cache.
      await page.goto('about:blank');
      let start = performance.now();
      await page.goto(`http://127.0.0.1:${port}/#/dashboard`);
      await dashboardShowsData(page);
      dashboard.push(performance.now() - start);
      await page.goto('about:blank');
      start = performance.now();
      await page.goto(`http://127.0.0.1:${port}/#/students`);
      await page.getByRole('table', { name: 'Students' }).getByRole('link').first().waitFor();
      caseload.push(performance.now() - start);
    }
  } finally {
    await browser.close();
    host.kill('SIGTERM');
    await new Promise((resolve) => host.on('exit', resolve));
  }
  return { dashboard: timing(dashboard), caseload: timing(caseload), peakMb: peakKb(stderr) / 1024 };
}
