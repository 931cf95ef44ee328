// Run by check-in-race.test.ts in a child process: one front desk with its own connection to the office file,
// checking in its queue of attendees through the real procedure as fast as it can, starting at an agreed
// instant so the two desks race. Prints one JSON line: every answer, in order.
import { closeDatabase, openDatabase } from '../../../electron/core/db/open';
import { dispatch } from '../../../electron/core/dispatch';

const [path, migrationsFolder, startAt, queue] = process.argv.slice(2);
if (!path || !migrationsFolder || !startAt || !queue) throw new Error('usage: front-desk DB MIGRATIONS START_AT_MS ATTENDANCE_IDS');

const db = await openDatabase({ path, migrationsFolder });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const answers = queue.split(',').map((id) => {
  const result = dispatch(db, 'attendance.checkIn', { attendanceId: Number(id), checkedIn: true });
  return result.ok
    ? { attendanceId: Number(id), ok: true }
    : { attendanceId: Number(id), ok: false, code: result.error.code, message: result.error.message, reason: result.error.details?.reason };
});
closeDatabase(db);
process.stdout.write(`${JSON.stringify(answers)}\n`);
