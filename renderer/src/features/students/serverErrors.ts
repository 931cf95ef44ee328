import { z } from 'zod';
import type { ApiError } from '@renderer/api/client';

const issuesSchema = z.array(z.object({ field: z.string(), message: z.string() }));

/** "must be on or after the start date" → "End date must be on or after the start date." */
export function fieldSentence(label: string, message: string): string {
  const text = /^(is|must|at) /.test(message) ? `${label} ${message}` : message;
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * Where a server error belongs in a form: on the field it names when the form has that field
 * (with the short message, not "Invalid input for …"), otherwise above the buttons.
 */
export function placeServerError<F extends string>(error: ApiError, labels: Record<F, string>): { field: F; message: string } | { field: null; message: string } {
  const field = error.field;
  const isFormField = (name: string): name is F => Object.prototype.hasOwnProperty.call(labels, name);
  if (field === undefined || !isFormField(field)) return { field: null, message: error.message };
  const issues = issuesSchema.safeParse(error.details?.issues);
  const issue = issues.success ? issues.data.find((i) => i.field === field) : undefined;
  return { field, message: fieldSentence(labels[field], issue?.message ?? error.message) };
}

/** Puts a server error where it belongs: on its field (via the form), else in the form-level message. */
export function showServerError<F extends string>(
  error: ApiError,
  labels: Record<F, string>,
  form: { setFieldError: (field: F, message: string) => void },
  setFormError: (message: string) => void,
): void {
  const placed = placeServerError(error, labels);
  if (placed.field) form.setFieldError(placed.field, placed.message);
  else setFormError(placed.message);
}
