import { studentInput, type Student, type StudentInput } from '@shared/api/students';
import { fieldErrors } from '@renderer/components/serverErrors';

/** What the form edits: strings for text boxes, so "empty" is '' rather than null. */
export interface StudentFormValues {
  firstName: string;
  lastName: string;
  preferredName: string;
  externalId: string;
  schoolEmail: string;
  personalEmail: string;
  phone: string;
  program: string;
  classYear: number | string;
  cohort: string;
  labels: string[];
  advisorId: string | null;
  confidential: boolean;
  notes: string;
}

export function emptyStudentForm(advisorId: number | null): StudentFormValues {
  return {
    firstName: '',
    lastName: '',
    preferredName: '',
    externalId: '',
    schoolEmail: '',
    personalEmail: '',
    phone: '',
    program: '',
    classYear: '',
    cohort: '',
    labels: [],
    advisorId: advisorId === null ? null : String(advisorId),
    confidential: false,
    notes: '',
  };
}

export function studentToForm(student: Student): StudentFormValues {
  return {
    firstName: student.firstName,
    lastName: student.lastName,
    preferredName: student.preferredName ?? '',
    externalId: student.externalId ?? '',
    schoolEmail: student.schoolEmail ?? '',
    personalEmail: student.personalEmail ?? '',
    phone: student.phone ?? '',
    program: student.program ?? '',
    classYear: student.classYear ?? '',
    cohort: student.cohort ?? '',
    labels: student.labels,
    advisorId: student.advisorId === null ? null : String(student.advisorId),
    confidential: student.confidential,
    notes: student.notes ?? '',
  };
}

export function formToInput(values: StudentFormValues): StudentInput {
  return {
    ...values,
    classYear: values.classYear === '' ? null : Number(values.classYear),
    advisorId: values.advisorId === null ? null : Number(values.advisorId),
  };
}

/** The form checks exactly what the contract checks, field by field. */
export function validateStudentForm(values: StudentFormValues): Record<string, string> {
  const result = studentInput.safeParse(formToInput(values));
  return result.success ? {} : fieldErrors(result.error.issues);
}
