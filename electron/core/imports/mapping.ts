import { importFields, type ImportKind } from '../../../shared/api/imports';
import { AppError } from '../errors';

// Which field each column fills: Handshake import headers, Handshake analytics-export headers and the
// usual generic names are recognised; the user can override any column.

/** "Students First Name", "first_name" and "First-Name" all read "students first name" / "first name". */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Recognised names per field, most specific first; a field takes the first column that matches. */
const aliases: { [K in ImportKind]: Partial<Record<keyof (typeof importFields)[K], string[]>> } = {
  students: {
    // Usernames first: in Handshake analytics exports "Students ID" is Handshake's own number, not the school's.
    externalId: ['username', 'students username', 'student username', 'student id', 'student number', 'sis id', 'external id', 'students id', 'id'],
    firstName: ['first name', 'students first name', 'given name', 'firstname'],
    lastName: ['last name', 'students last name', 'surname', 'family name', 'lastname'],
    preferredName: ['preferred name', 'students preferred name', 'nickname'],
    schoolEmail: ['email address', 'students email', 'school email', 'email', 'e mail', 'student email', 'university email'],
    personalEmail: ['personal email', 'alternate email', 'personal e mail'],
    phone: ['mobile number', 'phone', 'mobile', 'phone number', 'cell', 'cell phone'],
    program: ['primary education major names', 'majors name', 'major names', 'majors', 'major', 'program', 'programme'],
    classYear: ['graduation year', 'class year', 'grad year', 'class of', 'expected graduation year'],
    schoolYear: ['school year name', 'school year', 'year in school', 'classification'],
    cohort: ['cohort'],
    labels: ['system label names', 'institution labels name list', 'labels', 'tags'],
    confidential: ['confidential', 'ferpa', 'ferpa hold', 'ferpa restricted'],
    advisorEmail: ['advisor email', 'advisor'],
    notes: ['notes', 'note', 'comments'],
  },
  contacts: {
    firstName: ['first name', 'given name', 'firstname'],
    lastName: ['last name', 'surname', 'family name', 'lastname'],
    title: ['title', 'job title', 'position', 'role'],
    department: ['department', 'dept', 'team', 'division'],
    employer: ['employer', 'employer name', 'company', 'company name', 'organization', 'organisation'],
    email: ['email', 'email address', 'e mail', 'work email'],
    phone: ['phone', 'phone number', 'mobile', 'mobile number', 'work phone', 'cell phone', 'cell'],
    preferredMethod: ['preferred contact method', 'preferred method', 'preferred contact', 'contact preference'],
    linkedinUrl: ['linkedin', 'linkedin url', 'linkedin profile'],
    verifiedOn: ['details verified on', 'verified on', 'last verified', 'verified'],
    isMentor: ['mentor', 'mentor volunteer', 'is mentor'],
    mentorCapacity: ['mentor capacity', 'mentees', 'capacity'],
    notes: ['notes', 'note', 'comments'],
  },
  attendees: {
    email: ['email', 'email address', 'students email', 'student email', 'student email address', 'e mail', 'attendee email'],
    externalId: ['username', 'students username', 'student username', 'student id', 'student number', 'students id', 'id'],
    registered: ['registered', 'rsvp', 'rsvped', 'attendees pre registered yes no', 'pre registered'],
    status: ['status', 'attendance status', 'registration status'],
    checkedIn: ['checked in', 'attended', 'check in', 'checked in yes no', 'career fair session attendees checked in yes no', 'attendees checked in yes no'],
    checkedInAt: ['checked in at', 'check in time', 'checked in time', 'check in date', 'attended at'],
    event: ['events id', 'event id', 'events name', 'event name', 'event', 'events title', 'event title'],
  },
};

/** Handshake columns that are understood but not kept (Rapport has no field for them). */
const knownUnused = ['middle name', 'students middle name'];

export interface ColumnMapping {
  column: string;
  field: string | null;
  recognised: boolean;
}

function fieldNames(kind: ImportKind): string[] {
  return Object.keys(importFields[kind]);
}

/** The recognised mapping, with the user's overrides on top. Each field is filled by one column at most. */
export function resolveMapping(kind: ImportKind, headers: readonly string[], overrides: Record<string, string | null> = {}): ColumnMapping[] {
  const valid = new Set(fieldNames(kind));
  for (const [column, field] of Object.entries(overrides)) {
    if (!headers.includes(column)) throw new AppError('invalid_input', `The file has no column "${column}".`, { field: 'mapping' });
    if (field !== null && !valid.has(field)) {
      throw new AppError('invalid_input', `"${field}" is not a field of a ${kind} import (choose one of ${[...valid].join(', ')}).`, { field: 'mapping' });
    }
  }
  const taken = new Set(Object.values(overrides).filter((f): f is string => f !== null));
  const recognised = new Map<string, string>();
  const table: Partial<Record<string, string[]>> = aliases[kind];
  for (const field of fieldNames(kind)) {
    if (taken.has(field)) continue;
    for (const alias of table[field] ?? []) {
      const column = headers.find((h) => normaliseHeader(h) === alias && !recognised.has(h) && !Object.hasOwn(overrides, h));
      if (column !== undefined) {
        recognised.set(column, field);
        taken.add(field);
        break;
      }
    }
  }
  const seen = new Set<string>();
  return headers.map((column) => {
    // A repeated header fills its field once: the first column wins, later ones are ignored.
    const duplicate = seen.has(column);
    seen.add(column);
    if (Object.hasOwn(overrides, column)) return { column, field: duplicate ? null : (overrides[column] ?? null), recognised: false };
    const field = duplicate ? undefined : recognised.get(column);
    return { column, field: field ?? null, recognised: field !== undefined };
  });
}

/** Columns that fill nothing (known Handshake extras included): ignored, and listed for the user. */
export function ignoredColumns(mapping: readonly ColumnMapping[]): string[] {
  return mapping
    .filter((m) => m.field === null && m.column !== '')
    .map((m) => (knownUnused.includes(normaliseHeader(m.column)) ? `${m.column} (not kept)` : m.column));
}
