// Run by crash.test.ts in a child process that is killed with SIGKILL at random moments. It writes
// batches through the real procedures, each one transaction: a roster import and a bulk interaction log.
import { openDatabase } from '../../../electron/core/db/open';
import { dispatch } from '../../../electron/core/dispatch';

const [path, migrationsFolder, firstBatch] = process.argv.slice(2);
if (!path || !migrationsFolder || !firstBatch) throw new Error('usage: crash-writer DB MIGRATIONS FIRST_BATCH');

const db = await openDatabase({ path, migrationsFolder });
const connectionIds = db.sqlite.prepare('select id from connections order by id limit 400').pluck().all();
process.stdout.write('ready\n');

for (let batch = Number(firstBatch); ; batch += 1) {
  if (batch % 2 === 0) {
    const rows = Array.from({ length: 300 }, (_, i) => `B${batch}-${i},Crash${i},Batch${batch},b${batch}.${i}@crash.example`);
    const content = Buffer.from(['Student ID,First Name,Last Name,Email', ...rows].join('\n')).toString('base64');
    const result = dispatch(db, 'imports.commit', { kind: 'students', fileName: `batch-${batch}.csv`, content });
    if (!result.ok) throw new Error(result.error.message);
  } else {
    const result = dispatch(db, 'interactions.bulkCreate', {
      connectionIds,
      kind: 'milestone_update',
      occurredOn: '2026-11-20',
      summary: `crash batch ${batch}`,
    });
    if (!result.ok) throw new Error(result.error.message);
  }
  process.stdout.write(`done ${batch}\n`);
}
