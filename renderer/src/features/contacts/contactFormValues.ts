import { contactInput, type Contact, type ContactInput } from '@shared/api/contacts';
import type { ContactMethod } from '@shared/domain';
import { todayIso } from '@renderer/components/dates';
import { fieldErrors } from '@renderer/components/serverErrors';
import { startValues } from '@renderer/components/startValues';

/** What the contact form edits: strings for text boxes, so "empty" is '' rather than null. */
export interface ContactFormValues {
  firstName: string;
  lastName: string;
  title: string;
  department: string;
  employerId: number | null;
  email: string;
  phone: string;
  preferredMethod: ContactMethod | null;
  linkedinUrl: string;
  verifiedOn: string;
  isMentor: boolean;
  mentorCapacity: number | string;
  notes: string;
}

export function contactToForm(contact: Contact | undefined, employerId: number | null = null): ContactFormValues {
  const blank: ContactFormValues = {
    firstName: '',
    lastName: '',
    title: '',
    department: '',
    // A new contact may start at the employer whose page it was added from; an edit keeps the contact's own (or none).
    employerId: contact ? null : employerId,
    email: '',
    phone: '',
    preferredMethod: null,
    linkedinUrl: '',
    verifiedOn: '',
    isMentor: false,
    mentorCapacity: 0,
    notes: '',
  };
  return startValues(blank, contact);
}

export function formToContactInput(values: ContactFormValues): ContactInput {
  return {
    ...values,
    verifiedOn: values.verifiedOn === '' ? null : values.verifiedOn,
    // A contact who stops volunteering keeps no capacity, so they drop out of mentor matching.
    mentorCapacity: values.isMentor ? (values.mentorCapacity === '' ? 0 : Number(values.mentorCapacity)) : 0,
  };
}

/** The form checks exactly what the contract checks, field by field. */
export function validateContactForm(values: ContactFormValues): Record<string, string> {
  const result = contactInput.safeParse(formToContactInput(values));
  const errors = result.success ? {} : fieldErrors(result.error.issues);
  // Verification records something that already happened; a future date would hide stale details.
  if (!errors.verifiedOn && values.verifiedOn > todayIso()) errors.verifiedOn = 'This cannot be in the future';
  return errors;
}
