/** The contract's zod issues as one message per form field, worded for a person ("This is required"). */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = sentence(issue.message);
  }
  return errors;
}

function sentence(message: string): string {
  const text = /^(is|must) /.test(message) ? `This ${message}` : message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
