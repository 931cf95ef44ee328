import { z } from 'zod';
import { secondFactorCode } from '@shared/api/two-step';
import { fieldErrors } from '@renderer/components/serverErrors';

/** The code field of every two-step form: its label, and the contract's rule in the form's words. */
export const codeLabels = { code: 'Code' } as const;

export function validateCode(values: { code: string }): Record<string, string> {
  const parsed = z.object({ code: secondFactorCode }).safeParse(values);
  return parsed.success ? {} : fieldErrors(parsed.error.issues, codeLabels);
}
