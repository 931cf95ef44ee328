import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');

/** The Electron binary, if this machine has one; never triggers a download. */
function electronBinary(): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const nativeBuilt = existsSync(join(root, 'native', 'electron', 'better_sqlite3.node'));
const skipReason =
  binary === null
    ? 'no Electron binary on this machine (its download is blocked); it runs wherever `node node_modules/electron/install.js` succeeds'
    : !nativeBuilt
      ? 'the Electron build of better-sqlite3 is missing; run `npm run native:electron` first'
      : null;
// Said once in the run's output, so a skipped desktop check is never silent.
if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}.`);

test('desktop smoke: the window opens sandboxed on the welcome screen', async () => {
  test.skip(skipReason !== null, `Skipped: ${skipReason ?? ''}`);
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [root],
    env: { ...process.env, RAPPORT_DATA_DIR: mkdtempSync(join(tmpdir(), 'rapport-electron-')) },
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  const exposed = await page.evaluate(() => {
    const api: unknown = Reflect.get(globalThis, 'rapport');
    return {
      keys: typeof api === 'object' && api !== null ? Object.keys(api) : [],
      hasRequire: 'require' in globalThis,
      hasProcess: 'process' in globalThis,
    };
  });
  expect(exposed).toEqual({ keys: ['invoke'], hasRequire: false, hasProcess: false });
  await app.close();
});
