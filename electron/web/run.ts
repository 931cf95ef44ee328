import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../core/office/database';
import { DatabaseOpenError } from '../core/errors';
import { defaultDatabasePath, sourceMigrationsFolder, sourceRoot } from '../core/paths';
import { recoveryHandlers } from './recovery';
import { createWebHost, listen, type WebHostOptions } from './server';
import { dailyBackup } from './daily-backup';
import { ReadPool } from '../office/read-pool';

const help = `Rapport browser mode: the app in your browser, served on 127.0.0.1 only.

Usage: npm run web -- [--db PATH] [--port N] [--token T]
  --db PATH    database file (default: the desktop app's file)
  --port N     port on 127.0.0.1 (default 5858; 0 picks a free one)
  --token T    access token (default: a new random one per run)
  --no-daily-backup  skip the first-start-of-the-day backup (benchmarks on a throwaway office)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5858' },
      token: { type: 'string' },
      'no-daily-backup': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(help);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got "${values.port}".`);
  const token = values.token ?? randomBytes(24).toString('hex');
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) throw new Error('--token must be 16-128 letters, digits, "-" or "_".');

  const staticDir = join(sourceRoot, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('rapport: the renderer is not built yet; run `npm run build` first (serving the API only).');
  }
  const path = values.db ?? defaultDatabasePath();
  // Only the office's own file is ever moved aside when damaged; a path typed with --db is left as it is.
  // A file another program holds locked is not damaged: its message is printed and the host exits (66).
  const openOptions = {
    path,
    migrationsFolder: sourceMigrationsFolder,
    moveDamagedAside: resolve(path) === defaultDatabasePath(),
  };
  const options: WebHostOptions = { db: null, staticDir: existsSync(staticDir) ? staticDir : null, token, port };
  try {
    options.db = await openDatabase(openOptions);
    if (!values['no-daily-backup']) await dailyBackup(options.db);
  } catch (error) {
    // A damaged file was moved aside: serve the recovery page instead of an empty office.
    if (!(error instanceof DatabaseOpenError) || !error.recovery) throw error;
    console.error(`rapport: ${error.message}`);
    options.recovery = recoveryHandlers(error.message, error.recovery.movedTo, openOptions);
  }
  // Reads run on reader threads, as on the office server: a screen's calls are answered side by side. One user: the
  // dashboard's three long calls may take both readers (nobody else's quick call is waiting).
  if (options.db) options.reads = new ReadPool({ path: options.db.path, size: 2, longReaders: 2 });
  const server = createWebHost(options);
  const actualPort = await listen(server, port);
  console.log(`Rapport (browser mode) at http://127.0.0.1:${actualPort}/?token=${token}`);
  console.log(options.db ? `Database: ${options.db.path}` : 'Database: not open — the page offers the backups to restore.');
  // Until a reader has started (a few seconds from source), the main thread answers reads itself.
  void options.reads?.whenReady().then(() => console.log('Reads: on reader threads'));

  const stop = async () => {
    server.close();
    await options.reads?.close();
    if (options.db) closeDatabase(options.db);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof DatabaseOpenError ? 66 : 1;
});
