import { employerInput, type Employer, type EmployerInput } from '@shared/api/employers';
import { fieldErrors } from '@renderer/components/serverErrors';
import { startValues } from '@renderer/components/startValues';

/** What the employer form edits: plain strings, so an empty box is '' rather than null. */
export interface EmployerFormValues {
  name: string;
  industry: string;
  website: string;
  location: string;
  notes: string;
}

export function employerToForm(employer?: Employer): EmployerFormValues {
  return startValues({ name: '', industry: '', website: '', location: '', notes: '' }, employer);
}

export function formToEmployerInput(values: EmployerFormValues): EmployerInput {
  return { ...values };
}

/** The form checks exactly what the core checks, so a save only fails for reasons the form cannot know. */
export function validateEmployerForm(values: EmployerFormValues): Record<string, string> {
  const result = employerInput.safeParse(formToEmployerInput(values));
  return result.success ? {} : fieldErrors(result.error.issues);
}
