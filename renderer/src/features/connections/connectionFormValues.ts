import { connectionInput, type ConnectionInput } from '@shared/api/connections';
import type { ReferenceStatus, RelationshipKind } from '@shared/domain';
import { todayIso } from '@renderer/components/dates';
import { fieldErrors } from '@renderer/components/serverErrors';

/** What the add-connection form edits; the pickers start empty, so their values may be null. */
export interface ConnectionFormValues {
  studentId: number | null;
  relationship: RelationshipKind | null;
  context: string;
  sinceOn: string;
  referenceStatus: ReferenceStatus;
  referenceStatusOn: string;
}

export const emptyConnectionForm: ConnectionFormValues = {
  studentId: null,
  relationship: null,
  context: '',
  sinceOn: '',
  referenceStatus: 'not_asked',
  referenceStatusOn: '',
};

// The pickers are checked separately so an empty one says "choose…" rather than a type error.
const restOfInput = connectionInput.omit({ studentId: true, contactId: true, relationship: true });

function rest(values: ConnectionFormValues) {
  return {
    context: values.context,
    sinceOn: values.sinceOn === '' ? null : values.sinceOn,
    referenceStatus: values.referenceStatus,
    referenceStatusOn: values.referenceStatus === 'not_asked' || values.referenceStatusOn === '' ? null : values.referenceStatusOn,
  };
}

/** The input for connections.create, or null while a student or relationship is still to be chosen. */
export function formToConnectionInput(values: ConnectionFormValues, contactId: number): ConnectionInput | null {
  if (values.studentId === null || values.relationship === null) return null;
  return { studentId: values.studentId, contactId, relationship: values.relationship, ...rest(values) };
}

export function validateConnectionForm(values: ConnectionFormValues): Record<string, string> {
  const result = restOfInput.safeParse(rest(values));
  const errors = result.success ? {} : fieldErrors(result.error.issues);
  if (values.studentId === null) errors.studentId = 'Choose a student';
  if (values.relationship === null) errors.relationship = 'Choose how they know each other';
  // Both dates record things that already happened.
  const today = todayIso();
  if (!errors.sinceOn && values.sinceOn > today) errors.sinceOn = 'This cannot be in the future';
  if (!errors.referenceStatusOn && values.referenceStatusOn > today) errors.referenceStatusOn = 'This cannot be in the future';
  return errors;
}
