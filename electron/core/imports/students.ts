import type { Db } from '../db/client';
import { studentKeys, studentStatements, type StudentPatch } from '../db/imports';
import type { ColumnMapping } from './mapping';
import type { CsvTable } from './read-file';
import { differences, email, limited, limitedMultiline, previewValues, Row, shownPhone, yesNo, type RowOutcome } from './rows';
import { parseBoolean, parseInteger, parseSchoolYear, splitList } from './values';

/**
 * Roster rows: matched by student ID, else by school email. A new student needs a first and last
 * name; a known one gets only the fields that differ (blank cells never erase), and labels are added.
 */
export function importStudents(db: Db, table: CsvTable, mapping: readonly ColumnMapping[], today: string): RowOutcome[] {
  const sql = studentStatements(db);
  const seenIds = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  return table.records.map((record) => {
    const row = new Row(record, mapping, table.headers.length);
    const patch: StudentPatch = {};
    patch.externalId = row.parsed('externalId', limited(64));
    patch.firstName = row.parsed('firstName', limited(100));
    patch.lastName = row.parsed('lastName', limited(100));
    patch.preferredName = row.parsed('preferredName', limited(100));
    patch.schoolEmail = row.parsed('schoolEmail', email);
    patch.personalEmail = row.parsed('personalEmail', email);
    patch.phone = row.parsed('phone', limited(40));
    // A cell of separators only (";") names no major: like a blank cell, it leaves the program alone.
    const majors = row.text('program') === undefined ? undefined : splitList(row.text('program') ?? '').join(', ');
    patch.program = majors ? row.parsed('program', () => limited(120)(majors)) : undefined;
    patch.classYear = row.parsed('classYear', (text) => parseInteger(text, 1950, 2100));
    const schoolYear = row.parsed('schoolYear', (text) => parseSchoolYear(text, today));
    if (schoolYear) {
      if (patch.classYear === undefined && schoolYear.classYear !== null) patch.classYear = schoolYear.classYear;
      if (schoolYear.alumnus) patch.status = 'alumnus';
    }
    patch.cohort = row.parsed('cohort', limited(120));
    const rowLabels = row.parsed('labels', (text) => {
      const list = splitList(text);
      const long = list.find((l) => l.length > 60);
      if (long) return { ok: false, message: `has a label of ${long.length} characters; at most 60` };
      return list.length > 30 ? { ok: false, message: `has ${list.length} labels; at most 30` } : { ok: true, value: list };
    });
    const confidential = row.parsed('confidential', parseBoolean);
    if (confidential !== undefined) patch.confidential = confidential ? 1 : 0;
    const advisorEmail = row.parsed('advisorEmail', email);
    if (advisorEmail !== undefined) {
      patch.advisorId = sql.advisorByEmail(advisorEmail);
      if (patch.advisorId === undefined)
        row.reject(row.column('advisorEmail'), `names ${advisorEmail}, who is not an advisor in Rapport (add them in Settings first)`);
    }
    patch.notes = row.parsed('notes', limitedMultiline(10_000));

    const schoolYearText =
      schoolYear === undefined
        ? undefined
        : schoolYear.alumnus
          ? 'Alumni (status: alumnus)'
          : schoolYear.classYear === null
            ? 'Graduate (no class year)'
            : `Class of ${schoolYear.classYear}`;
    const values = preview(patch, rowLabels, schoolYearText);
    // Without an ID or an email a row could never be matched again, and a second import would duplicate it.
    if (patch.externalId === undefined && patch.schoolEmail === undefined) row.reject(null, 'has no student ID or school email, so it cannot be matched');
    // The same student twice in one file: the second row is reported, not merged silently.
    const duplicateOf =
      (patch.externalId !== undefined ? seenIds.get(patch.externalId) : undefined) ??
      (patch.schoolEmail !== undefined ? seenEmails.get(patch.schoolEmail) : undefined);
    if (duplicateOf !== undefined) row.reject(null, `repeats the student on line ${duplicateOf}`);
    if (row.rejected) return row.outcome('create', values);
    if (patch.externalId !== undefined) seenIds.set(patch.externalId, row.line);
    if (patch.schoolEmail !== undefined) seenEmails.set(patch.schoolEmail, row.line);

    const byId = patch.externalId !== undefined ? sql.byExternalId(patch.externalId) : undefined;
    const byEmail = patch.schoolEmail !== undefined ? sql.bySchoolEmail(patch.schoolEmail) : undefined;
    if (byId && byEmail && byId.id !== byEmail.id) {
      row.reject(
        row.column('schoolEmail'),
        `${patch.schoolEmail ?? ''} belongs to another student (${byEmail.firstName} ${byEmail.lastName}, ${byEmail.externalId ?? 'no ID'})`,
      );
      return row.outcome('update', values);
    }
    if (!byId && byEmail && byEmail.externalId !== null && patch.externalId !== undefined && byEmail.externalId !== patch.externalId) {
      // Never re-key a student silently: the file's ID and the one on record disagree.
      row.reject(
        row.column('externalId'),
        `${patch.externalId} differs from the ID on record for ${patch.schoolEmail ?? ''} (${byEmail.externalId}); fix the file or the student`,
      );
      return row.outcome('update', values);
    }
    const existing = byId ?? byEmail;
    if (!existing) {
      if (patch.firstName === undefined || patch.lastName === undefined) {
        row.reject(row.column(patch.firstName === undefined ? 'firstName' : 'lastName'), 'is required for a new student');
        return row.outcome('create', values);
      }
      const id = sql.insert(patch);
      for (const label of rowLabels ?? []) sql.addLabel(id, label);
      return row.outcome('create', values, { id, name: `${patch.preferredName ?? patch.firstName} ${patch.lastName}` });
    }
    const changes = differences(studentKeys, existing, patch);
    const known = sql.labelsOf(existing.id);
    const newLabels = (rowLabels ?? []).filter((l) => !known.has(l));
    if (Object.keys(changes).length === 0 && newLabels.length === 0) return row.outcome('unchanged', values);
    if (Object.keys(changes).length > 0) sql.update(existing.id, changes);
    for (const label of newLabels) sql.addLabel(existing.id, label);
    return row.outcome('update', values, {
      id: existing.id,
      name: `${changes.preferredName ?? existing.preferredName ?? changes.firstName ?? existing.firstName} ${changes.lastName ?? existing.lastName}`,
    });
  });
}

/** The row as it will be stored, by field, readable (the phone shown grouped, as the screens show it). */
function preview(patch: StudentPatch, rowLabels: string[] | undefined, schoolYear: string | undefined): Record<string, string> {
  return previewValues({
    externalId: patch.externalId,
    firstName: patch.firstName,
    lastName: patch.lastName,
    preferredName: patch.preferredName,
    schoolEmail: patch.schoolEmail,
    personalEmail: patch.personalEmail,
    phone: shownPhone(patch.phone),
    program: patch.program,
    classYear: patch.classYear,
    schoolYear,
    cohort: patch.cohort,
    labels: rowLabels?.join(', '),
    confidential: yesNo(patch.confidential),
    notes: patch.notes,
  });
}
