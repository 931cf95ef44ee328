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

/**
 * The fields someone else changed since this form loaded the record (`loaded` → `theirs`), in the form's field
 * order, each with the value the form holds now (`yours`). Fields only this advisor changed are not listed:
 * saving again keeps them anyway.
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
    .map((field) => ({ field, label: labels[field], theirs: shownValue(theirs[field]), yours: shownValue(yours[field]) }));
}
