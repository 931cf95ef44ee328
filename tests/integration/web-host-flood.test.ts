import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers';

// The host runs in its own process with its own file-descriptor limit, as browser mode does: 20,000 idle
// sockets from elsewhere on the machine must not make its API unreachable for the advisor's browser.
const token = 'flood-token-0123456789abcdef';
const floodProcesses = 2;
const socketsPerProcess = 10_000;

let folder: ReturnType<typeof tempDir>;
let host: ChildProcess;
let port: number;
const floods: ChildProcess[] = [];

function startHost(): Promise<number> {
  return new Promise((resolve, reject) => {
    // A desktop's usual soft limit on open files (Linux 1024; macOS is lower still), not this machine's 20,000.
    const command = `ulimit -n 1024 && exec "${process.execPath}" --import tsx electron/web/run.ts --db "${join(folder.dir, 'rapport.db')}" --port 0 --token ${token} --no-daily-backup`;
    host = spawn('bash', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    host.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    host.once('exit', (code) => reject(new Error(`the web host exited (${code}) before listening: ${out}`)));
  });
}

function startFlood(): Promise<void> {
  return new Promise((resolve, reject) => {
    const flood = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/support/idle-flood.ts', String(port), String(socketsPerProcess)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    floods.push(flood);
    flood.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('open')) resolve();
    });
    flood.once('exit', (code) => reject(new Error(`the flood exited early (${code})`)));
  });
}

function apiCall(timeoutMs: number): Promise<{ status: number; body: string } | 'timeout' | string> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/app.status',
        method: 'POST',
        agent: false,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-rapport-token': token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy();
      resolve('timeout');
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end('{}');
  });
}

beforeAll(async () => {
  folder = tempDir();
  port = await startHost();
}, 60_000);

afterAll(() => {
  for (const flood of floods) flood.kill('SIGKILL');
  host?.kill('SIGKILL');
  folder?.cleanup();
});

describe('browser-mode web host under an idle-connection flood', () => {
  it('answers the API while 20,000 idle sockets are held open against it', async () => {
    expect(await apiCall(5000)).toMatchObject({ status: 200 });
    await Promise.all(Array.from({ length: floodProcesses }, () => startFlood()));
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await apiCall(5000));
    for (const answer of answers) expect(answer).toMatchObject({ status: 200 });
  }, 120_000);
});
