import { z } from 'zod';
import { cleanLine } from '../text';
import { adminOnly } from './access';
import { fileSchema, id } from './fields';
import { type AreaProcedures, relationshipEffects, read, write } from './areas';

// Imports from CSV (Handshake and SIS files): the kinds, the fields a column can fill, and the two
// procedures — a dry run that reports everything, and the commit.

export const importKinds = ['students', 'contacts', 'attendees'] as const;
export type ImportKind = (typeof importKinds)[number];
export const importKindLabels: Record<ImportKind, string> = {
  students: 'Students (roster)',
  contacts: 'Employer contacts',
  attendees: 'Event attendees',
};

/** The fields a column can fill, per kind, with the label the mapping shows. */
export const importFields = {
  students: {
    externalId: 'Student ID / username',
    firstName: 'First name',
    lastName: 'Last name',
    preferredName: 'Preferred name',
    schoolEmail: 'School email',
    personalEmail: 'Personal email',
    phone: 'Phone',
    program: 'Program / majors',
    classYear: 'Class year (graduation)',
    schoolYear: 'School year (Freshman … Senior, Alumni)',
    cohort: 'Cohort',
    labels: 'Labels',
    confidential: 'Confidential (FERPA hold)',
    advisorEmail: 'Advisor email',
    notes: 'Notes',
  },
  contacts: {
    firstName: 'First name',
    lastName: 'Last name',
    title: 'Title',
    department: 'Department',
    employer: 'Employer',
    email: 'Email',
    phone: 'Phone',
    preferredMethod: 'Preferred contact method',
    linkedinUrl: 'LinkedIn URL',
    verifiedOn: 'Details verified on',
    isMentor: 'Mentor volunteer',
    mentorCapacity: 'Mentor capacity',
    notes: 'Notes',
  },
  attendees: {
    email: 'Student email',
    externalId: 'Student ID / username',
    registered: 'Registered',
    status: 'Status (registered, attended, waitlisted, declined)',
    checkedIn: 'Checked in',
    checkedInAt: 'Check-in time',
    event: 'Event (rows for other events are refused)',
  },
} as const satisfies Record<ImportKind, Record<string, string>>;
export type ImportField<K extends ImportKind> = keyof (typeof importFields)[K];

/** 50 MB: larger files are refused before they are read. */
export const maxImportBytes = 50 * 1024 * 1024;
/** Base64 grows a file by a third; the transports carry it whole. */
const maxBase64Length = Math.ceil((maxImportBytes * 4) / 3) + 4;

const importInput = {
  kind: z.enum(importKinds),
  fileName: z.string().overwrite(cleanLine).trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  /** The file's bytes, base64. */
  content: z.string().max(maxBase64Length, 'the file is larger than 50 MB; split it or remove unused columns'),
  /** For attendees: the event they attended. */
  eventId: id.optional(),
  /** The user's mapping: source column → field name, or null to ignore the column. Columns not named keep the recognised mapping. */
  mapping: z.record(z.string().max(500), z.string().max(60).nullable()).optional(),
};

export const importProblemSchema = z.object({
  /** Line in the file (1 is the header). */
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

const countsSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});

export const importReportSchema = z.object({
  kind: z.enum(importKinds),
  encoding: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** Each source column and the field it fills (null: ignored), and whether that was recognised or chosen. */
  mapping: z.array(z.object({ column: z.string(), field: z.string().nullable(), recognised: z.boolean() })),
  /** Columns that fill nothing: ignored, and listed. */
  ignoredColumns: z.array(z.string()),
  /** The first rows as they will be stored: field name → readable value. */
  preview: z.array(
    z.object({
      line: z.number().int(),
      action: z.enum(['create', 'update', 'unchanged', 'reject']),
      values: z.record(z.string(), z.string()),
    }),
  ),
  counts: countsSchema,
  /** Every problem, line by line (the first 1,000; `problemCount` has them all). */
  problems: z.array(importProblemSchema),
  problemCount: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importResultSchema = importReportSchema.extend({
  committed: z.boolean(),
  /** The skipped rows with a "Problem" column, to fix and import again (skip-invalid only). */
  errorFile: fileSchema.nullable(),
  /** A few of the records created or updated, to open from the summary. */
  changed: z.array(z.object({ id, name: z.string(), action: z.enum(['create', 'update']) })),
  /** Every student a students import created or updated (none for other kinds): "Assign these N students" takes them. */
  studentIds: z.array(id),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importsProcedures = {
  'imports.preview': read(
    adminOnly,
    () => z.strictObject(importInput),
    () => importReportSchema,
  ),
  'imports.commit': write(
    adminOnly,
    [...relationshipEffects, 'attendance', 'app', 'search', 'advisors'],
    () => z.strictObject({ ...importInput, skipInvalid: z.boolean().default(false) }),
    () => importResultSchema,
  ),
} as const satisfies AreaProcedures<'imports'>;
