// Builds better-sqlite3 for Electron's ABI into native/electron/, leaving node_modules (the Node
// build that tests use) untouched. Run for desktop runs and packaging only: never in postinstall.
import { cpSync, existsSync, mkdirSync, rmSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'native', 'electron');
const workDir = join(root, 'native', '.build');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

const versionFile = join(target, 'electron-version.txt');
if (existsSync(join(target, 'better_sqlite3.node')) && existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim() === electronVersion) {
  console.log(`native/electron already built for Electron ${electronVersion}`);
  process.exit(0);
}

rmSync(workDir, { recursive: true, force: true });
mkdirSync(join(workDir, 'node_modules'), { recursive: true });
cpSync(join(root, 'node_modules/better-sqlite3'), join(workDir, 'node_modules/better-sqlite3'), { recursive: true });
for (const dep of ['bindings', 'file-uri-to-path']) {
  if (existsSync(join(root, 'node_modules', dep))) cpSync(join(root, 'node_modules', dep), join(workDir, 'node_modules', dep), { recursive: true });
}
rmSync(join(workDir, 'node_modules/better-sqlite3/build'), { recursive: true, force: true });
writeJson(join(workDir, 'package.json'), {
  name: 'rapport-native',
  private: true,
  dependencies: { 'better-sqlite3': '*' },
});

const { rebuild } = await import('@electron/rebuild');
console.log(`Building better-sqlite3 for Electron ${electronVersion}…`);
await rebuild({ buildPath: workDir, electronVersion, onlyModules: ['better-sqlite3'], force: true });

mkdirSync(target, { recursive: true });
copyFileSync(join(workDir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), join(target, 'better_sqlite3.node'));
writeText(join(target, 'electron-version.txt'), `${electronVersion}\n`);
rmSync(workDir, { recursive: true, force: true });
console.log(`native/electron/better_sqlite3.node ready for Electron ${electronVersion}`);

function writeJson(path, value) {
  writeText(path, JSON.stringify(value, null, 2));
}
function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
