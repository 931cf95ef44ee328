import { z } from 'zod';
import { cleanLine, cleanMultiline } from '../text';

// Reusable field schemas: strict limits on every string so no input can be unbounded.

export const id = z.number().int().positive();

/** When a stored record was made and last changed (ISO date-times, as SQLite writes them). */
export const recordTimes = { createdAt: z.string(), updatedAt: z.string() };

/**
 * A record advisors edit in forms carries its version; an update sends back the version the form loaded, and a
 * save over a newer one is refused as a `conflict` (details.reason 'stale') with the current record. Optional in
 * the input so the CLI and scripts keep saving over whatever is there.
 */
export const recordVersion = { version: z.number().int() };
export const loadedVersion = { version: z.number().int().min(1).optional() };

/** Required one-line text (names, titles): control characters and bidi overrides removed, trimmed, 1..max characters. */
export function requiredText(max: number) {
  return z.string().overwrite(cleanLine).trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
}

/** Optional text: blank becomes null, so "cleared" and "never set" are the same thing. */
function optional(clean: (text: string) => string, max: number) {
  return z
    .string()
    .overwrite(clean)
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));
}

/** Required free text (a note's body), cleaned like `optionalMultiline`, 1..max characters. */
export function requiredMultiline(max: number) {
  return z.string().overwrite(cleanMultiline).trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
}

/** Optional one-line text, cleaned like `requiredText`. */
export function optionalText(max: number) {
  return optional(cleanLine, max);
}

/** Optional free text (notes, descriptions): keeps line breaks and tabs, loses every other control character. */
export function optionalMultiline(max: number) {
  return optional(cleanMultiline, max);
}

export const optionalEmail = z
  .union([z.literal(''), z.email('must be an email address like name@example.edu').max(254)])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v.toLowerCase()));

export const isoDate = z.iso.date('must be a date like 2026-09-01');
export const isoDateTime = z.string().max(40);

export const pageInput = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

export const sortDirection = z.enum(['asc', 'desc']);

export const searchText = z.string().trim().max(200, 'must be at most 200 characters');

export const empty = z.strictObject({});

/** An academic term by name, as termOf names them: "Spring 2026", "Summer 2026", "Fall 2026". */
export const termName = z
  .string()
  .max(20)
  .regex(/^(Spring|Summer|Fall) (19[5-9]\d|20\d\d|2100)$/, 'must be a term like "Fall 2026"');

/** A file the core made, for the caller to save. */
export const fileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type ExportedFile = z.infer<typeof fileSchema>;

/** An optional date: absent, null or '' → null. */
export const nullableDate = isoDate.nullish().transform((v) => v ?? null);

/** An optional web address (http or https); '' clears it. */
export const optionalUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }).max(500)])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

/** One page of a list and the total across every page. */
export const listOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number().int() });
