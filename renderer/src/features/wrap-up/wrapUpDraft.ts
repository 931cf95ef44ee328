import type { Contact } from '@shared/api/contacts';
import type { WrapUp } from '@shared/api/wrap-up';
import type { Student } from '@shared/api/students';
import type { WrapUpItem } from '@shared/domain';
import { mergeFieldLabels, type MergeField, type MergeValues } from '@shared/templates';
import { formatDate } from '@renderer/components/format';

export function draftValues(student: Student, contact: Pick<Contact, 'firstName' | 'displayName'>, placement: WrapUp): MergeValues {
  return {
    // Students sign with the name they go by.
    'student.firstName': student.preferredName?.trim() || student.firstName,
    'student.fullName': student.displayName,
    'student.personalEmail': student.personalEmail,
    'student.phone': student.phone,
    'contact.firstName': contact.firstName,
    'contact.fullName': contact.displayName,
    organisation: placement.employerName,
    role: placement.role,
    startDate: formatDate(placement.startOn),
    endDate: formatDate(placement.endOn),
  };
}

const whereToFix: Record<MergeField, string> = {
  'student.firstName': 'the student record',
  'student.fullName': 'the student record',
  'student.personalEmail': 'the student record',
  'student.phone': 'the student record',
  'contact.firstName': 'the contact',
  'contact.fullName': 'the contact',
  organisation: 'the placement',
  role: 'the placement',
  startDate: 'the placement',
  endDate: 'the placement',
};

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "The student's personal email and student's phone are missing — add them on the student record." */
export function describeMissing(missing: readonly MergeField[]): string {
  const places = [...new Set(missing.map((f) => whereToFix[f]))];
  const names = list(missing.map((f) => mergeFieldLabels[f]));
  const verb = missing.length === 1 ? 'is' : 'are';
  const pronoun = missing.length === 1 ? 'it' : 'them';
  return `The ${names} ${verb} missing — add ${pronoun} on ${list(places)}, or fill ${pronoun} in before sending.`;
}

const subjects: Record<WrapUpItem, (v: MergeValues) => string> = {
  thank_you_note: (v) => `Thank you from ${v['student.fullName'] ?? ''}`.trim(),
  thank_you_email: (v) => `Thank you from ${v['student.fullName'] ?? ''}`.trim(),
  linkedin_connection: (v) => `Staying in touch: ${v['student.fullName'] ?? ''}`.trim(),
  milestone_update: (v) => `An update from ${v['student.fullName'] ?? ''}`.trim(),
};

/** A mailto: link the advisor (or student) can open in their mail program, with the draft as the body. */
export function mailtoHref(to: string, item: WrapUpItem, values: MergeValues, body: string): string {
  // "@" stays literal: some mail programs do not decode %40 in the address part.
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subjects[item](values))}&body=${encodeURIComponent(body)}`;
}
