import type { ContactMethod } from '../../../shared/domain';

/** One reference as printed on a student's reference list (already chosen and ordered, most relevant first). */
export interface ReferenceEntry {
  name: string;
  title: string | null;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  /** The contact's preferred method: it is printed first. */
  preferredMethod: ContactMethod | null;
  /** Readable relationship, e.g. "Supervisor, Summer 2026 internship at Acme". */
  relationship: string;
  /** Readable duration, e.g. "Known for 1 year 4 months". */
  knownFor: string | null;
  /** False when the advisor chose to include someone who has not agreed yet (the export warns). */
  agreed: boolean;
}

/** A reference list in the career-center format: headed like the student's resume, then "References". */
export interface ReferenceDocument {
  student: { name: string; email: string | null; phone: string | null };
  entries: ReferenceEntry[];
}

/** Contact lines in print order: the preferred method first, then the other one when on file. */
export function contactLines(entry: ReferenceEntry): string[] {
  const email = entry.email ? `Email: ${entry.email}` : null;
  const phone = entry.phone ? `Phone: ${entry.phone}` : null;
  const ordered = entry.preferredMethod === 'phone' ? [phone, email] : [email, phone];
  return ordered.filter((line): line is string => line !== null);
}

const rightToLeftLetter = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Whether a line reads right to left, judged by its first letter as the Unicode bidi algorithm does (rule P2).
 * A Hebrew name is right to left; "Supervisor at <Hebrew organisation>" stays left to right, with the Hebrew
 * words reordered inside it, rather than the whole line being flipped.
 */
export function isRightToLeft(text: string): boolean {
  const firstLetter = /\p{L}/u.exec(text);
  return firstLetter !== null && rightToLeftLetter.test(firstLetter[0]);
}
