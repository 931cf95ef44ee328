// Run by restore-kill.test.ts in a child process that is killed with SIGKILL at random moments of a
// restore. Prints "ready" just before the restore starts and "restored <ms>" once it has committed, then
// waits to be killed.
import { restoreFile } from '../../../electron/core/backups/service';
import { openDatabase } from '../../../electron/core/db/open';

const [path, backupPath, migrationsFolder] = process.argv.slice(2);
if (!path || !backupPath || !migrationsFolder) throw new Error('usage: restore-runner DB BACKUP MIGRATIONS');

const db = await openDatabase({ path, migrationsFolder });
process.stdout.write('ready\n');
const started = performance.now();
await restoreFile(db, backupPath);
process.stdout.write(`restored ${Math.round(performance.now() - started)}\n`);
setInterval(() => undefined, 60_000);
