import { z } from 'zod';
import type { ServerError } from './serverErrors';

/**
 * A save refused because someone else saved the record first (the core's `conflict` with reason 'stale'): the
 * record as it is now, and its version, to show beside the advisor's own values and to save on again.
 */
export interface StaleSave {
  message: string;
  version: number;
  current: unknown;
}

const staleDetails = z.object({ reason: z.literal('stale'), version: z.number().int(), current: z.unknown() });

/** The stale-save refusal inside an error, or null for any other error (busy, duplicate, invalid …). */
export function staleSave(error: ServerError & { code?: string }): StaleSave | null {
  if (error.code !== undefined && error.code !== 'conflict') return null;
  const details = staleDetails.safeParse(error.details);
  return details.success ? { message: error.message, version: details.data.version, current: details.data.current } : null;
}

/** One field the other advisor changed: how it reads now (theirs) and in this form (yours). */
export interface ChangedField {
  field: string;
  label: string;
  theirs: string;
  yours: string;
}

/** A form value as the dialog shows it: empty as "(empty)", lists joined, switches as Yes/No. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  if (Array.isArray(value)) return value.map(shownValue).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const same = (a: unknown, b: unknown) => shownValue(a) === shownValue(b);

/** What the dialog says in "yours" for a field this advisor left as loaded: their value stays. */
export const keptTheirs = 'not changed by you: theirs is kept';

/**
 * The fields someone else changed since this form loaded the record (`loaded` → `theirs`), in the form's field
 * order, each with what this form would save there (`yours`: the advisor's own edit, or theirs kept). Fields only
 * this advisor changed are not listed: re-applying keeps them anyway.
 */
export function changedFields<Values extends object>(
  loaded: Values,
  theirs: Values,
  yours: Values,
  labels: Readonly<Record<keyof Values & string, string>>,
): ChangedField[] {
  const fields = Object.keys(labels).filter((field): field is keyof Values & string => Object.prototype.hasOwnProperty.call(labels, field));
  return fields
    .filter((field) => !same(loaded[field], theirs[field]))
    .map((field) => ({
      field,
      label: labels[field],
      theirs: shownValue(theirs[field]),
      yours: same(loaded[field], yours[field]) ? keptTheirs : shownValue(yours[field]),
    }));
}

/**
 * "Use my changes": the record as saved now with this advisor's own edits (the fields they changed from what
 * the form loaded) applied on top, so re-applying never undoes a field only the other advisor changed.
 */
export function reapplied<Values extends object>(loaded: Values, theirs: Values, yours: Values): Values {
  const merged = { ...theirs };
  const fields = Object.keys(yours).filter((field): field is keyof Values & string => field in yours);
  for (const field of fields) if (!same(loaded[field], yours[field])) merged[field] = yours[field];
  return merged;
}
