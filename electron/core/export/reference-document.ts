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
  /** Readable relationship with where and when, e.g. "Supervisor at Sterling Labs, summer internship, Jun–Aug 2025". */
  relationship: string;
  /**
   * Month and year the student has known them since, e.g. "March 2023": a date does not go stale the way
   * "known for 2 years" does, and the day is false precision on a page that goes to an employer.
   */
  knownSince: string | null;
  /** Never printed (internal status): false when the advisor picked someone who has not agreed yet; the app warns. */
  agreed: boolean;
  /** 1-based position on the printed list; the bulk export's "Order" column says the same number. */
  order: number;
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

/** The printed "known since" line, or null when the date is not on file. */
export function knownSinceLine(entry: ReferenceEntry): string | null {
  return entry.knownSince ? `Known since ${entry.knownSince}` : null;
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
