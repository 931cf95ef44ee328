// Run by time-zones.test.ts in a child process with its own TZ: the host side (the core on an office file)
// or the browser side (the renderer's event form), so two zones meet as they do for a real office.
import type { EventDetail } from '../../../shared/api/events';
import { openDatabase, closeDatabase } from '../../../electron/core/db/open';
import { officeToday } from '../../../electron/core/db/office-day';
import { dispatch } from '../../../electron/core/dispatch';
import { instantToWallClock, isSkippedWallClock, wallClockToInstant } from '../../../shared/wall-clock';

const [mode = '', ...args] = process.argv.slice(2);

async function host(path: string, migrationsFolder: string, calls: string): Promise<unknown[]> {
  const db = await openDatabase({ path, migrationsFolder });
  try {
    const parsed: unknown = JSON.parse(calls);
    if (!Array.isArray(parsed)) throw new Error('calls must be an array of [procedure, input]');
    const results: unknown[] = [];
    for (const call of parsed) {
      if (!Array.isArray(call) || typeof call[0] !== 'string') throw new Error('each call is [procedure, input]');
      const result = dispatch(db, call[0], call[1]);
      if (!result.ok) throw new Error(`${call[0]}: ${result.error.message}`);
      results.push(result.data);
    }
    results.push({ officeToday: officeToday(db) });
    return results;
  } finally {
    closeDatabase(db);
  }
}

if (mode === 'host') {
  const [path = '', migrations = '', calls = '[]'] = args;
  process.stdout.write(JSON.stringify(await host(path, migrations, calls)));
} else if (mode === 'browser-resave') {
  // What the event form sends for "Save changes" when the advisor changed nothing: the stored instants shown
  // on this wall clock (datetime-local inputs), read back into instants (renderer eventFormValues.ts).
  const event: EventDetail = JSON.parse(args[0] ?? '{}');
  const { id: _id, employers, counts: _counts, conflicts: _conflicts, ...fields } = event;
  const resend = (instant: string) => wallClockToInstant(instantToWallClock(instant));
  process.stdout.write(
    JSON.stringify({
      ...fields,
      startsAt: resend(event.startsAt),
      endsAt: resend(event.endsAt),
      employerIds: employers.map((e) => e.id),
    }),
  );
} else if (mode === 'browser-wall-clock') {
  const value = args[0] ?? '';
  process.stdout.write(JSON.stringify({ skipped: isSkippedWallClock(value), instant: wallClockToInstant(value) }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
