// Dev helper: screenshots of browser mode, to look at what an advisor sees.
// Usage: tsx scripts/screenshot.ts URL_WITH_TOKEN OUT_DIR [hash-path ...]
import { chromium } from 'playwright-core';
import { chromiumExecutable, chromiumArgs } from '../tests/e2e/browser';

const [base, outDir = '.tmp/shots', ...paths] = process.argv.slice(2);
if (!base) throw new Error('usage: tsx scripts/screenshot.ts URL OUT_DIR [paths…]');
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(base);
for (const path of paths.length ? paths : ['/']) {
  await page.goto(`${new URL(base).origin}/#${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
  const name = path.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
  console.log(`${outDir}/${name}.png`);
}
await browser.close();
