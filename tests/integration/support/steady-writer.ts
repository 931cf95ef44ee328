// Run by backup-load.test.ts in a child process: writes one student at a time through the real procedure,
// as fast as it can, and prints "ack <external id>" only after the write was committed — the writes a user
// would have been told were saved. A refused write (busy) prints nothing and is not counted.
import { closeDatabase, openDatabase } from '../../../electron/core/db/open';
import { dispatch } from '../../../electron/core/dispatch';

const [path, migrationsFolder, tag] = process.argv.slice(2);
if (!path || !migrationsFolder || !tag) throw new Error('usage: steady-writer DB MIGRATIONS TAG');

const db = await openDatabase({ path, migrationsFolder });
let stopping = false;
process.on('SIGTERM', () => (stopping = true));
process.stdout.write('ready\n');

for (let i = 0; !stopping; i++) {
  const externalId = `${tag}-${i}`;
  const result = dispatch(db, 'students.create', { firstName: 'Steady', lastName: `Writer${i}`, externalId });
  if (result.ok) process.stdout.write(`ack ${externalId}\n`);
  else process.stdout.write(`refused ${result.error.code}\n`);
  // Lets the SIGTERM handler run; a write every few milliseconds.
  await new Promise((resolve) => setTimeout(resolve, 2));
}
closeDatabase(db);
process.stdout.write('stopped\n');
