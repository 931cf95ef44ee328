// `npm start`: the desktop app where an Electron binary can be had; browser mode where it cannot.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const passThrough = process.argv.slice(2);

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (existsSync(pathFile)) {
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return binary;
  }
  // Electron 42+ downloads its binary on first use; give it one bounded try (a minute).
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 60_000 });
  if (install.status === 0 && existsSync(pathFile)) {
    const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return binary;
  }
  return null;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const binary = electronBinary();
if (!binary) {
  console.log('Electron is not available on this machine (its download is blocked); starting browser mode instead.');
  run(npm, ['run', 'build']);
  const web = spawn(npm, ['run', 'web', '--', ...passThrough], { stdio: 'inherit', cwd: root });
  web.on('exit', (code) => process.exit(code ?? 0));
} else {
  run(process.execPath, [join(root, 'scripts', 'build-electron-native.mjs')]);
  run(npm, ['run', 'build']);
  const app = spawn(binary, ['.'], { stdio: 'inherit', cwd: root });
  app.on('exit', (code) => process.exit(code ?? 0));
}
