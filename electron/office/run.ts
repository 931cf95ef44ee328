import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { callerForSession, sessionCallerWithoutTouch } from '../core/auth/sessions';
import { DatabaseOpenError } from '../core/errors';
import { closeDatabase, openDatabase } from '../core/office/database';
import { sourceMigrationsFolder, sourceRoot } from '../core/paths';
import { listenOn } from '../web/http';
import { OfficeConfigError, officeConfig, printedOrigin } from './config';
import { ReadPool } from './read-pool';
import { createOfficeHost } from './server';
import { dailyBackup } from '../web/daily-backup';

const help = `Rapport office server: one shared office for every advisor, with sign-in and roles.

Usage: npm run office -- --db PATH [--port N] [--host ADDR] [--tls-cert FILE --tls-key FILE] [--public-origin URL]
  --db PATH             the office database (an existing Rapport file is served as it is)
  --port N              port (default 8443; 0 picks a free one)
  --host ADDR           address to listen on (default 127.0.0.1). Any other address needs TLS:
  --tls-cert FILE       certificate (PEM) — with --tls-key, this server speaks https itself
  --tls-key FILE        private key (PEM)
  --public-origin URL   the https address of the TLS proxy in front of this server (e.g. https://rapport.example.edu)
  --read-workers N      reader threads for reads and exports (default 2; 0 runs every call on the main thread)
  --no-daily-backup     skip the first-start-of-the-day backup

Add the first admin before starting: npm run rapport -- --db PATH users add --email E --name N --role admin --password-stdin`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'public-origin': { type: 'string' },
      'read-workers': { type: 'string', default: '2' },
      'no-daily-backup': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(help);
    return;
  }
  const config = officeConfig(values);
  const readers = Number(values['read-workers']);
  if (!Number.isInteger(readers) || readers < 0 || readers > 64) {
    throw new OfficeConfigError(`--read-workers must be a whole number from 0 to 64, got "${values['read-workers']}".`);
  }
  const tls = config.tls ? { cert: readPem(config.tls.certFile, '--tls-cert'), key: readPem(config.tls.keyFile, '--tls-key') } : null;
  const staticDir = join(sourceRoot, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('rapport: the renderer is not built yet; run `npm run build` first (serving the API only).');
  }
  // The office file is never moved aside on its own: a damaged or locked file stops the server with its message,
  // and the admin restores a backup with the CLI (see README "Office server").
  const db = await openDatabase({ path: config.db, migrationsFolder: sourceMigrationsFolder, moveDamagedAside: false });
  if (config.dailyBackup) {
    await dailyBackup(db);
    // A server runs for weeks: the day's copy is checked for every hour, not only at start.
    setInterval(() => void dailyBackup(db), 60 * 60_000).unref();
  }
  const reads = readers === 0 ? null : new ReadPool({ path: db.path, size: readers });
  const host = createOfficeHost({
    db,
    reads,
    staticDir: existsSync(staticDir) ? staticDir : null,
    config,
    tls,
    sessions: { callerForSession, sessionCallerWithoutTouch },
  });
  const port = await listenOn(host.server, config.port, config.host);
  console.log(`Rapport office server at ${printedOrigin(config, port)}/`);
  console.log(`Database: ${db.path}`);

  const stop = () => {
    host.live.close();
    host.server.close();
    void reads?.close();
    closeDatabase(db);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function readPem(file: string, flag: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new OfficeConfigError(`${flag} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`rapport: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof OfficeConfigError ? error.exitCode : error instanceof DatabaseOpenError ? 66 : 1;
});
