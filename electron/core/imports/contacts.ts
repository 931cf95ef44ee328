import { contactMethodLabels, contactMethods, type ContactMethod } from '../../../shared/domain';
import type { Db } from '../db/client';
import { contactKeys, contactStatements, type ContactPatch } from '../db/imports';
import type { ColumnMapping } from './mapping';
import type { CsvTable } from './read-file';
import { columnTexts, differences, email, limited, limitedMultiline, previewValues, Row, shownPhone, yesNo, type RowOutcome } from './rows';
import { dayFirstColumn, parseBoolean, parseDate, parseInteger, type Parsed } from './values';

function contactMethod(text: string): Parsed<ContactMethod> {
  const v = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const method = contactMethods.find(
    (m) => m === v || (m === 'email' && v === 'mail') || (m === 'phone' && ['telephone', 'call', 'mobile', 'text'].includes(v)),
  );
  return method ? { ok: true, value: method } : { ok: false, message: `"${text}" is not a contact method (Email, Phone or LinkedIn)` };
}

function url(text: string): Parsed<string> {
  try {
    const parsed = new URL(text.trim());
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return { ok: true, value: text.trim() };
  } catch {
    // Reported below like any other bad value.
  }
  return { ok: false, message: `"${text}" is not a web address like https://www.linkedin.com/in/name` };
}

/**
 * Employer contacts: matched by email, else by name at the same employer. Employers are found by
 * name (any case) or created. Only differing fields are written; blank cells never erase.
 */
export function importContacts(db: Db, table: CsvTable, mapping: readonly ColumnMapping[]): { outcomes: RowOutcome[]; employersCreated: number } {
  const sql = contactStatements(db);
  const seen = new Map<string, number>();
  let employersCreated = 0;
  const dayFirst = dayFirstColumn(columnTexts(table.records, mapping, 'verifiedOn'));
  const outcomes = table.records.map((record) => {
    const row = new Row(record, mapping, table.headers.length);
    const patch: ContactPatch = {};
    patch.firstName = row.parsed('firstName', limited(100));
    patch.lastName = row.parsed('lastName', limited(100));
    patch.title = row.parsed('title', limited(150));
    patch.department = row.parsed('department', limited(150));
    const employer = row.parsed('employer', limited(150));
    patch.email = row.parsed('email', email);
    patch.phone = row.parsed('phone', limited(40));
    patch.preferredMethod = row.parsed('preferredMethod', contactMethod);
    patch.linkedinUrl = row.parsed('linkedinUrl', url);
    patch.verifiedOn = row.parsed('verifiedOn', (text) => parseDate(text, dayFirst));
    const mentor = row.parsed('isMentor', parseBoolean);
    if (mentor !== undefined) patch.isMentor = mentor ? 1 : 0;
    patch.mentorCapacity = row.parsed('mentorCapacity', (text) => parseInteger(text, 0, 100));
    patch.notes = row.parsed('notes', limitedMultiline(10_000));
    const values = preview(patch, employer);
    const key = patch.email ?? (patch.firstName && patch.lastName ? `${patch.firstName} ${patch.lastName} @ ${employer ?? ''}`.toLowerCase() : undefined);
    if (key === undefined) row.reject(null, 'has neither an email nor a first and last name');
    const duplicateOf = key === undefined ? undefined : seen.get(key);
    if (duplicateOf !== undefined) row.reject(null, `repeats the contact on line ${duplicateOf}`);
    if (row.rejected || key === undefined) return row.outcome('create', values);
    seen.set(key, row.line);

    // The employer is found now but created only once the row is known to be written.
    let employerId = employer === undefined ? undefined : sql.employerByName(employer);
    const existing =
      (patch.email !== undefined ? sql.byEmail(patch.email) : undefined) ??
      (patch.firstName !== undefined && patch.lastName !== undefined && (employer === undefined || employerId !== undefined)
        ? sql.byName(patch.firstName, patch.lastName, employerId ?? null)
        : undefined);
    if (!existing && (patch.firstName === undefined || patch.lastName === undefined)) {
      row.reject(row.column(patch.firstName === undefined ? 'firstName' : 'lastName'), 'is required for a new contact');
      return row.outcome('create', values);
    }
    if (employer !== undefined && employerId === undefined) {
      employerId = sql.insertEmployer(employer);
      employersCreated += 1;
    }
    if (employerId !== undefined) patch.employerId = employerId;
    if (!existing) {
      const id = sql.insert(patch);
      return row.outcome('create', values, { id, name: `${patch.firstName ?? ''} ${patch.lastName ?? ''}` });
    }
    const changes = differences(contactKeys, existing, patch);
    if (Object.keys(changes).length === 0) return row.outcome('unchanged', values);
    sql.update(existing.id, changes);
    return row.outcome('update', values, {
      id: existing.id,
      name: `${changes.firstName ?? existing.firstName} ${changes.lastName ?? existing.lastName}`,
    });
  });
  return { outcomes, employersCreated };
}

function preview(patch: ContactPatch, employer: string | undefined): Record<string, string> {
  return previewValues({
    firstName: patch.firstName,
    lastName: patch.lastName,
    title: patch.title,
    department: patch.department,
    employer,
    email: patch.email,
    phone: shownPhone(patch.phone),
    preferredMethod: patch.preferredMethod ? contactMethodLabels[patch.preferredMethod] : undefined,
    linkedinUrl: patch.linkedinUrl,
    verifiedOn: patch.verifiedOn,
    isMentor: yesNo(patch.isMentor),
    mentorCapacity: patch.mentorCapacity,
    notes: patch.notes,
  });
}
