import { connectionInput, type Connection } from '@shared/api/connections';
import type { ProcedureInput } from '@shared/api/contract';
import type { ReferenceStatus, RelationshipKind } from '@shared/domain';
import { isAfterToday } from '@renderer/components/dates';
import { startValues } from '@renderer/components/startValues';
import { fieldErrors } from '@renderer/components/serverErrors';
import { blankNewContact, contactChoiceErrors, contactChoiceInput, type ContactWho, type NewContactFields } from '@renderer/components/ContactChoice';

/** What the connection form edits, from either side; the pickers start empty, so their values may be null. */
export interface ConnectionFormValues {
  studentId: number | null;
  contactId: number | null;
  /** From a student's side the contact may be new, typed in on the spot ("New contact"). */
  who: ContactWho;
  newContact: NewContactFields;
  relationship: RelationshipKind | null;
  context: string;
  sinceOn: string;
  placementId: number | null;
  referenceStatus: ReferenceStatus;
  referenceStatusOn: string;
  resumeSharedOn: string;
}

/** The form's start: the connection being edited, or a new one with the side it was opened from filled in. */
export function connectionFormValues(c: Connection | undefined, ends: { studentId: number | null; contactId: number | null }): ConnectionFormValues {
  const blank: ConnectionFormValues = {
    ...ends,
    who: 'existing',
    newContact: blankNewContact,
    relationship: null,
    context: '',
    sinceOn: '',
    placementId: null,
    referenceStatus: 'not_asked',
    referenceStatusOn: '',
    resumeSharedOn: '',
  };
  return startValues(blank, c);
}

// The pickers are checked separately so an empty one says "choose…" rather than a type error.
const restOfInput = connectionInput.omit({ studentId: true, contactId: true, relationship: true });

function rest(values: ConnectionFormValues) {
  return {
    context: values.context,
    sinceOn: values.sinceOn || null,
    placementId: values.placementId,
    referenceStatus: values.referenceStatus,
    // A status date only means something once a reference has been asked for.
    referenceStatusOn: values.referenceStatus === 'not_asked' ? null : values.referenceStatusOn || null,
    resumeSharedOn: values.resumeSharedOn || null,
  };
}

/** The input for connections.create (or, without its ends, .update), or null while a picker is still empty. */
export function formToConnectionInput(values: ConnectionFormValues): ProcedureInput<'connections.create'> | null {
  const contact = contactChoiceInput(values.who, values.contactId, values.newContact);
  if (values.studentId === null || contact === null || values.relationship === null) return null;
  return { studentId: values.studentId, ...contact, relationship: values.relationship, ...rest(values) };
}

export function validateConnectionForm(values: ConnectionFormValues): Record<string, string> {
  const fields = rest(values);
  const result = restOfInput.safeParse(fields);
  const errors: Record<string, string> = {
    ...(result.success ? {} : fieldErrors(result.error.issues)),
    ...contactChoiceErrors(values.who, values.contactId, values.newContact),
  };
  if (values.studentId === null) errors.studentId = 'Choose the student.';
  if (values.relationship === null) errors.relationship = 'Choose how they know each other.';
  // The dates record things that already happened.
  for (const field of ['sinceOn', 'referenceStatusOn', 'resumeSharedOn'] as const) {
    const on = fields[field];
    if (!errors[field] && on !== null && isAfterToday(on)) errors[field] = 'This cannot be in the future';
  }
  return errors;
}
