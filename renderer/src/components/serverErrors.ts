import { z } from 'zod';

/**
 * One wording for every message the contract's rules produce, whether the form checked them before sending or
 * the server refused the save: "must be on or after the start date" → "End date must be on or after the start
 * date." (or "This must be …" when no label is at hand). Every form shows errors through these, so the same rule
 * reads the same everywhere.
 */
export function sentence(message: string, subject = 'This'): string {
  const text = /^(is|must) /.test(message) ? `${subject} ${message}` : message;
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * The contract's zod issues as one message per form field (the first issue on each field wins). With labels,
 * messages name their field and issues on anything the form does not show are left out.
 */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  labels?: Readonly<Record<string, string>>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (!field || errors[field] || (labels && !Object.prototype.hasOwnProperty.call(labels, field))) continue;
    errors[field] = sentence(issue.message, labels?.[field]);
  }
  return errors;
}

/** What of an ApiError decides where it goes (structural, so this file stays free of the transport). */
export interface ServerError {
  message: string;
  /** The input field the core named, if any. */
  field?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

const issuesSchema = z.array(z.object({ field: z.string(), message: z.string() }));

/**
 * Where a refused save belongs in a form: on the field it names when the form has that field (with the rule's
 * short message, not "Invalid input for …"), otherwise above the buttons.
 */
export function placeServerError<F extends string>(
  error: ServerError,
  labels: Readonly<Record<F, string>>,
): { field: F; message: string } | { field: null; message: string } {
  const field = error.field;
  const isFormField = (name: string): name is F => Object.prototype.hasOwnProperty.call(labels, name);
  if (field === undefined || !isFormField(field)) return { field: null, message: error.message };
  const issues = issuesSchema.safeParse(error.details?.issues);
  const issue = issues.success ? issues.data.find((i) => i.field === field) : undefined;
  return { field, message: sentence(issue?.message ?? error.message, labels[field]) };
}
