import { rsvpStatusLabels, type RsvpStatus } from '../../../shared/domain';
import type { Db } from '../db/client';
import { attendanceStatements } from '../db/imports';
import type { ColumnMapping } from './mapping';
import type { CsvTable } from './read-file';
import { columnTexts, email, limited, Row, type RowOutcome } from './rows';
import { dayFirstColumn, parseBoolean, parseTimestamp, type Parsed } from './values';

/** Handshake and sign-in sheets say it many ways; "attended" means checked in. */
function attendanceStatus(text: string): Parsed<{ rsvp: RsvpStatus; attended: boolean }> {
  const v = text.trim().toLowerCase();
  if (['attended', 'checked in', 'checked-in', 'present', 'yes'].includes(v)) return { ok: true, value: { rsvp: 'registered', attended: true } };
  if (['registered', 'rsvp', 'rsvped', 'going', 'confirmed', 'approved'].includes(v)) return { ok: true, value: { rsvp: 'registered', attended: false } };
  if (['waitlisted', 'waitlist', 'wait list'].includes(v)) return { ok: true, value: { rsvp: 'waitlisted', attended: false } };
  if (['declined', 'cancelled', 'canceled', 'not going', 'no'].includes(v)) return { ok: true, value: { rsvp: 'declined', attended: false } };
  if (['invited', 'pending'].includes(v)) return { ok: true, value: { rsvp: 'invited', attended: false } };
  return { ok: false, message: `"${text}" is not an attendance status (registered, attended, waitlisted, declined)` };
}

/**
 * Attendees of one event: each row names a student (email or ID/username) already in Rapport, and
 * says whether they registered and whether they came. Matched to the student's existing RSVP, if any.
 */
export function importAttendees(
  db: Db,
  table: CsvTable,
  mapping: readonly ColumnMapping[],
  event: { id: number; title: string; startsAt: string },
): RowOutcome[] {
  const sql = attendanceStatements(db);
  const seen = new Map<number, number>();
  const now = new Date().toISOString();
  const dayFirst = dayFirstColumn([...columnTexts(table.records, mapping, 'checkedInAt'), ...columnTexts(table.records, mapping, 'checkedIn')]);
  return table.records.map((record) => {
    const row = new Row(record, mapping, table.headers.length);
    const studentEmail = row.parsed('email', email);
    const externalId = row.parsed('externalId', limited(64));
    const registered = row.parsed('registered', parseBoolean);
    const status = row.parsed('status', attendanceStatus);
    // Some sheets put the check-in time in the "checked in" column itself.
    const checkedIn = row.parsed('checkedIn', (text): Parsed<{ attended: boolean; at?: string }> => {
      const flag = parseBoolean(text);
      if (flag.ok) return { ok: true, value: { attended: flag.value } };
      const time = parseTimestamp(text, dayFirst);
      return time.ok ? { ok: true, value: { attended: true, at: time.value } } : { ok: false, message: `"${text}" is neither yes/no nor a check-in time` };
    });
    const checkedInAt = row.parsed('checkedInAt', (text) => parseTimestamp(text, dayFirst)) ?? checkedIn?.at;
    const attended = checkedInAt !== undefined || checkedIn?.attended === true || status?.attended === true;
    // What the row says about the RSVP, if anything; a row that only records a check-in says "registered".
    const stated: RsvpStatus | undefined = attended
      ? 'registered'
      : (status?.rsvp ?? (registered === undefined ? undefined : registered ? 'registered' : 'declined'));
    const rsvp: RsvpStatus = stated ?? 'registered';
    const eventCell = row.text('event');
    if (eventCell !== undefined && eventCell !== String(event.id) && eventCell.toLowerCase() !== event.title.toLowerCase()) {
      row.reject(row.column('event'), `"${eventCell}" is not the event being imported (${event.title}); import each event's rows on their own`);
    }
    const values: Record<string, string> = {};
    if (studentEmail) values.email = studentEmail;
    if (externalId) values.externalId = externalId;
    values.status = rsvpStatusLabels[rsvp];
    values.checkedIn = attended ? 'Yes' : 'No';
    if (checkedInAt) values.checkedInAt = new Date(checkedInAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    if (studentEmail === undefined && externalId === undefined) row.reject(null, 'names no student (an email or a student ID/username is needed)');
    if (row.rejected) return row.outcome('create', values);
    const studentId =
      (studentEmail !== undefined ? sql.studentByEmail(studentEmail) : undefined) ??
      (externalId !== undefined ? sql.studentByExternalId(externalId) : undefined);
    if (studentId === undefined) {
      const who = studentEmail ?? externalId ?? '';
      row.reject(row.column(studentEmail !== undefined ? 'email' : 'externalId'), `${who} is not a student in Rapport (import the roster first)`);
      return row.outcome('create', values);
    }
    const duplicateOf = seen.get(studentId);
    if (duplicateOf !== undefined) {
      row.reject(null, `repeats the student on line ${duplicateOf}`);
      return row.outcome('create', values);
    }
    seen.set(studentId, row.line);
    // Without a time, a check-in is dated at the start of the event.
    const at = attended ? (checkedInAt ?? event.startsAt) : null;
    const existing = sql.find(event.id, studentId);
    if (!existing) {
      const id = sql.insert({ eventId: event.id, studentId, rsvp, checkedInAt: at, now });
      return row.outcome('create', values, { id, name: studentEmail ?? externalId ?? '' });
    }
    // Silence keeps the stored RSVP, and someone who checked in is never turned into a "declined".
    const nextRsvp: RsvpStatus = existing.checkedInAt !== null ? 'registered' : (stated ?? existing.rsvp);
    const sameCheckIn = at === null || existing.checkedInAt !== null;
    if (existing.rsvp === nextRsvp && sameCheckIn) return row.outcome('unchanged', values);
    sql.update({ id: existing.id, rsvp: nextRsvp, checkedInAt: existing.checkedInAt === null ? at : null, now });
    return row.outcome('update', values, { id: existing.id, name: studentEmail ?? externalId ?? '' });
  });
}
