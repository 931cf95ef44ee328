// `npm run dev`: the renderer from Vite's dev server (hot reload) against the browser-mode host's API.
// Two processes on 127.0.0.1: the web host (electron/web/run.ts, restarted by `tsx watch` when the core changes)
// with a per-run token, and Vite, whose proxy sends /api to it. The web host is the production one, unchanged:
// the proxy presents the Host and Origin it accepts (see forwardedOrigin); nothing of its checks is relaxed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { pathAliases } from '../path-aliases';
import { forwardedOrigin } from './dev/origin';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const help = `npm run dev -- [--db PATH] [--port N] [--api-port N]
  --db PATH      database file (default .tmp/dev/rapport.db: a dev office, never the desktop app's file)
  --port N       the dev page on 127.0.0.1 (default 5173)
  --api-port N   the browser-mode host it calls (default 5859)`;

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: join(root, '.tmp', 'dev', 'rapport.db') },
    port: { type: 'string', default: '5173' },
    'api-port': { type: 'string', default: '5859' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(help);
  process.exit(0);
}

const port = Number(values.port);
const apiPort = Number(values['api-port']);
const token = randomBytes(24).toString('hex');
const apiOrigin = `http://127.0.0.1:${apiPort}`;
const pageOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
mkdirSync(dirname(resolve(values.db)), { recursive: true });

const api = spawn(
  process.execPath,
  [
    join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'watch',
    '--clear-screen=false',
    join(root, 'electron', 'web', 'run.ts'),
    '--db',
    values.db,
    '--port',
    String(apiPort),
    '--token',
    token,
    '--no-daily-backup',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
// The host prints its own address (the API's port); the address to open is the dev page's, printed below.
api.stdout.on('data', (chunk: Buffer) =>
  process.stdout.write(chunk.toString().replace(/^Rapport \(browser mode\) at .*\n/m, `API (browser-mode host) on ${apiOrigin}\n`)),
);

const vite = await createServer({
  configFile: false,
  root: join(root, 'renderer'),
  plugins: [react()],
  resolve: { alias: pathAliases },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: {
      '/api': {
        target: apiOrigin,
        // Host: 127.0.0.1:<api port>, the only Host the web host accepts.
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => {
            const origin = request.getHeader('origin');
            const next = forwardedOrigin(typeof origin === 'string' ? origin : undefined, pageOrigins, apiOrigin);
            if (next !== undefined) request.setHeader('origin', next);
          });
        },
      },
    },
  },
});
await vite.listen();
console.log(`Rapport dev page (hot reload) at http://127.0.0.1:${port}/?token=${token}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`rapport dev: the API host stopped (exit ${code ?? 'signal'}).`);
    void stop();
  }
});
